/**
 * `<event-timeline>`: the component as a custom element.
 *
 * ```html
 * <event-timeline src="events.json" lang="nl" lanes="actor" theme="auto" height="320" filter-bar="folded" legend="above"></event-timeline>
 * ```
 * `src` is fetched (a JSON array of event records, or `{ "events": [...] }`); the `events` property takes records
 * directly. Attribute changes rebuild the timeline; disconnecting removes everything it made. The element
 * re-dispatches the controller's notifications as `timeline-select`, `timeline-zoom` and `timeline-filter`
 * CustomEvents (detail as in {@link TimelineEventMap}), plus `timeline-load` and `timeline-error` for `src`. When
 * `src` cannot be loaded the element also fires a plain `error` event (detail `{ error, src }`) and says so inside
 * the component: `src` needs a page served over http(s), as a page opened from disk (file://) can fetch nothing.
 *
 * The class is created when {@link defineTimelineElement} is called, so importing this module is safe in Node.
 */
import type { EventRecord } from '../types.js';
import type { LaneField } from './layout/types.js';
import { createTimeline, type TimelineController, type TimelineEventMap, type TimelineOptions, type TimelineTheme } from './render/create-timeline.js';
import { resolveLabels } from './render/labels.js';
import { fillTemplate } from './format/index.js';
import { element } from './render/dom.js';

export const TIMELINE_TAG = 'event-timeline';

/** The element's own API (besides HTMLElement's). */
export interface EventTimelineElement extends HTMLElement {
  /** The event records shown (settable). */
  events: readonly EventRecord[];
  /** The live controller while connected, else null. */
  readonly timeline: TimelineController | null;
}

const OBSERVED = ['src', 'lang', 'lanes', 'theme', 'height', 'filter-bar', 'legend'] as const;
const FILTER_BARS = new Set(['folded', 'open', 'hidden']);
const LEGENDS = new Set(['above', 'below', 'hidden']);
const LANE_NAMES = new Set(['none', 'actor', 'place', 'article', 'kind']);

/** Events as found in a fetched JSON document: an array, or an object with an `events` array. */
export function eventsFromJson(json: unknown): EventRecord[] {
  if (Array.isArray(json)) return json as EventRecord[];
  const events = (json as { events?: unknown } | null)?.events;
  if (Array.isArray(events)) return events as EventRecord[];
  throw new TypeError('Expected a JSON array of event records or an object with an "events" array');
}

/**
 * Register `<event-timeline>` (idempotent). Pass a window to register in another realm (jsdom in tests).
 * Returns the element class.
 */
export function defineTimelineElement(win: Window & typeof globalThis = globalThis as Window & typeof globalThis, tag = TIMELINE_TAG): CustomElementConstructor {
  const existing = win.customElements.get(tag);
  if (existing) return existing;

  class TimelineElement extends win.HTMLElement implements EventTimelineElement {
    static get observedAttributes(): string[] {
      return [...OBSERVED];
    }

    #events: readonly EventRecord[] = [];
    #controller: TimelineController | null = null;
    #unsubscribe: Array<() => void> = [];
    #fetching: AbortController | null = null;

    get events(): readonly EventRecord[] {
      return this.#events;
    }

    set events(value: readonly EventRecord[]) {
      this.#events = Array.isArray(value) ? value : [];
      this.#controller?.update(this.#events);
    }

    get timeline(): TimelineController | null {
      return this.#controller;
    }

    connectedCallback(): void {
      this.#mount();
      if (this.getAttribute('src')) void this.#load();
    }

    disconnectedCallback(): void {
      this.#fetching?.abort();
      this.#fetching = null;
      this.#unmount();
    }

    attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
      if (!this.isConnected || oldValue === newValue) return;
      if (name === 'src') {
        void this.#load();
        return;
      }
      this.#unmount();
      this.#mount();
    }

    #mount(): void {
      const lanes = this.getAttribute('lanes') ?? 'none';
      const theme = this.getAttribute('theme');
      const height = Number(this.getAttribute('height'));
      const filterBar = this.getAttribute('filter-bar') ?? '';
      const legend = this.getAttribute('legend') ?? '';
      this.#controller = createTimeline(this, this.#events, {
        lang: this.getAttribute('lang') || undefined,
        lanes: (LANE_NAMES.has(lanes) ? lanes : 'none') as LaneField,
        theme: theme === 'light' || theme === 'dark' ? (theme as TimelineTheme) : 'auto',
        height: height > 0 ? height : undefined,
        filterBar: FILTER_BARS.has(filterBar) ? (filterBar as TimelineOptions['filterBar']) : undefined,
        legend: LEGENDS.has(legend) ? (legend as TimelineOptions['legend']) : undefined,
      });
      for (const type of ['select', 'zoom', 'filter'] as const) {
        this.#unsubscribe.push(
          this.#controller.on(type, (detail: TimelineEventMap[typeof type]) =>
            this.dispatchEvent(new win.CustomEvent(`timeline-${type}`, { detail, bubbles: true, composed: true })),
          ),
        );
      }
    }

    #unmount(): void {
      this.#unsubscribe.forEach((off) => off());
      this.#unsubscribe = [];
      this.#controller?.destroy();
      this.#controller = null;
    }

    async #load(): Promise<void> {
      const src = this.getAttribute('src');
      this.#fetching?.abort();
      if (!src) return;
      const fetching = (this.#fetching = new AbortController());
      try {
        const fetcher = win.fetch ?? globalThis.fetch;
        const response = await fetcher(new URL(src, this.ownerDocument.baseURI).href, { signal: fetching.signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const events = eventsFromJson(await response.json());
        if (fetching.signal.aborted) return;
        this.#showError(null);
        this.events = events;
        this.dispatchEvent(new win.CustomEvent('timeline-load', { detail: { count: events.length } }));
      } catch (error) {
        if (fetching.signal.aborted) return;
        this.#showError(this.#loadErrorText(src, error));
        this.dispatchEvent(new win.CustomEvent('timeline-error', { detail: { error } }));
        this.dispatchEvent(new win.CustomEvent('error', { detail: { error, src } }));
      }
    }

    #loadErrorText(src: string, error: unknown): string {
      const labels = resolveLabels(this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'en');
      const reason = error instanceof Error ? error.message : String(error);
      const text = fillTemplate(labels.loadError, { src, reason });
      return new URL(src, this.ownerDocument.baseURI).protocol === 'file:' ? `${text} ${labels.loadFromFile}` : text;
    }

    /** Show `text` at the top of the component (as text, never HTML), or remove the message with null. */
    #showError(text: string | null): void {
      const root = this.#controller?.root.querySelector('.et-root');
      if (!root) return;
      let message = root.querySelector<HTMLElement>('[data-part="error"]');
      if (text === null) return message?.remove();
      if (!message) {
        message = element(this.ownerDocument, 'p', { class: 'et-error', role: 'alert', 'data-part': 'error' });
        root.prepend(message);
      }
      message.textContent = text;
    }
  }

  win.customElements.define(tag, TimelineElement);
  return TimelineElement;
}
