/**
 * The time stage: the expression that dates a clause, and its date (from the expression, a relation to an earlier
 * event, a saying's frame, or the clause's tense against the article's date).
 */
import type { Clause, Complement } from './clauses.js';
import type { CompiledCues } from './compiled-cues.js';
import { eventShiftOf } from '../temporal/common/event-shift.js';
import { dateAway, dateBesidePeriod, dateFromTense, dateFromTimex, dateRelativeTo, dateSince, dateUntil, deadlineAhead, endsAtDocument, startsAtDocumentReachingBeyond, type TensePlace, type Windowed } from './dating.js';
import { dayOfClockTime, joinedRange, lastingFrom } from './joined-range.js';
import { openBound, withinStretch } from './open-bound.js';
import type { FoundRelation } from './relations.js';
import type { Produced, SentenceContext } from './sentence-context.js';
import { isCondition } from './kind.js';
import { isAgainstTense } from './time-against-tense.js';
import { isFutureTense, isPastTense, speechTenseOf, tenseOf, type ClauseTense, type TimeAdverb } from './tense.js';
import { maskRanges, tokenAt } from './token-masks.js';
import type { Token } from './tokens.js';
import type { DaySpan } from '../time/units.js';
import type { DocumentDate, EventDate, Timex } from '../types.js';

/**
 * The expression that dates a clause: its first, joined with the next when the two make a range ("from April to
 * September") or with how long it lasts ("vanaf maandag voor drie weken"), read as a bound after "na", "after" or
 * "until"; when nothing else dates the clause, a stretch after "binnen" / "within". "Now" gives way to any other
 * ("is now expected around 2020" is dated 2020); never the expression a relation cue is built on, nor one that
 * `datesNothing` (in a relative clause after a comma: "the satellite, which was built in 2019, will replace ..." is
 * not dated 2019; the scope of a comparison).
 */
export function clauseTimex(
  text: string,
  windowed: readonly Windowed[],
  timexes: readonly Timex[],
  documentDays: DaySpan,
  start: number,
  end: number,
  relation: FoundRelation | undefined,
  cues: CompiledCues,
  datesNothing: (timex: Windowed) => boolean,
): Windowed | undefined {
  let present: Windowed | undefined;
  for (let k = 0; k < windowed.length; k++) {
    const t = windowed[k];
    if (t.start < start || t.start >= end || (relation && t.start === relation.start && t.relation)) continue;
    if (datesNothing(t)) continue;
    if (t.value === 'PRESENT_REF') {
      present ??= t;
      continue;
    }
    // "binnen twee weken": the tagger's stretch holds the days; the event is one moment from the article on
    const within = t.type === 'DURATION' ? withinStretch(text, t, cues, documentDays) : null;
    if (within) return within;
    const next = windowed[k + 1];
    const day = next && next.start < end ? dayOfClockTime(text, t, next) : null;
    if (day) return day;
    const range = next && next.start < end ? joinedRange(text, t, next, cues) : null;
    if (range) return range;
    const duration = timexes.find((d) => d.type === 'DURATION' && d.start >= t.end && d.start < end);
    return (duration && lastingFrom(text, t, duration, cues)) || openBound(text, t, cues, documentDays) || t;
  }
  if (present) return present;
  // no date in the clause: "binnen twee weken" dates it from the article on
  for (const d of timexes) {
    if (d.start < start || d.start >= end || d.window) continue;
    const stretch = withinStretch(text, d, cues, documentDays);
    if (stretch) return stretch;
  }
  return undefined;
}

