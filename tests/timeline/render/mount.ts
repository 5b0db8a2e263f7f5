/** Test helpers: mount a timeline in the jsdom document and drive it like a reader would. */
import { createTimeline, type TimelineOptions } from '../../../src/timeline/render/create-timeline.js';
import type { EventRecord } from '../../../src/types.js';

export function mount(events: readonly EventRecord[], options: TimelineOptions = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const timeline = createTimeline(host, events, { lang: 'nl', ...options });
  const root = timeline.root;
  const svg = root.querySelector<SVGSVGElement>('svg[data-part="plot"]')!;
  const press = (key: string, target: Element = svg) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const activeMark = () => {
    const id = svg.getAttribute('aria-activedescendant');
    return id ? root.getElementById(id) : null;
  };
  const marks = () => [...root.querySelectorAll<SVGGElement>('g.et-event')];
  const details = () => root.querySelector<HTMLElement>('[data-part="details"]')!;
  const cleanup = () => {
    timeline.destroy();
    host.remove();
  };
  return { host, timeline, root, svg, press, activeMark, marks, details, cleanup };
}
