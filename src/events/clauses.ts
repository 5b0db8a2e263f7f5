/**
 * Event-bearing clauses of a sentence. Usually the whole sentence is one event. A speech act with a complement
 * ("kondigde het leger aan morgen een oefening te beginnen", "announced that it will ...") becomes two events —
 * the announcement and what was announced — when each part has its own time: a temporal expression or a relation cue.
 */
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';

/** A clause as a token range of its sentence. */
export interface Clause {
  from: number;
  to: number;
  /** `whole`: the sentence; `frame`: the speech act of a split sentence; `content`: what it announced. */
  role: 'whole' | 'frame' | 'content';
  /** The clause carries an announced plan (infinitive complement of an announcement verb). */
  planComplement: boolean;
}

/** Where a speech act's complement starts, and whether it is an announced plan. */
export interface Complement {
  /** Token index of the speech verb. */
  verb: number;
  /** First token of the complement. */
  start: number;
  /** Infinitive complement of an announcement ("aan ... te beginnen", "to hold"). */
  plan: boolean;
  /** Index of a separable particle closing the speech verb (`aan`), if any. */
  particle?: number;
  /** Index of the infinitive marker (`te`, `to`) in the complement, if any. */
  marker?: number;
}

const LOOKAHEAD = 7;

/** Find the complement of the first announcement or reporting verb. */
export function findComplement(tokens: readonly Token[], cues: CompiledCues): Complement | undefined {
  const marker = cues.raw.infinitiveMarker;
  const announcement = cues.announcement.find(tokens);
  if (announcement) {
    const after = announcement.index + announcement.length;
    const markerAt = tokens.findIndex((t, i) => i >= after && t.lower === marker);
    if (markerAt >= 0) {
      for (let p = after; p < Math.min(tokens.length, after + LOOKAHEAD); p++) {
        if (cues.particles.has(tokens[p].lower) && p < markerAt) {
          return { verb: announcement.index, start: p + 1, plan: true, particle: p, marker: markerAt };
        }
      }
      if (markerAt - after <= 2) return { verb: announcement.index, start: after, plan: true, marker: markerAt };
    }
  }
  const speech = announcement ?? cues.reporting.find(tokens);
  if (!speech) return undefined;
  const after = speech.index + speech.length;
  for (let p = after; p < Math.min(tokens.length, after + 3); p++) {
    if (cues.complementizers.matchAt(tokens, p) > 0) return { verb: speech.index, start: p + 1, plan: false };
  }
  return undefined;
}

/**
 * Split a sentence into event clauses. `hasOwnTime(from, to)` says whether a token range holds a temporal
 * expression with a calendar window or a relation cue.
 */
export function splitClauses(
  tokens: readonly Token[],
  cues: CompiledCues,
  hasOwnTime: (from: number, to: number) => boolean,
): { clauses: Clause[]; complement?: Complement } {
  const complement = findComplement(tokens, cues);
  const whole: Clause = { from: 0, to: tokens.length, role: 'whole', planComplement: complement?.plan ?? false };
  if (!complement || complement.start >= tokens.length) return { clauses: [whole], complement };
  if (!hasOwnTime(0, complement.start) || !hasOwnTime(complement.start, tokens.length)) return { clauses: [whole], complement };
  return {
    clauses: [
      { from: 0, to: complement.start, role: 'frame', planComplement: false },
      { from: complement.start, to: tokens.length, role: 'content', planComplement: complement.plan },
    ],
    complement,
  };
}
