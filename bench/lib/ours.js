window.benchReady = true;
window.runOurs = async () => { throw new Error('not wired yet'); };
