/**
 * The list view: a real `<ol>` of the events in time order, with their dates and kinds and a button to select
 * each. Paged, so 100,000 events never become 100,000 list items.
 */
import type { PreparedEvent } from '../layout/types.js';
import type { TimelineLabels } from './labels.js';
import type { DescribeEvent } from './describe.js';
import { clear, element } from './dom.js';

export const LIST_PAGE_SIZE = 50;

export interface ListView {
  element: HTMLElement;
  /** Draw the page that holds `activeId` (or the current page). */
  render(events: readonly PreparedEvent[], activeId: string | null): void;
  /** Drop the items while the view is hidden (hidden nodes are not kept). */
  empty(): void;
}

export function createListView(
  doc: Document,
  context: { idPrefix: string; labels: TimelineLabels; describe: DescribeEvent; signal: AbortSignal; onSelect: (id: string) => void },
): ListView {
  const { labels } = context;
  const section = element(doc, 'section', { class: 'et-list-view', id: `${context.idPrefix}-list`, hidden: true, 'data-part': 'list', 'aria-label': labels.listView });
  const status = element(doc, 'p', { class: 'et-list-status' });
  const list = element(doc, 'ol', { class: 'et-list' });
  const pager = element(doc, 'div', { class: 'et-toolbar' });
  const previous = element(doc, 'button', { type: 'button', 'data-page': 'previous' }, labels.previous);
  const next = element(doc, 'button', { type: 'button', 'data-page': 'next' }, labels.next);
  pager.append(previous, next);
  section.append(status, list, pager);

  let page = 0;
  let current: readonly PreparedEvent[] = [];
  const draw = () => {
    const pages = Math.max(1, Math.ceil(current.length / LIST_PAGE_SIZE));
    page = Math.min(Math.max(0, page), pages - 1);
    const first = page * LIST_PAGE_SIZE;
    const items = current.slice(first, first + LIST_PAGE_SIZE);
    clear(list);
    list.setAttribute('start', String(first + 1));
    for (const prepared of items) {
      const { event } = prepared;
      const item = element(doc, 'li', { 'data-event-id': event.id });
      item.append(
        element(doc, 'button', { type: 'button', 'data-event-id': event.id }, event.title),
        ' ',
        element(doc, 'span', { class: 'et-list-date' }, context.describe(prepared)),
        `, ${labels.kinds[event.kind]}`,
      );
      list.append(item);
    }
    status.textContent = current.length
      ? `${first + 1}–${first + items.length} · ${labels.shown(current.length, current.length)}`
      : labels.noEvents;
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
    pager.hidden = pages <= 1;
  };

  section.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element;
      const button = target.closest('button');
      if (!button) return;
      const paging = button.getAttribute('data-page');
      if (paging) {
        page += paging === 'next' ? 1 : -1;
        draw();
        return;
      }
      const id = button.getAttribute('data-event-id');
      if (id !== null) context.onSelect(id);
    },
    { signal: context.signal },
  );

  return {
    element: section,
    render(events, activeId) {
      current = events;
      if (activeId !== null) {
        const index = events.findIndex((p) => p.event.id === activeId);
        if (index >= 0) page = Math.floor(index / LIST_PAGE_SIZE);
      }
      draw();
    },
    empty() {
      current = [];
      clear(list);
      status.textContent = '';
    },
  };
}
