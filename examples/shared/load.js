/**
 * Small helpers shared by the example pages: load event data, report status, and mark the page ready.
 * Text from articles is only ever set with textContent.
 */

/** Fetch a JSON file of event records. */
export async function loadEvents(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`Could not load ${url} (${response.status}). Run "npm start" to extract the example data.`);
  }
  return response.json();
}

/** Show a short status line (textContent only). */
export function setStatus(text) {
  const el = document.querySelector('[data-status]');
  if (el) el.textContent = text;
}

/**
 * Keep the controllers where tests and curious readers can reach them (window.exampleTimelines), and mark the
 * page ready with data-ready on <html>.
 */
export function markReady(controllers) {
  window.exampleTimelines = controllers;
  document.documentElement.dataset.ready = 'true';
}

/** Report a failure on the page and mark it as failed. */
export function fail(error) {
  setStatus(`Error: ${error instanceof Error ? error.message : String(error)}`);
  document.documentElement.dataset.ready = 'error';
  console.error(error);
}
