'use strict';
// event-timeline is published as ES modules only. `require()` lands here (the package's "require" condition) so
// CommonJS callers get a clear way forward instead of a resolution error.
const error = new Error(
  "event-timeline is an ES module package and cannot be loaded with require(). " +
    "In an ES module (a .mjs file, or \"type\": \"module\" in package.json): import { extractEvents } from 'event-timeline'; " +
    "from CommonJS: const { extractEvents } = await import('event-timeline');",
);
error.code = 'ERR_REQUIRE_ESM';
throw error;
