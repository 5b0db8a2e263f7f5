/** The `event-timeline` command-line tool. */
console.log('event-timeline');
