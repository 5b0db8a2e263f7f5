/**
 * The trigger contract, checked independently of the tagger's zone logic: every match of a parser's pattern over the
 * whole text must hold one of that parser's trigger pieces within the parser's declared reach.
 */
import type { TemporalParser } from '../../src/temporal/contract.js';
import { bitsOfHit, triggerPlan } from '../../src/temporal/triggers.js';

const nonBlank = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) if (!/\s/.test(text[i])) n++;
  return n;
};

/** Matches that no trigger piece accounts for, as `parser: "match"`; empty when the contract holds. */
export function checkContract(parsers: readonly TemporalParser[], text: string): string[] {
  const plan = triggerPlan(parsers);
  const hits: { start: number; end: number; bits: number }[] = [];
  if (plan.scan) {
    plan.scan.lastIndex = 0;
    for (let m = plan.scan.exec(text); m; m = plan.scan.exec(text)) {
      hits.push({ start: m.index, end: m.index + m[0].length, bits: bitsOfHit(plan, text, m.index, m[0]) });
    }
  }
  const problems: string[] = [];
  parsers.forEach((parser, index) => {
    const bit = plan.parserBit[index];
    if (!bit) return;
    const pattern = new RegExp(parser.pattern.source, parser.pattern.flags.includes('g') ? parser.pattern.flags : `${parser.pattern.flags}g`);
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = m.index + m[0].length;
      // one character of look-around on either side (word guards) counts too
      const ok = hits.some(
        (h) => (h.bits & bit) !== 0 && h.start >= start && h.end <= end && nonBlank(text, start - 1, h.start) < plan.reach[index][0] && nonBlank(text, h.end, end + 1) < plan.reach[index][1],
      );
      if (!ok) problems.push(`${parser.name}: "${m[0]}"`);
    }
  });
  return problems;
}
