/**
 * Frame-time measurement shared by the benchmark pages (runs in the browser).
 *
 * One step's time is the main-thread work it causes: the synchronous part (the call plus a forced style and
 * layout), plus the work done in the next animation frame by anything the call scheduled there (measured from a
 * requestAnimationFrame callback registered BEFORE the call to one registered AFTER it, which then forces layout
 * again). Idle time waiting for the frame is not counted, so the figure does not snap to the 16.7 ms display rate.
 */

export function forceLayout() {
  // Reading offsetHeight flushes pending style and layout, including inside shadow roots.
  return document.body.offsetHeight;
}

export function nextFrame() {
  return new Promise((ok) => requestAnimationFrame(() => ok(performance.now())));
}

/**
 * The renderer main thread's CPU time in ms, when the benchmark runner gives it (window.benchCpu, read over the
 * DevTools protocol): on a loaded machine a step's wall time includes waiting for a core, its CPU time does not.
 */
export async function cpuNow() {
  return window.benchCpu ? window.benchCpu() : NaN;
}

/** What reading the CPU time itself costs, subtracted from each step's CPU time: the median of 9 empty readings. */
let cpuOverhead;
async function readingCost() {
  if (cpuOverhead === undefined) {
    const costs = [];
    for (let i = 0; i < 9; i++) costs.push(-(await cpuNow()) + (await cpuNow()));
    cpuOverhead = percentile(costs, 50) || 0;
  }
  return cpuOverhead;
}

/**
 * Time one step (ms): `total` as above, `browser`, the part of it spent in the two forced style and layout
 * flushes (the browser's own work for what the step changed; style or layout the step forces itself counts as
 * script, so `browser` is a lower bound), and `cpu`, the main thread's CPU time over the same span (NaN when not
 * given or with `{ cpu: false }`; it also counts painting the frame). A reading of the CPU time is a round trip to
 * the benchmark runner, which on a loaded machine can take longer than a wheel gesture's 150 ms pause: gesture
 * frames are timed without it (see gestures.js).
 */
export async function measureFrame(step, { cpu: withCpu = true } = {}) {
  const overhead = withCpu ? await readingCost() : 0;
  const c0 = withCpu ? await cpuNow() : NaN;
  const before = nextFrame();
  const t0 = performance.now();
  step();
  const t1 = performance.now();
  forceLayout();
  const t2 = performance.now();
  let flush = 0;
  const after = new Promise((ok) =>
    requestAnimationFrame(() => {
      const f0 = performance.now();
      forceLayout();
      const f1 = performance.now();
      flush = f1 - f0;
      ok(f1);
    }),
  );
  const [frameStart, frameEnd] = await Promise.all([before, after]);
  const cpu = withCpu ? (await cpuNow()) - c0 - overhead : NaN;
  return { total: t2 - t0 + (frameEnd - frameStart), browser: t2 - t1 + flush, cpu };
}

/** Time one step (ms): the total of measureFrame, without reading the CPU time. */
export async function measureStep(step) {
  return (await measureFrame(step, { cpu: false })).total;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/**
 * The zoom and pan steps of one run, as [start, end] windows in ms: zoom in 12 times by 0.75 around the middle,
 * pan right 12 times by 10% of the window, pan back left 12 times, zoom out 12 times.
 */
export function zoomPanWindows(start, end) {
  const windows = [];
  let a = start;
  let b = end;
  const zoom = (factor) => {
    const mid = (a + b) / 2;
    const half = ((b - a) / 2) * factor;
    a = mid - half;
    b = mid + half;
    windows.push({ kind: 'zoom', start: a, end: b });
  };
  const pan = (share) => {
    const d = (b - a) * share;
    a += d;
    b += d;
    windows.push({ kind: 'pan', start: a, end: b });
  };
  for (let i = 0; i < 12; i++) zoom(0.75);
  for (let i = 0; i < 12; i++) pan(0.1);
  for (let i = 0; i < 12; i++) pan(-0.1);
  for (let i = 0; i < 12; i++) zoom(1 / 0.75);
  return windows;
}

/** Elements in a container, counting inside open shadow roots. */
export function countNodes(root) {
  let count = 0;
  const visit = (node) => {
    for (const child of node.children) {
      count += 1;
      visit(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return count;
}

export function summarise(times) {
  return {
    median: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    steps: times.length,
  };
}
