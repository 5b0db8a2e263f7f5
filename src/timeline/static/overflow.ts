/**
 * The numbers of the static picture's list of events without a mark: the groups of each lane from the top, left
 * to right, then the events outside the dates shown. A group's badge shows its entries' numbers ("4–9").
 */
import type { PreparedEvent } from '../layout/types.js';
import type { OverflowGroup, StaticLayout } from './rows.js';

export interface NumberedGroup {
  group: OverflowGroup;
  /** Number of its first entry (1-based); its entries follow in a row. */
  first: number;
}

export interface OverflowEntry {
  number: number;
  prepared: PreparedEvent;
}

export interface Overflow {
  groups: NumberedGroup[];
  /** Entries of the groups, in group order, then the events outside the dates shown. */
  entries: OverflowEntry[];
  /** Index in `entries` where events outside the dates shown begin. */
  outsideFrom: number;
}

export function numberOverflow(layout: Pick<StaticLayout, 'groups' | 'outside'>): Overflow {
  const groups: NumberedGroup[] = [];
  const entries: OverflowEntry[] = [];
  for (const group of layout.groups) {
    groups.push({ group, first: entries.length + 1 });
    for (const prepared of group.members) entries.push({ number: entries.length + 1, prepared });
  }
  const outsideFrom = entries.length;
  for (const prepared of layout.outside) entries.push({ number: entries.length + 1, prepared });
  return { groups, entries, outsideFrom };
}

/** The badge text of a group: "7" or "4–9". */
export function groupNumbers({ group, first }: NumberedGroup): string {
  const count = group.members.length;
  return count === 1 ? String(first) : `${first}–${first + count - 1}`;
}
