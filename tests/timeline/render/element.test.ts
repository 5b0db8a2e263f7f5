// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineTimelineElement, eventsFromJson, type EventTimelineElement } from '../../../src/timeline/element.js';
import { SEED } from './fixtures/events.js';
import { drawnClusters, drawnMarks } from './mount.js';

defineTimelineElement(window);

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Marks and clusters drawn (both in batches, see mount.ts). */
const marks = (el: Element) => {
  const root = el.shadowRoot!;
  return drawnMarks(root).length + drawnClusters(root).length;
};

describe('<event-timeline>', () => {
  it('is registered once, idempotently', () => {
    expect(customElements.get('event-timeline')).toBe(defineTimelineElement(window));
  });

  it('draws events set as a property and follows attributes', () => {
    const el = document.createElement('event-timeline') as EventTimelineElement;
    el.setAttribute('lang', 'en');
    el.setAttribute('lanes', 'actor');
    document.body.append(el);
    expect(el.timeline).not.toBeNull();
    expect(marks(el)).toBe(0);
    el.events = SEED;
    expect(marks(el)).toBeGreaterThan(0);
    expect(el.shadowRoot!.querySelector('svg[data-part="plot"]')!.getAttribute('aria-roledescription')).toBe('timeline');
    const laneLabels = () => [...el.shadowRoot!.querySelectorAll('.et-lane-label')].map((t) => t.textContent);
    expect(laneLabels()).toContain('Loekasjenko');
    el.setAttribute('lang', 'nl');
    el.setAttribute('lanes', 'kind');
    expect(el.shadowRoot!.querySelector('svg[data-part="plot"]')!.getAttribute('aria-roledescription')).toBe('tijdlijn');
    expect(laneLabels()).toContain('gemeld');
    el.setAttribute('theme', 'dark');
    expect(el.shadowRoot!.querySelector('.et-root')!.getAttribute('data-theme')).toBe('dark');
  });

  it('fetches src (an array or {events}) and announces the load', async () => {
    const fetch = vi.fn(async (url: string) => ({ ok: true, status: 200, json: async () => (url.endsWith('wrapped.json') ? { events: SEED } : SEED.slice(0, 3)) }));
    vi.stubGlobal('fetch', fetch);
    const el = document.createElement('event-timeline') as EventTimelineElement;
    el.setAttribute('src', 'events.json');
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('timeline-load', (e) => resolve(e as CustomEvent), { once: true }));
    document.body.append(el);
    expect((await loaded).detail).toEqual({ count: 3 });
    expect(fetch.mock.calls[0][0]).toMatch(/\/events\.json$/);
    expect(el.events.length).toBe(3);
    const again = new Promise<CustomEvent>((resolve) => el.addEventListener('timeline-load', (e) => resolve(e as CustomEvent), { once: true }));
    el.setAttribute('src', 'wrapped.json');
    expect((await again).detail).toEqual({ count: 10 });
  });

  it('reports a failed fetch as timeline-error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ ok: false, status: 404, json: async () => null })));
    const el = document.createElement('event-timeline');
    el.setAttribute('src', 'missing.json');
    const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('timeline-error', (e) => resolve(e as CustomEvent), { once: true }));
    document.body.append(el);
    expect(String((await failed).detail.error)).toMatch(/404/);
  });

  it('re-dispatches select as a composed DOM event', () => {
    const el = document.createElement('event-timeline') as EventTimelineElement;
    document.body.append(el);
    el.events = SEED;
    const heard = vi.fn();
    document.body.addEventListener('timeline-select', (e) => heard((e as CustomEvent).detail.id));
    el.timeline!.select('e7');
    expect(heard).toHaveBeenCalledWith('e7');
  });

  it('cleans up on disconnect', () => {
    const el = document.createElement('event-timeline') as EventTimelineElement;
    document.body.append(el);
    el.events = SEED;
    el.remove();
    expect(el.timeline).toBeNull();
    expect(el.shadowRoot!.childNodes.length).toBe(0);
    document.body.append(el);
    expect(marks(el)).toBeGreaterThan(0);
  });

  it('reads events from either JSON shape and rejects anything else', () => {
    expect(eventsFromJson(SEED)).toBe(SEED);
    expect(eventsFromJson({ events: SEED })).toBe(SEED);
    expect(() => eventsFromJson({ items: [] })).toThrow(TypeError);
  });
});
