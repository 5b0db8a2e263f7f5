/** The filter bar: kind checkboxes and one select per actor, place and article. Emits whole selections. */
import type { EventKind, EventRecord } from '../../types.js';
import type { TimelineLabels } from './labels.js';
import { clear, element } from './dom.js';
import { EVENT_KINDS, allFilterChoices, type FilterField, type TimelineFilters } from './filter-model.js';

export interface FilterBar {
  element: HTMLElement;
  /**
   * The button that shows and hides the filters in a narrow timeline (a phone), where they would otherwise push
   * the plot below the first screen. Wider timelines hide the button and always show the filters (CSS).
   */
  toggle: HTMLButtonElement;
  /** Rebuild the choices for new events, keeping the current selection. */
  setEvents(events: readonly EventRecord[], filters: TimelineFilters): void;
}

const SELECTS: ReadonlyArray<[field: FilterField, label: keyof TimelineLabels]> = [
  ['actors', 'actor'],
  ['places', 'place'],
  ['articles', 'article'],
];

export function createFilterBar(
  doc: Document,
  context: { idPrefix: string; labels: TimelineLabels; signal: AbortSignal; onChange: (filters: TimelineFilters) => void },
): FilterBar {
  const { labels } = context;
  const barId = `${context.idPrefix}-filters`;
  const bar = element(doc, 'div', { id: barId, class: 'et-filters', role: 'group', 'aria-label': labels.filters, 'data-part': 'filters' });
  const toggle = element(doc, 'button', { type: 'button', class: 'et-filters-toggle', 'aria-expanded': 'false', 'aria-controls': barId, 'data-action': 'filters' }, labels.filters);
  toggle.addEventListener(
    'click',
    () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      bar.toggleAttribute('data-open', open);
    },
    { signal: context.signal },
  );
  // Collapsed, the button says how many filters apply, so a narrowed result is never a surprise.
  const showActive = (filters: TimelineFilters) => {
    const active = activeFilterCount(filters);
    toggle.textContent = active ? `${labels.filters} (${active})` : labels.filters;
  };
  const kinds = element(doc, 'fieldset');
  kinds.append(element(doc, 'legend', {}, labels.kind));
  const boxes = new Map<EventKind, HTMLInputElement>();
  for (const kind of EVENT_KINDS) {
    const box = element(doc, 'input', { type: 'checkbox', name: 'kind', value: kind, checked: true });
    boxes.set(kind, box);
    const label = element(doc, 'label');
    label.append(box, labels.kinds[kind]);
    kinds.append(label);
  }
  bar.append(kinds);

  const selects = new Map<FilterField, HTMLSelectElement>();
  for (const [field, labelKey] of SELECTS) {
    const id = `${context.idPrefix}-filter-${field}`;
    const wrapper = element(doc, 'label', { for: id }, `${labels[labelKey] as string} `);
    const select = element(doc, 'select', { id, name: field });
    selects.set(field, select);
    wrapper.append(select);
    bar.append(wrapper);
  }

  const read = (): TimelineFilters => {
    const checked = EVENT_KINDS.filter((kind) => boxes.get(kind)!.checked);
    const filters: TimelineFilters = {};
    // All kinds ticked is the same as no kind filter; none ticked shows nothing (an honest empty result).
    if (checked.length < EVENT_KINDS.length) filters.kinds = checked.length ? checked : ['__none__' as EventKind];
    for (const [field] of SELECTS) {
      const value = selects.get(field)!.value;
      if (value) filters[field] = [value];
    }
    return filters;
  };
  bar.addEventListener('change', () => context.onChange(read()), { signal: context.signal });

  return {
    element: bar,
    toggle,
    setEvents(events, filters) {
      showActive(filters);
      for (const kind of EVENT_KINDS) boxes.get(kind)!.checked = !filters.kinds?.length || filters.kinds.includes(kind);
      const choicesOf = allFilterChoices(events);
      for (const [field] of SELECTS) {
        const select = selects.get(field)!;
        const choices = choicesOf[field];
        const selected = filters[field]?.[0] ?? '';
        clear(select);
        select.append(element(doc, 'option', { value: '' }, labels.all));
        if (selected && !choices.some((c) => c.value === selected)) choices.unshift({ value: selected, label: selected, count: 0 });
        for (const choice of choices) select.append(element(doc, 'option', { value: choice.value }, choice.label));
        select.value = selected;
        // A field with nothing to choose (no places in these articles) is hidden rather than offered empty.
        (select.parentElement as HTMLElement).hidden = choices.length === 0;
      }
    },
  };
}

/** How many fields narrow the events: unticked kinds count as one, each chosen actor, place or article as one. */
export function activeFilterCount(filters: TimelineFilters): number {
  const kinds = filters.kinds?.length ? 1 : 0;
  return kinds + SELECTS.filter(([field]) => filters[field]?.length).length;
}
