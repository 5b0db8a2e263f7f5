/** Filters as plain values: which events pass, and which choices the filter bar offers. No DOM. */
import type { EventKind, EventRecord } from '../../types.js';

export const EVENT_KINDS: readonly EventKind[] = ['occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated'];

/** Selected values per field; an absent or empty list means "all". */
export interface TimelineFilters {
  kinds?: readonly EventKind[];
  actors?: readonly string[];
  places?: readonly string[];
  articles?: readonly string[];
}

export type FilterField = 'actors' | 'places' | 'articles';

/** A copy without empty lists, so two equal selections compare equal. */
export function normalizeFilters(filters: TimelineFilters | undefined): TimelineFilters {
  const result: TimelineFilters = {};
  if (filters?.kinds?.length) result.kinds = [...filters.kinds];
  if (filters?.actors?.length) result.actors = [...filters.actors];
  if (filters?.places?.length) result.places = [...filters.places];
  if (filters?.articles?.length) result.articles = [...filters.articles];
  return result;
}

export function isFiltering(filters: TimelineFilters): boolean {
  return !!(filters.kinds?.length || filters.actors?.length || filters.places?.length || filters.articles?.length);
}

/** The predicate for one filter selection (build it once per change: layout caches by function identity). */
export function eventFilter(filters: TimelineFilters): ((event: EventRecord) => boolean) | undefined {
  if (!isFiltering(filters)) return undefined;
  const kinds = filters.kinds?.length ? new Set(filters.kinds) : null;
  const actors = filters.actors?.length ? new Set(filters.actors) : null;
  const places = filters.places?.length ? new Set(filters.places) : null;
  const articles = filters.articles?.length ? new Set(filters.articles) : null;
  return (event) =>
    (!kinds || kinds.has(event.kind)) &&
    (!actors || event.actors.some((a) => actors.has(a))) &&
    (!places || event.places.some((p) => places.has(p))) &&
    (!articles || articles.has(event.source.article));
}

export interface FilterChoice {
  value: string;
  /** Shown text (article title when known). */
  label: string;
  count: number;
}

/** The most frequent values of a field (most first, then alphabetical), capped so the bar stays small. */
export function filterChoices(events: readonly EventRecord[], field: FilterField, limit = 60): FilterChoice[] {
  return allFilterChoices(events, limit)[field];
}

type Counts = Map<string, { label: string; count: number }>;

/** {@link filterChoices} of every field, from one pass over the events. */
export function allFilterChoices(events: readonly EventRecord[], limit = 60): Record<FilterField, FilterChoice[]> {
  const actors: Counts = new Map();
  const places: Counts = new Map();
  const articles: Counts = new Map();
  const add = (counts: Counts, value: string, label: string) => {
    const entry = counts.get(value);
    if (entry) entry.count++;
    else counts.set(value, { label, count: 1 });
  };
  for (const event of events) {
    for (const a of event.actors) add(actors, a, a);
    for (const p of event.places) add(places, p, p);
    add(articles, event.source.article, event.source.articleTitle || event.source.article);
  }
  return { actors: ranked(actors, limit), places: ranked(places, limit), articles: ranked(articles, limit) };
}

function ranked(counts: Counts, limit: number): FilterChoice[] {
  return [...counts.entries()]
    .map(([value, { label, count }]) => ({ value, label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .slice(0, limit);
}
