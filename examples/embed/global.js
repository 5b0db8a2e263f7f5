// 2. The one-script-tag build: everything hangs off the EventTimeline global.
/* global EventTimeline */
window.globalTimelineReady = fetch('../data/seed.json')
  .then((response) => response.json())
  .then((events) =>
    EventTimeline.createTimeline(document.getElementById('timeline-global'), events, { lang: 'nl', lanes: 'actor' }),
  );
