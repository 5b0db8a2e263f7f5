/** Where the arrow keys go: pure steps over the filtered events in time order. */
import type { PreparedEvent } from '../layout/types.js';

export type Step = 1 | -1 | 'first' | 'last';

/**
 * The event a step lands on. Without an active event the walk starts at the first event the reader can see
 * (in time order, the first whose window reaches past `viewStart`: a long period running in from the left is seen);
 * steps stop at the ends rather than wrapping.
 */
export function stepTarget(ordered: readonly PreparedEvent[], activeId: string | null, step: Step, viewStart: number): PreparedEvent | undefined {
  if (!ordered.length) return undefined;
  if (step === 'first') return ordered[0];
  if (step === 'last') return ordered[ordered.length - 1];
  const index = activeId === null ? -1 : ordered.findIndex((p) => p.event.id === activeId);
  if (index < 0) return ordered.find((p) => p.end > viewStart) ?? ordered[0];
  return ordered[Math.min(ordered.length - 1, Math.max(0, index + step))];
}

/** The time to bring into view for an event: a short period's middle, otherwise its anchor. */
export function focusTime(target: PreparedEvent, visibleSpan: number): number {
  return target.shape === 'period' && target.end - target.start < visibleSpan ? (target.start + target.end) / 2 : target.anchor;
}