export function dateOf(
  context: SentenceContext,
  timex: Windowed | undefined,
  relation: FoundRelation | undefined,
  target: Produced | undefined,
  tense: ClauseTense | undefined,
  adverb?: TimeAdverb,
  pastBeforeTime = false,
): EventDate {
  if (relation && target && (!timex || timex.anchor === 'event' || timex.start === relation.start)) {
    // a fixed distance from a known event ("the day after the storm") is worked out from that event's own date
    const anchor = relation.speech ? target.speechDate : target.record.date;
    if (relation.days !== undefined) return dateRelativeTo(anchor, relation.text, relation.days);
    const vague = relation.timex ? eventShiftOf(relation.timex) : undefined;
    if (vague?.upTo !== undefined) return dateAway(anchor, { unit: vague.unit, amount: vague.amount, upTo: vague.upTo }, context.article.documentDate, relation.text);
    if (relation.since) return dateSince(anchor, context.article.documentDate, relation.text);
    if (relation.until) return dateUntil(anchor, context.article.documentDate, relation.text);
    const own = timex ?? (relation.timex?.window ? (relation.timex as Windowed) : undefined);
    if (own) return { ...dateFromTimex(own), source: 'relative-to-event' };
    // after or before something that lasted is outside it; after a point ("vlak na zijn toespraak") is taken as its
    // day, and after a state that lasts up to the article ("sinds 2012", "in de jaren daarna") as that stretch
    const { documentDate } = context.article;
    if (goesOnOverWindow(anchor) && relation.type !== 'during' && !endsAtDocument(anchor, documentDate)) {
      return dateBesidePeriod(anchor, relation.type, documentDate, relation.text);
    }
    return dateRelativeTo(anchor, relation.text, undefined);
  }
  // "De gemeente heeft inmiddels twee zwembaden gesloten", "has now agreed": the adverb says the result holds now,
  // not that the event came on the article's day; it was done on or before it
  if (timex?.value === 'PRESENT_REF' && tense !== undefined && isPastTense(tense)) return dateFromTense('on-or-before', context.article.documentDate);
  if (timex) {
    const date = dateFromTimex(timex);
    // "By the end of this year, the plants will be closed": by the deadline, and after the article's date
    if (tense !== undefined && isFutureTense(tense)) return deadlineAhead(date, context.article.documentDate);
    // "Ford predicted that it would be profitable by 2011": the deadline is what was predicted, the tense dates the
    // prediction
    const place = pastBeforeTime && startsAtDocumentReachingBeyond(date, context.article.documentDate) ? placeOfTense(tense, adverb, context) : undefined;
    return place ? dateFromTense(place, context.article.documentDate) : date;
  }
  // no date in the text: the tense places the event against the article's date, never on its day as if known
  const place = placeOfTense(tense, adverb, context);
  return place ? dateFromTense(place, context.article.documentDate) : { ...context.documentDate };
}

/**
 * The tense of a clause: its words up to a subordinate part that opens at `kindEnd` ("30,000 jobs which make up a
 * quarter of the workforce will be cut": when those tell no tense, the main verb comes after it). A closing frame
 * after the subordinate part tells the saying's tense, the subordinate part left out ("“The market shows signs of
 * life which need to be nourished,” said Press": said; "die we moeten koesteren,” zei de directeur" is no guess).
 */
export function clauseTense(
  text: string,
  tokens: readonly Token[],
  cues: CompiledCues,
  clause: { from: number; to: number },
  kindEnd: number,
  clauseKindTokens: Token[],
  speechTokens: Token[],
): ClauseTense | undefined {
  const quoteEnd = kindEnd < clause.to ? closingQuoteAfter(text, tokens, kindEnd, clause.to) : -1;
  const framed = quoteEnd > 0 && cues.reporting.find(speechTokens, quoteEnd, Math.min(clause.to, quoteEnd + FRAME_VERB_REACH)) !== undefined;
  if (framed) return speechTenseOf(text, maskRanges(clauseKindTokens, [{ from: kindEnd, to: quoteEnd }]), clause.from, clause.to, cues, speechTokens);
  return (
    speechTenseOf(text, clauseKindTokens, clause.from, kindEnd, cues, speechTokens) ??
    (kindEnd < clause.to ? speechTenseOf(text, clauseKindTokens, clause.from, clause.to, cues, speechTokens) : undefined)
  );
}

