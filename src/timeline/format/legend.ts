/** Legend entries, one per mark shape plus the vague-end style, in the reader's language. */
import type { MarkShape } from '../layout/types.js';
import { messages } from './messages.js';

export interface LegendEntry {
  /** What the swatch shows: a mark shape, or 'vague' for soft ends. */
  swatch: MarkShape | 'vague';
  label: string;
}

export function legendEntries(lang: string): LegendEntry[] {
  const { legend } = messages(lang);
  return [
    { swatch: 'point', label: legend.point },
    { swatch: 'uncertain-point', label: legend.uncertainPoint },
    { swatch: 'period', label: legend.period },
    { swatch: 'vague', label: legend.vagueEnds },
  ];
}
