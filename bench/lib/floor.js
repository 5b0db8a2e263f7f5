import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { generateEvents } from '../../examples/large/generate.js';
import { forceLayout, nextFrame } from './measure.js';
import { WHEEL_NOTCHES, idle, wheel } from './gestures.js';

/**
 * The browser's own cost of what a zoom frame must do, with no script of the timeline's in the timed part: a
 * timeline of `count` generated events is drawn (and zoomed in by the gesture benchmark's 25 wheel notches when
 * `zoomed`), then every mark and cluster in it is moved by one px (as a `transform` attribute, a CSS `transform`
 * or a CSS `translate`), and 80 copies of its marks are added (with the component's stylesheet and without any).
 * Each figure is the median of `rounds` rounds, the variants alternating; each is the write plus a forced style and
 * layout.
 */
window.runFloor = async function runFloor(count, zoomed, rounds = 20) {
  const host = document.getElementById('host');
  const timeline = createTimeline(host, generateEvents(count), { lanes: 'actor', lang: 'en', theme: 'light' });
  forceLayout();
  if (zoomed) await wheel(timeline.root.querySelector('svg[data-part="plot"]'), -WHEEL_NOTCHES);
  await idle();
  const root = timeline.root;
  const marks = [...root.querySelectorAll('g.et-event, g.et-cluster')];
  const at = marks.map((g) => /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform')).slice(1).map(Number));
  const reset = () =>
    marks.forEach((g, i) => {
      g.removeAttribute('style');
      g.setAttribute('transform', `translate(${at[i][0]},${at[i][1]})`);
    });
  const moves = {
    attribute: (dx) => marks.forEach((g, i) => g.setAttribute('transform', `translate(${at[i][0] + dx},${at[i][1]})`)),
    cssTransform: (dx) => marks.forEach((g, i) => (g.style.transform = `translate(${at[i][0] + dx}px,${at[i][1]}px)`)),
    cssTranslate: (dx) => marks.forEach((g, i) => (g.style.translate = `${at[i][0] + dx}px ${at[i][1]}px`)),
  };
  const layer = root.querySelector('g.et-event')?.parentElement;
  const models = [...root.querySelectorAll('g.et-event')].slice(0, 40);
  const sheets = root.adoptedStyleSheets;
  const addMarks = () => {
    const made = [];
    for (let j = 0; j < 80; j++) {
      const copy = models[j % models.length].cloneNode(true);
      copy.removeAttribute('id');
      copy.setAttribute('transform', `translate(${(j * 13) % 1100},${40 + (j % 9) * 30})`);
      layer.appendChild(copy);
      made.push(copy);
    }
    return made;
  };
  const times = Object.fromEntries([...Object.keys(moves), 'addWithStyles', 'addWithoutStyles'].map((k) => [k, []]));
  const timed = async (name, step) => {
    await nextFrame();
    const t0 = performance.now();
    const result = step();
    forceLayout();
    times[name].push(performance.now() - t0);
    return result;
  };
  for (let round = 0; round < rounds; round++) {
    for (const [name, move] of Object.entries(moves)) {
      reset();
      if (name !== 'attribute') marks.forEach((g) => g.removeAttribute('transform'));
      move(0);
      forceLayout();
      await timed(name, () => move(1));
    }
    reset();
    if (!layer || models.length === 0) continue;
    for (const [name, styles] of [['addWithStyles', sheets], ['addWithoutStyles', []]]) {
      root.adoptedStyleSheets = styles;
      forceLayout();
      const made = await timed(name, addMarks);
      made.forEach((m) => m.remove());
      root.adoptedStyleSheets = sheets;
      forceLayout();
    }
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const result = { count, zoomed, moved: marks.length, marks: models.length };
  for (const [name, list] of Object.entries(times)) result[name] = list.length ? median(list) : NaN;
  timeline.destroy();
  return result;
};
window.benchReady = true;