/** A closing quotation mark, as it stands between a quotation and its closing frame. */
const CLOSING_QUOTE = /[”"»]/;

/** Words a closing frame's verb may stand after the quotation ("said", "the company said", "zei de directeur"). */
const FRAME_VERB_REACH = 4;

/** The first token in `(from, to)` after a closing quotation mark, or -1. */
function closingQuoteAfter(text: string, tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (CLOSING_QUOTE.test(text.slice(tokens[k - 1].end, tokens[k].start))) return k;
  return -1;
}

/**
 * Do the clause's words before its expression tell a past or perfect ("insisted that the union agree ... by next
 * year"), so that a time from the article on dates what lies ahead inside it, not that past? Not for a plan kept whole
 * with the verb that made it ("beloofde de regeling binnen twee weken aan te passen": the record is the plan), nor
 * for a state that lasts from the article on ("verwacht dat de stalling tot in april dicht blijft"), nor where the
 * past comes only after the expression ("stopt uiterlijk in 2022, een jaar eerder dan het kabinet had aangekondigd").
 */
export function pastLeads(context: SentenceContext, clause: { from: number; to: number }, timex: Windowed | undefined, clauseTokens: Token[], speechTokens: Token[]): boolean {
  // a vague stretch ahead ("very soon", "in the coming months") is no state that lasts: what lies ahead inside it
  if (!timex || (timex.window.certainty === 'period' && timex.value !== 'FUTURE_REF')) return false;
  const at = tokenAt(context.tokens, timex.start);
  return at > clause.from && isPastTense(speechTenseOf(context.article.text, clauseTokens, clause.from, Math.min(at, clause.to), context.cues, speechTokens));
}

/**
 * Where a tense puts an event against the article's date; undefined when neither a verb nor an adverb tells. The
 * past is before the article's day, unless the paragraph is telling of that day: when the last event of the
 * paragraph with a time of its own is on the article's own day ("Shares fell sharply today. The Dow lost 4%."), the
 * past goes on from there and the article's day is included ("on or before"). A time adverb tells more than the
 * tense: "eerder" / "earlier" is before that day whatever the paragraph tells of, "inmiddels" / "so far" done by
 * now (the day included), and "nog steeds" / "currently" with a present, or with a verb whose tense no rule reads
 * ("De gemeente onderzoekt momenteel ..."), holds at the article's date.
 */
export function placeOfTense(tense: ClauseTense | undefined, adverb: TimeAdverb | undefined, context: SentenceContext): TensePlace | undefined {
  if (tense !== undefined && isFutureTense(tense)) return 'after';
  const past = tense !== undefined && isPastTense(tense);
  if (adverb === 'earlier' && (past || tense === undefined)) return 'before';
  if (adverb === 'by-now' && (past || tense === undefined)) return 'on-or-before';
  if (adverb === 'still' && !past) return 'at';
  if (tense === undefined) return undefined;
  if (!past) return 'at';
  return context.toldOfDocumentDay ? 'on-or-before' : 'before';
}

/**
 * The date of a saying split from its content, or of that content, when no expression or relation dates it: a
 * content in the present, or with no tense told, holds when it was said ("zei: we kunnen het niet garanderen"); a
 * saying without a verb ("Volgens de woordvoerder") was made on or before the article's date. Undefined otherwise:
 * the clause's own tense dates it.
 */
export function saidDate(
  context: SentenceContext,
  clause: Clause,
  complement: Complement | undefined,
  tense: ClauseTense | undefined,
  clauseTokens: Token[],
  speechTokens: Token[],
  timex: Windowed | undefined,
): EventDate | undefined {
  if (!complement || (clause.role !== 'content' && clause.role !== 'frame')) return undefined;
  const { article, cues, timexes } = context;
  // an expression that dates the clause dates it (not one its tense rules out: "“Our results show progress in the
  // third quarter,” said the chief executive" holds when said)
  if (timex) return undefined;
  // an announced plan is yet to come, as a future is (its infinitive has no tense: one read in a clause joined on to
  // it is that clause's, "has promised to pay half, but the Treasury did not confirm ...")
  if (clause.role === 'content' && complement.plan) return dateFromTense('after', article.documentDate);
  if (clause.role === 'content' && tense !== undefined && tense !== 'present' && tense !== 'progressive') return undefined;
  if (clause.role === 'frame' && tense !== undefined) return undefined;
  const frameFrom = complement.frameFrom ?? 0;
  const frameTo = complement.frameTo ?? complement.start;
  // a content told in the present holds when it was said: on the saying's own date ("zei dinsdag dat ... hebben")
  const frameStart = context.tokens[frameFrom]?.start ?? 0;
  const frameEnd = context.tokens[frameTo - 1]?.end ?? 0;
  // (not a time of a clause ordered before the saying: "After the plan failed this week, the White House has said")
  const leading = clause.role === 'content' ? leadingOrderedClause(context, { from: frameFrom, to: frameTo }) : undefined;
  const ownTime = (t: Timex) => leading === undefined || t.start < leading.start || t.start >= leading.end;
  const saidOn = clause.role === 'content' ? timexes.find((t): t is Windowed => t.window !== undefined && t.start >= frameStart && t.start < frameEnd && ownTime(t)) : undefined;
  if (saidOn) return dateFromTimex(saidOn);
  const said = clause.role === 'frame' ? undefined : speechTenseOf(article.text, clauseTokens, frameFrom, frameTo, cues, speechTokens);
  // told in reported words, a present left unshifted after a past saying still holds ("announced that it seeks"):
  // at the article's date; a quotation's present, and a plan, guess or denial told, held when it was said
  if (clause.role === 'content' && !clause.ownKind && (tense === 'present' || tense === 'progressive') && isPastTense(said) && reportedWords(context, complement)) return dateFromTense('at', article.documentDate);
  const place = placeOfTense(said, undefined, context);
  if (place) return dateFromTense(place, article.documentDate);
  // a saying split from its content whose verb's form tells no tense is a present ("beweert", "claims": the past forms
  // are read), made at the article's date; one without a verb ("Volgens de woordvoerder") on or before it. A content
  // whose saying tells none is left to its own words, as a whole sentence would be
  if (clause.role === 'frame' && cues.reporting.matchAt(context.tokens, complement.verb) > 0) return dateFromTense('at', article.documentDate);
  return cues.attribution.matchAt(context.tokens, complement.verb) > 0 ? dateFromTense('on-or-before', article.documentDate) : undefined;
}

/** Is the content told after its saying in reported words: no quotation or colon between them ("said that ...")? */
function reportedWords(context: SentenceContext, complement: Complement): boolean {
  const { tokens, article } = context;
  if (complement.end !== undefined || complement.frameFrom !== undefined) return false;
  const verb = tokens[complement.verb];
  const start = tokens[complement.start];
  return verb !== undefined && start !== undefined && !/[“”"„«»:]/u.test(article.text.slice(verb.end, start.end));
}

/**
 * Token range whose expressions may date a clause: an announcement's words up to its infinitive are the saying's
 * ("announced plans Friday to shut down ..."), not the plan's.
 */
export function clauseTimeRange(clause: Clause, complement: Complement | undefined): { from: number; to: number } {
  // a separable verb's particle closes the saying: what follows it is the plan's ("kondigde aan morgen ... te beginnen");
  // so is what stands before the marker where the object comes first ("beloofde de regeling binnen twee weken aan te passen")
  if (!complement?.plan || complement.marker === undefined || complement.particle !== undefined || complement.objectFirst) return clause;
  if (clause.role === 'frame') return { from: clause.from, to: Math.max(clause.to, complement.marker) };
  if (clause.role === 'content') return { from: Math.max(clause.from, Math.min(complement.marker, clause.to - 1)), to: clause.to };
  return clause;
}

/**
 * Does the clause's expression give a date its tense rules out (see {@link isAgainstTense}), so that it dates a
 * thing inside the clause? Not one of a saying kept whole with its content ("For the final quarter of 2009, Ford
 * says it made a profit"), which its content's time dates. `complement` is the sentence's saying with a content, when
 * the caller knows it: a reporting verb that carries the clause's present and opens no content ("This fact is
 * explained by demand during the Christmas period") is no such saying; without it any reporting word of the clause is
 * taken for one.
 */
export function datesAgainstTense(
  context: SentenceContext,
  timex: Windowed,
  tense: ClauseTense | undefined,
  clause: { from: number; to: number },
  complement?: Complement | null,
): boolean {
  if (!isAgainstTense(dateFromTimex(timex), tense, context.article.documentDate)) return false;
  const { tokens, cues } = context;
  const speech = cues.reporting.find(tokens, clause.from, clause.to);
  if (speech === undefined) return true;
  if (complement === undefined || (complement !== null && complement.verb >= clause.from && complement.verb < clause.to)) return false;
  // a reporting verb that carries the clause's present itself ("is explained by") and opens no content tells no time
  // of its own against that present; one opening a content does ("Ford says it made a profit"), and a bare past form
  // may be a participle with its own ("plans announced in January")
  const at = speech.index;
  const carriesPresent = cues.tense.presentForms.holds(tokens[at]) || (at > clause.from && cues.tense.bePresent.holds(tokens[at - 1]));
  return carriesPresent && !opensContent(tokens, at + speech.length, cues);
}

/** Does a saying's content start at token `k`: "that", or a subject ("it", "the company", "Ford")? */
function opensContent(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  const token = tokens[k];
  if (token === undefined) return false;
  return cues.complementizers.matchAt(tokens, k) > 0 || cues.subjectPronouns.has(token.lower) || cues.determiners.has(token.lower) || token.capitalised;
}

/**
 * The characters of a clause of time leading the clause and ordered against it, up to its comma ("After a plan to
 * bail out the automakers failed to pass the Senate this week, the White House has said ...", "Nadat het plan deze
 * week sneuvelde, heeft het Witte Huis gezegd ..."): opened by an ordering word (`orderingOpeners`), with a verb of its
 * own; or by a condition ("If no offer comes before April 1, ...", "Als NS voor 1 april geen bod doet, ..."), whose
 * time is the condition's. Its time is its own event's, before (or after) the main clause's, so it does not date the
 * main clause; the main clause's own time or its tense does (a condition's time only where the main clause has none of
 * its own: `condition`). Undefined when the clause opens otherwise ("When the markets opened on Monday, shares fell":
 * at the same time; "After the vote on Monday, ...": no verb, the main clause's own time).
 */
export function leadingOrderedClause(context: SentenceContext, clause: { from: number; to: number }): { start: number; end: number; condition: boolean } | undefined {
  const { tokens, cues, article } = context;
  const openers = cues.raw.orderingOpeners;
  const opener = tokens[clause.from];
  if (opener === undefined) return undefined;
  // "If no offer comes before April 1, more strikes could follow in May": the condition's time is the condition's
  const ordering = openers !== undefined && (openers.after.includes(opener.lower) || openers.before.includes(opener.lower));
  if (!ordering && !isCondition(tokens, clause.from, clause.to, cues)) return undefined;
  let comma = clause.from + 2;
  while (comma < clause.to && !tokens[comma].commaBefore) comma++;
  // a main clause must follow the comma, and an ordering part must tell a tense of its own (a condition opens a
  // clause whatever its verb: "Als de gemeente in mei instemt, ...")
  if (comma >= clause.to - 1 || (ordering && tenseOf(article.text, tokens, clause.from + 1, comma, cues) === undefined)) return undefined;
  return { start: opener.start, end: tokens[comma - 1].end, condition: !ordering };
}

/** Is the date a stretch from before the article up to its date ("since 1982", "the past decade")? */
export function reachesDocument(date: EventDate, documentDate: DocumentDate): boolean {
  return date.certainty === 'period' && endsAtDocument(date, documentDate) && date.earliest < date.latest;
}

/**
 * Does the event go on over its whole window, so that what comes after it comes after the window's end: a period,
 * or a stated range ("van 2019 tot 2021", an interval of its own)? Not one day somewhere in a window, nor a unit
 * such as a month ("in januari": what follows may be later that month), which are only `lasting` targets.
 */
const goesOnOverWindow = (date: EventDate) => date.certainty === 'period' || (date.certainty === 'exact' && date.value.includes('/'));

/** A deadline still ahead of the article ("uiterlijk in 2022" in 2019): the event is yet to come. */
export function boundAhead(date: EventDate): boolean {
  // the past "on or before" the article's day is no deadline
  return date.mod === 'ON_OR_BEFORE' && date.source !== 'tense';
}
