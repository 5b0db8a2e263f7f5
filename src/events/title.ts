/**
 * Short titles in the article's language: who did what. Built from the clause's own words, minus its temporal
 * expressions and relation phrases, with the subject put first again when a fronted phrase was removed
 * ("Vlak na zijn toespraak kondigde het leger aan" → "Het leger kondigde ... aan"), offices replaced by the name
 * they stand for, and asides between commas and closing speech frames left out. A Dutch verb-final content clause is
 * put in main-clause order when that is safe ("dat het personeel het werk neerlegt" → "Het personeel legt het werk
 * neer"). A title is a whole readable clause,
 * never cut to a length and never ending in "…": the timeline shortens labels to the room it has (and keeps the whole
 * title in its details and accessible names), so a cut here would only lose the event's own words.
 */
import { isParticipleAside, nounPhraseBefore, opensSubordinate, type Clause, type Complement } from './clauses.js';
import type { CompiledCues } from './compiled-cues.js';
import type { Mention } from './entities.js';
import { findCondition } from './kind.js';
import type { Token } from './tokens.js';
import { isAuxiliaryWord, verbFormAt } from './triggers.js';
import { nounSubjectAt } from './noun-subject.js';

const MIN_WORDS_BEFORE_CUT = 3;
/** A closing speech frame (", the coastguard reported this morning") has at most this many words. */
const MAX_SPEECH_TAIL = 9;

/** Everything a title is made from. */
export interface TitleInput {
  text: string;
  tokens: readonly Token[];
  clause: Clause;
  complement?: Complement;
  mentions: readonly Mention[];
  /** Character ranges left out: temporal expressions and relation phrases. */
  removed: ReadonlyArray<readonly [number, number]>;
  cues: CompiledCues;
  /** Token ranges left out: clauses that are records of their own, asides a title can do without ("(EADS)"). */
  omitted?: ReadonlyArray<{ from: number; to: number }>;
  /** Worked out on first use by the title steps: which tokens the removed ranges cover. */
  removedIndex?: RemovedIndex;
}

interface Piece {
  /** Token index in the sentence (for separators and reordering). */
  index: number;
  text: string;
}

const QUOTES = /["“”„«»]/g;
/** White space other than one plain space: what `\s+` → ' ' changes. */
const MORE_THAN_A_SPACE = /\s{2,}|[^\S ]/g;

/** Which tokens the removed ranges cover (1 by token index), and at which characters a removed range starts (worked out once per input). */
interface RemovedIndex {
  covered: number[];
  starts: Set<number>;
}
/** The index of a title that leaves out no expression (most): no token covered, no range starting. */
const NOTHING_REMOVED: RemovedIndex = { covered: [], starts: new Set() };

function removedIndex(input: TitleInput): RemovedIndex {
  let index = input.removedIndex;
  if (!index && input.removed.length === 0) {
    index = NOTHING_REMOVED;
    input.removedIndex = index;
  }
  if (!index) {
    const tokens = input.tokens;
    const covered = new Array<number>(tokens.length).fill(0);
    const starts = new Set<number>();
    const ranges = [...input.removed].sort((a, b) => a[0] - b[0]);
    let k = 0;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      while (k < ranges.length && ranges[k][1] <= token.start) k++;
      // ranges may overlap: look at every range that starts before this token ends
      for (let j = k; j < ranges.length && ranges[j][0] < token.end; j++) {
        if (token.start < ranges[j][1]) covered[t] = 1;
      }
    }
    for (const [start] of ranges) starts.add(start);
    index = { covered, starts };
    input.removedIndex = index;
  }
  return index;
}

/** Is token `k` a finite verb, an auxiliary, or a present before the infinitive's marker ("plans to")? */
function opensOnVerb(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  const form = verbFormAt(tokens, k, cues);
  return form === 'finite' || form === 'auxiliary' || (isPresentSingular(tokens[k].text, cues) && tokens[k + 1]?.lower === cues.raw.infinitiveMarker);
}

/** Is token `i` of the input's tokens inside a removed range? */
function isRemoved(input: TitleInput, i: number): boolean {
  return removedIndex(input).covered[i] === 1;
}

/**
 * "for most of [the past 18 months]", "in de loop van [volgend jaar]": a quantity or a noun of a time's course at
 * `at`, with its "of" after it, between a preposition and an expression.
 */
function quantityOf(tokens: readonly Token[], cues: CompiledCues, at: number): boolean {
  return (
    cues.prepositions.holds(tokens[at + 1]) &&
    ((cues.quantifiers.holds(tokens[at]) && cues.prepositions.holds(tokens[at - 1])) || (cues.courseNouns.holds(tokens[at]) && cues.determiners.holds(tokens[at - 1])))
  );
}

/** Does the word at `at` link a preposition to an expression: an article, or a quantity with its "of"? */
function linksToRemoved(tokens: readonly Token[], cues: CompiledCues, at: number): boolean {
  return cues.determiners.holds(tokens[at]) || quantityOf(tokens, cues, at);
}

/**
 * A preposition (with its articles) right before a removed expression goes with it:
 * "in [de afgelopen dagen]", "in het [najaar van 2024]", "on [Tuesday]".
 */
function danglesBeforeRemoved(input: TitleInput, i: number): boolean {
  const { tokens, cues } = input;
  // the chain must end right before a removed expression: none, no chain
  if (removedIndex(input).starts.size === 0 || isRemoved(input, i)) return false;
  let k = i;
  if (!cues.prepositions.holds(tokens[k]) && !linksToRemoved(tokens, cues, k)) return false;
  // "uiterlijk in [september]", "uiterlijk tot in [april]": a preposition before one or two others, where the
  // language can tell it from a verb particle (English lists none, and "handed over on [Monday]" ends in one)
  const twoPrepositions = cues.particles.size > 0 && cues.prepositions.has(tokens[k].lower) && !cues.particles.has(tokens[k].lower);
  while (k + 1 < tokens.length && !isRemoved(input, k + 1)) {
    k++;
    const afterQuantity = quantityOf(tokens, cues, k - 1) && cues.prepositions.has(tokens[k].lower);
    if (!linksToRemoved(tokens, cues, k) && !afterQuantity && !(twoPrepositions && k <= i + 2 && cues.prepositions.has(tokens[k].lower))) return false;
  }
  const next = tokens[k + 1];
  if (!next || !removedIndex(input).starts.has(next.start)) return false;
  // the chain must start with a preposition: "in het", not just "het"
  for (let first = i; !opensChain(tokens, cues, first); first--) {
    if (first === 0 || (!cues.prepositions.has(tokens[first - 1].lower) && !linksToRemoved(tokens, cues, first - 1))) return false;
  }
  return true;
}

/**
 * Does a preposition chain open at `at` ("in het [najaar]"): a preposition, not the "of" of a quantity? A function of
 * its own, not a closure: {@link danglesBeforeRemoved} runs for every word of every title.
 */
function opensChain(tokens: readonly Token[], cues: CompiledCues, at: number): boolean {
  return cues.prepositions.has(tokens[at].lower) && !quantityOf(tokens, cues, at - 1);
}

/**
 * A signal of several words right before a removed expression goes with it: "niet later dan [2021]", "no later
 * than [June 1]", "later dan [2020]", "ten laatste op [1 juni]" (one-word signals are prepositions).
 */
function signalBeforeRemoved(input: TitleInput, i: number): boolean {
  const { tokens, cues } = input;
  // the word at `i` must be a word of some signal, and some removed range must start after it
  if (removedIndex(input).starts.size === 0 || !signalWordsOf(cues).has(tokens[i].lower)) return false;
  for (const phrase of cues.boundSignalPhrases) {
    for (let offset = 0; offset < phrase.length; offset++) {
      const first = i - offset;
      const after = tokens[first + phrase.length];
      if (first < 0 || !after || !removedIndex(input).starts.has(after.start)) continue;
      if (phrase.every((word, j) => tokens[first + j].lower === word)) return true;
    }
  }
  return false;
}

/** Every word of the language's signals of several words, made once per language (the language asked last kept at hand). */
const signalWords = new WeakMap<CompiledCues, ReadonlySet<string>>();
let lastSignalCues: CompiledCues | undefined;
let lastSignalWords: ReadonlySet<string> = new Set();
function signalWordsOf(cues: CompiledCues): ReadonlySet<string> {
  if (cues === lastSignalCues) return lastSignalWords;
  let words = signalWords.get(cues);
  if (!words) {
    words = new Set(cues.boundSignalPhrases.flat());
    signalWords.set(cues, words);
  }
  lastSignalCues = cues;
  lastSignalWords = words;
  return words;
}

/** A range word between two removed expressions goes with them: "between [April] and [June]". */
function joinsRemoved(input: TitleInput, i: number): boolean {
  const { tokens } = input;
  return i > 0 && i + 1 < tokens.length && input.cues.rangeJoiners.holds(tokens[i]) && isRemoved(input, i - 1) && isRemoved(input, i + 1);
}

/** A title never needs more words than this; capping keeps every title step cheap on huge sentences. */
const MAX_TITLE_TOKENS = 48;

function piecesOf(input: TitleInput, from: number, to: number, skip?: ReadonlySet<number>): Piece[] {
  const pieces: Piece[] = [];
  // with nothing removed, no word goes with a removed expression: only skipped and omitted words are left out
  const anyRemoved = removedIndex(input).starts.size > 0;
  for (let i = from; i < to && pieces.length < MAX_TITLE_TOKENS; i++) {
    if ((skip !== undefined && skip.has(i)) || isOmitted(input, i)) continue;
    if (anyRemoved && (isRemoved(input, i) || danglesBeforeRemoved(input, i) || joinsRemoved(input, i) || signalBeforeRemoved(input, i))) continue;
    pieces.push({ index: i, text: input.tokens[i].text });
  }
  return pieces;
}

function isOmitted(input: TitleInput, i: number): boolean {
  const omitted = input.omitted;
  if (omitted === undefined) return false;
  for (let r = 0; r < omitted.length; r++) if (i >= omitted[r].from && i < omitted[r].to) return true;
  return false;
}

/** Replace office phrases that stand for a name ("de president") by that name. */
function resolveOffices(pieces: Piece[], mentions: readonly Mention[]): Piece[] {
  let out = pieces;
  for (const mention of mentions) {
    if (!mention.resolved) continue;
    const first = out.findIndex((p) => p.index >= mention.phraseStart && p.index < mention.phraseEnd);
    if (first < 0) continue;
    const rest = out.filter((p) => !(p.index >= mention.phraseStart && p.index < mention.phraseEnd));
    rest.splice(first, 0, { index: mention.phraseStart, text: mention.name });
    out = rest;
  }
  return out;
}

/** Drop leading connectors ("En", "Maar", "And"). */
function dropConnectors(pieces: Piece[], input: TitleInput): Piece[] {
  let start = 0;
  while (start < pieces.length - 1 && input.cues.connectors.matchAt(input.tokens, pieces[start].index) > 0) start++;
  return pieces.slice(start);
}

/** A lower-case content word that can end a noun phrase: no preposition, function word or participle ("gedaan"). */
function isPlainWord(token: Token, cues: TitleInput['cues']): boolean {
  return !token.capitalised && !cues.prepositions.has(token.lower) && !cues.stopwords.has(token.lower) && !/^ge\p{Ll}+[dtn]$/u.test(token.lower);
}

/**
 * Verb-second repair: when a fronted phrase was removed, the clause starts with the verb and the subject follows
 * ("kondigde het leger aan"). Move the subject (with coordinated mentions: "de Baltische staten en Polen") first.
 */
const isFiniteForm = (form: string | null) => form === 'finite' || form === 'auxiliary';

function subjectFirst(pieces: Piece[], input: TitleInput): Piece[] {
  if (pieces.length < 2) return pieces;
  const { tokens, cues } = input;
  // an adverb may stand where a bare subject would ("ging opnieuw de brug dicht"); a plural noun before an object is one
  const plural = (token: Token) => (cues.raw.pluralNounEndings ?? []).some((ending) => token.lower.length > ending.length + 2 && token.lower.endsWith(ending));
  const first = tokens[pieces[0].index];
  const frontRemoved = pieces[0].index > input.clause.from;
  // a saying closing what was said opens with its verb: ""We hebben alles geprobeerd," zei Visser" → "Visser zei"
  // ("aldus Visser" is no verb and stays)
  const closingSaying = input.clause.role === 'frame' && input.clause.from > 0 && pieces[0].index === input.clause.from && cues.reporting.matchAt(tokens, input.clause.from) > 0 && isFiniteForm(verbFormAt(tokens, input.clause.from, cues));
  if (!cues.raw.verbSecond || !(frontRemoved || closingSaying) || first.capitalised || cues.determiners.has(first.lower) || cues.prepositions.has(first.lower)) return pieces;
  // "[Of] hij zoekt": the subject already leads
  if (cues.sentenceOpeners.has(first.lower)) return pieces;
  const second = pieces[1].index;
  // "bleek dat een van de deuren niet sluit": a "that" clause with its own subject right after the verb, which has
  // none; the language's own stands in. Otherwise "dat" points back and is the subject ("was dat 165 euro")
  const that = cues.complementizers.matchAt(tokens, second) > 0;
  const clauseSubject = (token: Token | undefined) =>
    token !== undefined && (token.capitalised || cues.determiners.has(token.lower) || cues.quantifiers.has(token.lower) || cues.sentenceOpeners.has(token.lower));
  if (that && clauseSubject(tokens[second + 1])) {
    const subject = cues.raw.impersonalSubject;
    return subject ? [{ index: -1, text: subject }, ...pieces] : pieces;
  }
  // an office before a name is part of the subject: "kondigde minister Jetten aan"
  const office = cues.roleNouns.matchAt(tokens, second);
  const subject = input.mentions.find((m) => m.phraseStart <= second + office && second + office < m.phraseEnd);
  let end: number;
  if (subject) end = subject.phraseEnd;
  else if (
    (cues.stopwords.has(tokens[second].lower) && !cues.determiners.has(tokens[second].lower) && !cues.prepositions.has(tokens[second].lower)) ||
    that
  ) {
    // a pronoun subject: "morgen reist hij" → "hij reist"
    end = second + 1;
  } else if ((cues.determiners.has(tokens[second].lower) || cues.quantifiers.has(tokens[second].lower) || /^\d+$/.test(tokens[second].text)) && second + 1 < input.clause.to) {
    // an unnamed subject: article, quantity or number, adjectives ("hele", "nieuwe"; after "een" also "nieuw"), noun;
    // an article-like pronoun before no noun is the subject alone ("kostte het veel" → "het kostte veel", "wordt het
    // nog warmer", "koelt het af")
    const after = tokens[second + 1];
    const noNoun = cues.quantifiers.has(after.lower) || cues.stopwords.has(after.lower) || cues.particles.has(after.lower);
    const alone = noNoun && !cues.quantifiers.has(tokens[second].lower);
    end = alone ? second + 1 : second + 2;
    // an uninflected adjective only with a word after the noun: the clause's last word is its verb ("een man verwacht")
    const adjective = (k: number) => /e$/.test(tokens[k].lower) || (k === second + 1 && cues.indefiniteArticles.has(tokens[second].lower) && k + 2 < input.clause.to);
    while (end < input.clause.to && adjective(end - 1) && isPlainWord(tokens[end], cues) && end - second < 4) end++;
    // "het aantal [nieuwe] parkeerplaatsen": a noun of quantity takes its counted plural along ("is het aantal fors
    // gestegen": an adverb is no plural)
    if (cues.measureNouns.has(tokens[end - 1].lower)) {
      let counted = end;
      while (counted + 1 < input.clause.to && /e$/.test(tokens[counted].lower) && isPlainWord(tokens[counted + 1], cues)) counted++;
      const token = tokens[counted];
      if (counted < input.clause.to && isPlainWord(token, cues) && token.lower.length >= 5 && plural(token)) end = counted + 1;
    }
  } else if (isPlainWord(tokens[second], cues) && second + 1 < input.clause.to && (plural(tokens[second]) || !cues.determiners.has(tokens[second + 1].lower))) {
    // a bare plural or adjective and noun: "vanaf 2026 betalen fietsers" → "fietsers betalen", "nieuwe regels gelden"
    end = second + 1;
    if (/e$/.test(tokens[second].lower) && isPlainWord(tokens[end], cues) && end + 1 < input.clause.to) end++;
  } else return pieces;
  // "loopt het prijsplafond van het kabinet af": a "van" phrase on the subject's noun moves with it
  const link = tokens[end];
  if (link && cues.nounLinks.has(link.lower) && !subject) {
    const named = input.mentions.find((m) => m.phraseStart === end + 1);
    if (named) end = named.phraseEnd;
    else if (tokens[end + 2] && cues.determiners.has(tokens[end + 1].lower) && isPlainWord(tokens[end + 2], cues)) end += 3;
  }
  for (;;) {
    const joiner = tokens[end];
    if (!joiner || !['en', 'and', 'of', 'or'].includes(joiner.lower) || !tokens[end + 1]) break;
    const next = input.mentions.find((m) => m.phraseStart === end + 1);
    end = next ? next.phraseEnd : end + 2;
  }
  const moved = pieces.filter((p) => p.index >= second && p.index < end);
  const others = pieces.filter((p) => !(p.index >= second && p.index < end));
  return [...moved, ...others];
}

/** Does a comma stand right before token `index` in the original text? */
function commaBefore(input: TitleInput, index: number): boolean {
  return index > 0 && input.tokens[index].commaBefore;
}

/** Does the clause open with a participle phrase ("Speaking outside Downing Street, he said ...")? */
function participleOpening(input: TitleInput): boolean {
  const ending = input.cues.raw.participleEnding;
  const first = input.tokens[input.clause.from];
  return ending !== undefined && first !== undefined && first.capitalised && first.lower.length > ending.length + 2 && first.lower.endsWith(ending);
}

/**
 * Does token `i` open a participle aside with a time of its own on the noun phrase before it ("A review, announced
 * [in 2019], ...")? After an apposition it is the verb ("The index, the FTSE 100, dropped ...").
 */
function participleAside(input: TitleInput, i: number): boolean {
  const { tokens, cues } = input;
  if (!isParticipleAside(tokens[i], cues) || nounPhraseBefore(tokens, i, cues) < 0) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + MAX_ASIDE_WORDS) && !commaBefore(input, j); j++) if (isRemoved(input, j)) return true;
  return false;
}

/** Words a participle aside runs to at most. */
const MAX_ASIDE_WORDS = 12;

/** Does token `i` open a clause or a participle phrase that may be an aside (a subordinate, a condition, a relative)? */
function opensAside(input: TitleInput, i: number): boolean {
  const { tokens, cues } = input;
  return opensSubordinate(tokens, i, cues) || findCondition(tokens, i, Math.min(i + 2, tokens.length), cues) === i || cues.relativePronouns.holds(tokens[i]) || participleAside(input, i);
}

/**
 * Leave out what the clause's event can do without: a relative or subordinate clause between commas ("Mr. Price, who
 * runs a guesthouse, said ..." → "Mr. Price said ..."), and a closing speech frame once the title has a few words
 * (", zegt hij", ", the coastguard reported": the speaker is among the actors). A subordinate tail or a condition
 * stays: "The launch was moved because of problems with a ground station", "The council could offer compensation if
 * turnover falls sharply" (a clause with an event of its own is a record of its own and already left out).
 */
function leaveOutAsides(pieces: Piece[], input: TitleInput): Piece[] {
  const { tokens, cues } = input;
  let resumed = -1;
  for (let k = MIN_WORDS_BEFORE_CUT - 2; k < pieces.length; k++) {
    const i = pieces[k].index;
    // a relative clause between commas is left out, also one opened by a pronoun that is no cut ("Tata Steel, dat ...,")
    // or by a participle ("The company, founded in 1998, said ..."); only a word after a comma can open one
    if (commaBefore(input, i) && opensAside(input, i)) {
      const close = pieces.findIndex((p, j) => j > k && commaBefore(input, p.index));
      if (close > 0 && close - k <= 12) {
        pieces = [...pieces.slice(0, k), ...pieces.slice(close)];
        resumed = k;
        k--;
        continue;
      }
    }
    if (k < MIN_WORDS_BEFORE_CUT) continue;
    if (commaBefore(input, i) && k !== resumed && pieces.length - k <= MAX_SPEECH_TAIL) {
      // a short closing frame: ", zegt hij" / ", she told reporters" / ", the launch company Orbis announced today"
      const tail = pieces.slice(k);
      // after an opening participle phrase (", he said ..." after "Speaking outside Downing Street") it is the main clause
      const speech = !participleOpening(input) && tail.some((p) => cues.reporting.matchAt(tokens, p.index) > 0);
      // a comma inside the frame goes on to more, unless the frame ends in its verb (", the leader, Karen Doyle,
      // announced [on Thursday]") and opens with no conjunction (", but never in June, he said" holds a clause)
      const endsInVerb = cues.reporting.matchAt(tokens, tail[tail.length - 1].index) > 0 && cues.coordinators.matchAt(tokens, tail[0].index) === 0;
      const goesOn = tail.some((p, j) => (j > 0 && commaBefore(input, p.index) && !endsInVerb) || cues.complementizers.matchAt(tokens, p.index) > 0);
      // "The chief executive, Dave Lees, told the BBC ...": the comma closes a name set beside the subject
      const apposition = input.mentions.some((m) => m.phraseEnd === i && commaBefore(input, m.phraseStart));
      // what the frame closes is a statement with a verb: "Within one month of the special event, Apple announced
      // another event" opens with a phrase and the frame is the clause itself
      const statement = () => pieces.some((p, j) => j < k && p.index >= 0 && verbFormAt(tokens, p.index, cues) !== null);
      if (speech && !goesOn && !apposition && statement()) return pieces.slice(0, k);
    }
  }
  return pieces;
}

/**
 * Drop function words left dangling at the end: a complementizer when the complement became its own event
 * ("... bekendgemaakt dat"), an article or conjunction whose phrase was cut, and a preposition whose relative
 * clause was cut ("a short process, during [which ...]").
 */
function dropTrailingFunctionWords(pieces: Piece[], input: TitleInput): Piece[] {
  const { tokens, cues } = input;
  const dangles = (piece: Piece) => {
    const token = tokens[piece.index];
    if (!token) return false;
    if (cues.complementizers.matchAt(tokens, piece.index) > 0 || cues.coordinators.matchAt(tokens, piece.index) > 0) return true;
    // an article left before a removed or cut phrase; the sentence's last word is none ("klaar zijn", "saw her"),
    // nor one before a preposition or a closing mark, where it stands for a noun ("verkocht het [in 2022]", "never
    // like this," he said)
    if (cues.determiners.has(token.lower)) {
      const next = tokens[piece.index + 1];
      return next !== undefined && !cues.prepositions.has(next.lower) && !/[,;:"”’]/u.test(input.text.slice(token.end, next.start));
    }
    // only a preposition whose relative clause was cut ("during [which ...]"): "handed over" ends in a particle
    return cues.prepositions.has(token.lower) && cues.titleCuts.matchAt(tokens, piece.index + 1) > 0;
  };
  let end = pieces.length;
  while (end > 1 && dangles(pieces[end - 1])) end--;
  return end === pieces.length ? pieces : pieces.slice(0, end);
}

/**
 * What stands in for words left out before token `index`: a space, or a comma when the left-out words were a date
 * that a comma closed ("Speaking outside Downing Street [on Wednesday], he said ...").
 */
function gapBetween(input: TitleInput, previous: number, index: number): string {
  const { tokens, cues } = input;
  const before = tokens[index - 1];
  if (!before || !isRemoved(input, index - 1) || !input.text.slice(before.end, tokens[index].start).includes(',')) return ' ';
  // only a date and the words that went with it, not a relative clause ending in one ("Carter, who took office in 2022,")
  for (let k = previous + 1; k < index; k++) {
    if (!isRemoved(input, k) && !cues.prepositions.has(tokens[k].lower) && !cues.determiners.has(tokens[k].lower)) return ' ';
  }
  return ', ';
}

/** Is `text` between `from` and `to` one plain space? */
function isOneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 32;
}

function join(pieces: readonly Piece[], input: TitleInput): string {
  let out = '';
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    if (k > 0) {
      const previous = pieces[k - 1];
      const adjacent = piece.index === previous.index + 1;
      // most words are one plain space apart: nothing to tidy between them
      if (adjacent && isOneSpace(input.text, input.tokens[previous.index].end, input.tokens[piece.index].start)) {
        out += ' ';
        out += piece.text;
        continue;
      }
      // a sign glued to a word before left-out words stays with it: "by 0.9% [between April and June]"
      if (!adjacent) out += signAfter(previous, input);
      const between = adjacent ? input.text.slice(input.tokens[previous.index].end, input.tokens[piece.index].start).replace(QUOTES, '') : gapBetween(input, previous.index, piece.index);
      // glued punctuation stays glued ("Jan-Peter", "2.5", "4,000"), symbols keep their spacing ("about £12",
      // "de (NS) zei"); a clause's comma is followed by a space
      const clausal = /[,;:]/.test(between);
      const glued = /^\S+$/.test(between) && (!clausal || (between === ',' && /\d$/.test(previous.text) && /^\d/.test(piece.text)));
      out += between.trim() === '' ? ' ' : glued ? between : clausal ? `${between.trim()} ` : between.replace(/\s+/g, ' ');
    }
    out += piece.text;
  }
  // a sign glued to the last word belongs to it: "fell 12%"
  const last = pieces[pieces.length - 1];
  return last ? out + signAfter(last, input) : out;
}

/** The sign written right after a piece's word ("12%"), or "" (also for a piece standing for a name). */
function signAfter(piece: Piece, input: TitleInput): string {
  const token = input.tokens[piece.index];
  if (!token || token.text !== piece.text) return '';
  return GLUED_SIGN.exec(input.text.slice(token.end, token.end + 2))?.[0] ?? '';
}

/** Signs written against the number they follow. */
const GLUED_SIGN = /^[%‰°]/u;

/** Drop trailing characters of `chars` (a plain scan: a `[...]+$` regex would backtrack on long runs). */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** Does `text` hold a quotation mark or white space other than single plain spaces (what `finishTitle` replaces)? */
function needsTidying(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < text.length && isWhiteSpace(text.charCodeAt(i + 1))) return true;
    } else if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || isWhiteSpace(c)) return true;
  }
  return false;
}

/** Is the character white space as `\s` reads it? Any character outside ASCII goes to the regular expression. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE_SPACE.test(String.fromCharCode(c));
}
const WHITE_SPACE = /^\s$/;

/** Tidy: no quotes, no final punctuation, a capital first letter; the length is the clause's own. */
export function finishTitle(raw: string): string {
  // runs of white space become one space; a lone space is left alone (no new string when there is nothing to do)
  const tidy = needsTidying(raw) ? raw.replace(QUOTES, '').replace(MORE_THAN_A_SPACE, ' ') : raw;
  const title = trimEnd(tidy, ' ,;:.').trim();
  const first = title.charAt(0);
  const upper = first.toUpperCase();
  // most titles open with a capital already: no new string
  return upper === first ? title : upper + title.slice(1);
}

/** The speech act with its object: "Het leger kondigde een militaire oefening aan", "The army announced plans". */
function announcementTitle(input: TitleInput, to: number): string {
  const complement = input.complement!;
  const skip = new Set<number>(complement.particle !== undefined ? [complement.particle] : []);
  let pieces = piecesOf(input, input.clause.from, Math.min(to, complement.start), skip);
  const objectEnd = complement.marker ?? complement.start;
  const objectSkip = new Set<number>();
  if (complement.marker !== undefined && input.cues.particles.has(input.tokens[complement.marker - 1]?.lower ?? '')) objectSkip.add(complement.marker - 1);
  let object = piecesOf(input, complement.start, objectEnd, objectSkip);
  if (!input.cues.particles.size && complement.marker !== undefined) object = piecesOf(input, complement.start, complement.marker);
  // what a decision decided is its plan's, told in the plan's own record ("Het college heeft besloten", "Het college
  // sluit het zwembad")
  if (complement.decision) object = [];
  if (object.length === 0) return generalTitle(input);
  if (complement.particle !== undefined) object.push({ index: complement.particle, text: input.tokens[complement.particle].text });
  pieces = resolveOffices(dropConnectors(pieces, input), input.mentions);
  pieces = subjectFirst(pieces, input);
  return finishTitle(`${join(pieces, input)} ${join(object, input)}`);
}

/** The announced plan, with the announcer as subject: "Het leger begint een militaire oefening bij de grens". */
/**
 * Words a subject without a name may have before the announcement verb to open a plan's title, with no comma
 * ("Officials from the People's Republic of China have agreed to purchase ...").
 */
const MAX_BARE_PLAN_SUBJECT = 8;

function planTitle(input: TitleInput): string {
  const complement = input.complement!;
  // the doer before the verb, else (verb-second: "Gisteren kondigde het leger aan") one after it, not the party to an
  // agreement named after its noun ("has signed a contract with the Defense Ministry to supply")
  const actors = input.mentions.filter((m) => m.role === 'actor' && m.phraseStart < complement.start);
  const subject = actors.find((m) => m.phraseStart < complement.verb) ?? (complement.decision ? undefined : actors[0]);
  // no name before the verb: its short subject as written ("The council decided ..." → "The council to close the pool")
  // (without the auxiliaries before the verb: "The national government has promised" → "The national government to pay")
  let bareEnd = complement.verb;
  while (bareEnd > 0 && input.cues.auxiliaries.has(input.tokens[bareEnd - 1].lower)) bareEnd--;
  const bare = !subject && bareEnd > 0 && bareEnd <= MAX_BARE_PLAN_SUBJECT && !input.tokens.slice(1, bareEnd).some((t) => t.commaBefore) ? join(piecesOf(input, 0, bareEnd), input) : '';
  const subjectText = subject ? (subject.resolved ? subject.name : join(piecesOf(input, subject.phraseStart, subject.phraseEnd), input)) : bare;
  const finite = input.cues.raw.presentSingular;
  const marker = complement.marker;
  if (!finite || marker === undefined || marker + 1 >= input.clause.to) {
    return finishTitle(`${subjectText} ${join(piecesOf(input, input.clause.from, input.clause.to), input)}`);
  }
  const particle = input.cues.particles.has(input.tokens[marker - 1]?.lower ?? '') ? marker - 1 : -1;
  const object = piecesOf(input, input.clause.from, particle >= 0 ? particle : marker);
  const verb = finite(input.tokens[marker + 1].text);
  const rest = piecesOf(input, marker + 2, input.clause.to);
  const parts = [subjectText, verb, join(object, input), particle >= 0 ? input.tokens[particle].text : '', join(leaveOutAsides(rest, input), input)];
  return finishTitle(parts.filter((p) => p !== '').join(' '));
}

/** End (exclusive) of the subject phrase opening a clause at `first`, or undefined when there is no clear one. */
function subjectEnd(input: TitleInput, first: number): number | undefined {
  const { tokens, cues, clause } = input;
  // a phrase may reach back over the complementizer ("dat de NS"): any mention covering the first word
  const mention = input.mentions.find((m) => m.phraseStart <= first && first < m.phraseEnd);
  let end: number;
  if (mention) end = mention.phraseEnd;
  else if (cues.determiners.has(tokens[first].lower) && first + 1 < clause.to && !tokens[first + 1].capitalised) {
    // article, adjectives ("hele", "nieuwe"), noun
    end = first + 2;
    const nounEnding = (word: string) => (cues.raw.nounEndingsLikeAdjectives ?? []).some((ending) => word.endsWith(ending));
    while (end < clause.to && /e$/.test(tokens[end - 1].lower) && !nounEnding(tokens[end - 1].lower) && !tokens[end].capitalised && end - first < 4 && !cues.prepositions.has(tokens[end].lower) && !cues.determiners.has(tokens[end].lower) && !cues.stopwords.has(tokens[end].lower) && !isAuxiliaryWord(tokens[end].lower, cues)) end++;
  } else return undefined;
  // a named complement: "het personeel van de NS"
  const attached = tokens[end] && cues.prepositions.has(tokens[end].lower) ? input.mentions.find((m) => m.phraseStart <= end + 1 && end + 1 < m.phraseEnd) : undefined;
  if (attached) end = attached.phraseEnd;
  return end;
}

/**
 * Main-clause order for a verb-final content clause (Dutch "..., dat het personeel de hele dag het werk neerlegt"):
 * the finite verb goes right after the subject, a separable particle to the end ("Het personeel van de NS legt de
 * hele dag het werk neer"); of a verb cluster the finite auxiliary goes second and the rest stays at the end ("dat de
 * reizigers via de app worden geïnformeerd" → "De reizigers worden via de app geïnformeerd", "dat de provincie extra
 * geld kan vrijmaken als ..." → "De provincie kan extra geld vrijmaken als ..."). A subordinate clause or a comma
 * after the verb stays where it is, after it. Only for languages with verb-final subordinate clauses (those with
 * `presentSingular`), and only when it is safe: the subject is a named or article phrase or a pronoun, the verb a
 * finite form (one in -t that is not a participle, a past, or an auxiliary of a cluster), and no second clause stands
 * between them. Otherwise the clause keeps its own order.
 */
function mainClauseOrder(pieces: Piece[], input: TitleInput): Piece[] {
  const { tokens, cues, clause } = input;
  if (!cues.raw.presentSingular || pieces.length < 2 || clause.from < 1) return pieces;
  // after "dat", or after a subordinating opener whose clause is a record of its own ("omdat het te duur was")
  const opensContent = clause.role === 'content' && cues.complementizers.matchAt(tokens, clause.from - 1) > 0;
  if (!opensContent && !(clause.role === 'coordinate' && cues.clauseOpeners.matchAt(tokens, clause.from - 1) > 0)) return pieces;
  if (pieces[0].index !== clause.from) return pieces;
  const pronoun = cues.speakerPronouns.has(tokens[clause.from].lower) || (!opensContent && cues.subjectPronouns.has(tokens[clause.from].lower));
  const end = subjectEnd(input, clause.from) ?? (pronoun ? clause.from + 1 : undefined);
  if (end === undefined) return pieces;
  // the content's own words end where a comma or a subordinate clause comes ("... begint als dat is wat het volk wil")
  let bodyEnd = pieces.findIndex((p) => p.index >= end && (commaBefore(input, p.index) || opensSubordinate(tokens, p.index, cues, clause.to) || opensConditionOrTime(tokens, p.index, cues)));
  if (bodyEnd < 0) bodyEnd = pieces.length;
  const subject = pieces.filter((p) => p.index < end);
  const body = pieces.slice(subject.length, bodyEnd);
  const tail = pieces.slice(bodyEnd);
  return verbSecond(subject, body, tail, input) ?? pieces;
}

/**
 * The subject, then the finite verb of the verb cluster closing `body`, then the rest (see {@link mainClauseOrder}):
 * undefined where the order cannot safely be made a main clause's.
 */
function verbSecond(subject: readonly Piece[], body: Piece[], tail: readonly Piece[], input: TitleInput): Piece[] | undefined {
  const { tokens, cues } = input;
  const cluster = verbCluster(body, input);
  if (cluster.length === 0) return undefined;
  const middle = body.slice(0, body.length - cluster.length);
  // no second clause in the middle ("dat de bonden dat niet wilden bespreken": a pronoun "dat" is none), and no
  // subject that goes on after a conjunction ("de dijk tussen Tiel en Zaltbommel"): left as it is
  if (middle.some((p) => opensClause(tokens, p.index, cues)) || (middle.length > 0 && cues.coordinators.matchAt(tokens, middle[0].index) > 0)) return undefined;
  if (cluster.length > 1) {
    // the finite verb of a cluster is its auxiliary ("worden geïnformeerd", "geïnformeerd zijn", "kan vrijmaken")
    const finite = cluster.find((p) => isAuxiliaryWord(tokens[p.index].lower, cues));
    if (!finite) return undefined;
    return [...subject, finite, ...middle, ...cluster.filter((p) => p !== finite), ...tail];
  }
  const verb = tokens[cluster[0].index];
  const particle = [...cues.particles].filter((q) => verb.lower.startsWith(q) && verb.lower.length - q.length >= 3).sort((a, b) => b.length - a.length)[0];
  const stem = particle ? verb.lower.slice(particle.length) : verb.lower;
  // nothing between subject and verb: the order is the main clause's already, unless the particle comes off ("de wet ingaat")
  if (middle.length === 0 && !particle) return undefined;
  // a present in the singular ending (Dutch -t); such forms with a participle prefix may be participles ("gemaakt",
  // "verwacht"), left alone where an auxiliary stands in the clause ("dat het is besproken en gemaakt"): without one a
  // lone verb is finite ("dat hij met hervormingen begint")
  const prefixes = cues.raw.verbForms?.participlePrefixes ?? [];
  const participleLike = prefixes.some((prefix) => stem.startsWith(prefix)) && body.some((p) => p.index >= 0 && isAuxiliaryWord(tokens[p.index].lower, cues));
  const present = isPresentSingular(verb.text, cues) && !participleLike;
  const finite = present || isAuxiliaryWord(verb.lower, cues) || (verbFormAt(tokens, cluster[0].index, cues) === 'finite' && !particle);
  if (!finite || cues.stopwords.has(verb.lower) && !isAuxiliaryWord(verb.lower, cues)) return undefined;
  const moved: Piece[] = [...subject, particle && present ? { index: -1, text: stem } : cluster[0], ...middle];
  if (particle && present) moved.push({ index: -1, text: particle });
  return [...moved, ...tail];
}

/** A lower-case word in the language's present-singular ending ("begint", "treedt"; Dutch `t`). */
function isPresentSingular(text: string, cues: TitleInput['cues']): boolean {
  const ending = cues.raw.presentSingularEnding;
  return ending !== undefined && text.length > ending.length && text.endsWith(ending) && /^\p{Ll}+$/u.test(text);
}

/** Words a saying's verb may stand before its content ("warned for years that", "zei gisteren tijdens een debat dat"). */
const SAYING_REACH = 5;

/** Verbs a verb cluster at a Dutch clause's end holds at most ("zou kunnen worden"). */
const MAX_CLUSTER = 3;

/**
 * The verbs closing a verb-final clause's words: auxiliaries, participles, finite forms and, beside an auxiliary,
 * infinitives ("kan vrijmaken", "wilden bespreken", "zijn geïnformeerd"). Empty when the words do not end in a verb.
 */
function verbCluster(body: readonly Piece[], input: TitleInput): Piece[] {
  const { tokens, cues } = input;
  const infinitiveEnding = cues.raw.verbForms?.infinitiveEnding;
  const cluster: Piece[] = [];
  for (let k = body.length - 1; k >= 0 && cluster.length < MAX_CLUSTER; k--) {
    const piece = body[k];
    const token = tokens[piece.index];
    if (piece.index < 0 || token.capitalised) break;
    const form = verbFormAt(tokens, piece.index, cues);
    const auxiliary = isAuxiliaryWord(token.lower, cues);
    const last = k === body.length - 1;
    // an infinitive only in a cluster with an auxiliary ("kan vrijmaken"): alone, an "-en" word may be a noun
    const infinitive = infinitiveEnding !== undefined && token.lower.endsWith(infinitiveEnding) && (cluster.some((p) => isAuxiliaryWord(tokens[p.index].lower, cues)) || (k > 0 && isAuxiliaryWord(tokens[body[k - 1].index].lower, cues)));
    const verb = auxiliary || form === 'participle' || infinitive || (last && (form === 'finite' || isPresentSingular(token.text, cues)));
    if (!verb || cues.prepositions.has(token.lower) || cues.determiners.has(token.lower) && !auxiliary) break;
    cluster.unshift(piece);
  }
  // a cluster of several verbs holds an auxiliary; a single word is checked by the caller
  return cluster.length > 1 && !cluster.some((p) => isAuxiliaryWord(tokens[p.index].lower, cues)) ? cluster.slice(-1) : cluster;
}

/** Does a word open a clause of its own: a complementizer before a subject ("dat de", "dat hij"), not a pronoun "dat"? */
function opensClause(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  if (cues.complementizers.matchAt(tokens, k) === 0) return false;
  const next = tokens[k + 1];
  return next !== undefined && (cues.determiners.has(next.lower) || cues.conditionSubjects.has(next.lower) || cues.speakerPronouns.has(next.lower));
}

/** A condition or time clause's opener after the verb ("als", "wanneer"): the clause's own words end there. */
function opensConditionOrTime(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  return findCondition(tokens, k, Math.min(tokens.length, k + 2), cues) === k || cues.clauseOpeners.matchAt(tokens, k) > 0;
}

/** The clause's own words, tidied. */
function generalTitle(input: TitleInput): string {
  const { clause } = input;
  let pieces = piecesOf(input, clause.from, clause.to);
  pieces = resolveOffices(dropConnectors(pieces, input), input.mentions);
  pieces = dropTrailingFunctionWords(leaveOutAsides(subjectFirst(pieces, input), input), input);
  pieces = mainClauseOrder(pieces, input);
  let title = finishTitle(join(pieces, input));
  // the second of two joined clauses may share the first one's subject: ", and stopped on Tuesday"
  const first = pieces[0] && input.tokens[pieces[0].index];
  // only after a conjunction: a clause set beside another with a comma alone starts with its own time and subject
  const afterConjunction = clause.from > 0 && input.cues.coordinators.matchAt(input.tokens, clause.from - 1) > 0;
  // (not before an adverb and verb of its own where the verb comes second: "maar daarna komt er een nieuwe subsidie")
  const ownInverted = first !== undefined && input.cues.raw.verbSecond === true && input.cues.adverbsAfterConjunction.has(first.lower);
  if (clause.role === 'coordinate' && afterConjunction && first && !ownInverted && !first.capitalised && !input.cues.determiners.has(first.lower) && !input.cues.stopwords.has(first.lower)) {
    const subject = input.mentions.find((m) => m.role === 'actor' && m.phraseStart < clause.from);
    if (subject) return finishTitle(`${subject.name} ${join(pieces, input)}`);
  }
  // a subject that names no one, when the clause and its title open right on its verb, an auxiliary or a present
  // before an infinitive's marker: "De bouw begint volgend voorjaar en moet ...", "The company cut ... and plans to
  // close ..." (not a title a name was moved to the front of, nor where a name stands before: its own rules name it)
  if (clause.role === 'coordinate' && afterConjunction && first && opensOnVerb(input.tokens, clause.from, input.cues) && title.split(' ', 1)[0].toLowerCase() === input.tokens[clause.from].lower && !input.mentions.some((m) => m.phraseStart < clause.from)) {
    const noun = nounSubjectAt(input.text, input.tokens, 0, clause.from - 1, undefined, input.cues, (k) => isRemoved(input, k));
    if (noun) title = finishTitle(`${noun} ${title.charAt(0).toLowerCase()}${title.slice(1)}`);
  }
  return title === '' ? finishTitle(input.text.slice(input.tokens[clause.from]?.start ?? 0, input.tokens[clause.to - 1]?.end ?? 0)) : title;
}

/**
 * A relative clause's title: its antecedent, then the clause after the pronoun ("Aurora-1 has been in orbit"); in a
 * language whose subordinate clauses end in their verb, with the pronoun ("Tata Steel, dat verlies leed").
 */
function relativeTitle(input: TitleInput): string {
  const { clause, cues } = input;
  const antecedent = input.mentions.find((m) => m.phraseEnd === clause.from);
  // a reduced clause keeps its opening words after its noun ("Apple's Mac OS X Lion operating system to be released")
  const reduced = cues.reducedClauses.matchAt(input.tokens, clause.from, clause.to) > 0;
  // a named antecedent by its name, an unnamed one by its noun phrase ("De man, die in 2020 werd ontslagen")
  // (a participle right after its noun, no comma between, names it by the words before: "plans announced in January")
  const bare = !reduced && !commaBefore(input, clause.from) && isParticipleAside(input.tokens[clause.from], cues);
  const phrase = reduced ? contentPhraseBefore(input.tokens, clause.from, cues) : bare ? nounBefore(input.tokens, clause.from, cues) : nounPhraseBefore(input.tokens, clause.from, cues);
  const unnamed = phrase < 0 ? undefined
    : reduced || bare ? input.text.slice(input.tokens[phrase].start, input.tokens[clause.from - 1].end)
    : input.tokens.slice(phrase, clause.from).map((t) => t.text).join(' ');
  const name = antecedent?.name ?? unnamed ?? input.tokens[clause.from].text;
  // a participle aside keeps its participle, after the auxiliary the passive needs ("A review was announced")
  const participle = !reduced && isParticipleAside(input.tokens[clause.from], cues);
  const pieces = dropTrailingFunctionWords(leaveOutAsides(piecesOf(input, participle || reduced ? clause.from : clause.from + 1, clause.to), input), input);
  const auxiliary = cues.raw.participleAsides?.auxiliary;
  const plural = /s$/.test(name) && !/ss$/.test(name);
  // where the verb ends the clause, the antecedent opens it as the subject of a main clause's order ("Het zwembad,
  // dat in 1970 werd gebouwd" → "Het zwembad werd gebouwd"); where that is not safe, with its pronoun
  const verbFinal = cues.raw.verbFinalSubordinates === true && !reduced && !participle;
  const ordered = verbFinal ? verbSecond([], pieces, [], input) ?? (verbCluster(pieces, input).length === pieces.length ? pieces : undefined) : undefined;
  if (ordered && ordered.length > 0) return finishTitle(`${name} ${join(ordered, input)}`);
  const opening = participle && auxiliary ? `${name} ${auxiliary[plural ? 1 : 0]}` : verbFinal ? `${name}, ${input.tokens[clause.from].lower}` : name;
  return finishTitle(`${opening} ${join(pieces, input)}`);
}

/**
 * First token of the noun phrase ending right before a participle that hangs on it ("[existing turnaround plans]
 * announced in January", "[a rare press conference] held by Apple"): its noun, however it looks, then content words
 * back to an article (included), a function word or a verb; -1 when none.
 */
function nounBefore(tokens: readonly Token[], end: number, cues: CompiledCues): number {
  let start = end - 1;
  if (start < 0) return -1;
  while (start > 0 && end - start < MAX_PHRASE_WORDS) {
    const token = tokens[start - 1];
    if (cues.determiners.has(token.lower)) return start - 1;
    if (cues.stopwords.has(token.lower) || cues.prepositions.has(token.lower) || verbFormAt(tokens, start - 1, cues) !== null) break;
    start--;
  }
  return start;
}

/** Words a phrase before a reduced clause holds at most ("Apple's forthcoming Mac OS X Lion operating system"). */
const MAX_PHRASE_WORDS = 8;

/**
 * First token of the words before `end` back to a preposition, verb or function word, an article included ("a
 * preview of [Apple's forthcoming Mac OS X Lion operating system]"), or -1.
 */
function contentPhraseBefore(tokens: readonly Token[], end: number, cues: CompiledCues): number {
  let start = end;
  while (start > 0 && end - start < MAX_PHRASE_WORDS) {
    const token = tokens[start - 1];
    if (cues.determiners.has(token.lower)) return start - 1;
    // a participle or progressive inside the phrase is an adjective ("operating system")
    const form = verbFormAt(tokens, start - 1, cues);
    if (cues.stopwords.has(token.lower) || cues.prepositions.has(token.lower) || form === 'finite' || form === 'auxiliary') break;
    start--;
  }
  return start < end ? start : -1;
}

/** The title of one clause. */
export function makeTitle(input: TitleInput): string {
  const { clause, complement } = input;
  if (clause.role === 'relative') return relativeTitle(input);
  if (clause.role === 'content' && complement?.plan) return planTitle(input);
  // the speech act of a sentence split in two; one record of a speech act and its plan keeps both ("Het kabinet
  // heeft besloten de belasting te verhogen", "The army announced plans to hold an exercise")
  if (complement?.plan && clause.role === 'frame') return announcementTitle(input, clause.to);
  if (clause.role === 'frame' && complement && complement.frameFrom === undefined && input.cues.raw.sayingTitleBrief) return sayingTitle(input, complement);
  return generalTitle(input);
}

/**
 * The title of a saying split from its content, told before it ("Loekasjenko beweert dat hij ..."): the saying
 * alone names no content ("Loekasjenko beweert"), so what was said follows in brief, its own words up to a comma or
 * a clause of its own, in their own order ("Loekasjenko beweert dat hij met hervormingen begint"); its time
 * expressions stay out, as in every title. Only where the frame ends in its saying ("beweert dat", "zegt vandaag
 * dat"): a frame that tells more ("zei dat de fout klein was, maar dat ...") names content of its own.
 */
function sayingTitle(input: TitleInput, complement: Complement): string {
  const saying = generalTitle(input);
  const { tokens, cues } = input;
  const frameEnd = complement.start > 0 && cues.complementizers.matchAt(tokens, complement.start - 1) > 0 ? complement.start - 1 : complement.start;
  const verb = cues.reporting.find(tokens, Math.max(input.clause.from, frameEnd - SAYING_REACH), frameEnd) ?? cues.attribution.find(tokens, Math.max(input.clause.from, frameEnd - SAYING_REACH), frameEnd);
  if (verb === undefined) return saying;
  const last = Math.min(complement.end ?? tokens.length, tokens.length);
  let end = complement.start + 1;
  // up to a comma, a clause of its own, a condition or a second content ("en dat de sporthal ...")
  const secondContent = (k: number) => cues.coordinators.matchAt(tokens, k) > 0 && cues.complementizers.matchAt(tokens, k + 1) > 0;
  while (end < last && !commaBefore(input, end) && !opensSubordinate(tokens, end, cues) && findCondition(tokens, end, Math.min(end + 2, tokens.length), cues) !== end && !secondContent(end)) end++;
  const brief = dropTrailingFunctionWords(piecesOf(input, complement.start, end), input);
  if (brief.length === 0) return saying;
  const marker = complement.start > 0 && cues.complementizers.matchAt(tokens, complement.start - 1) > 0 ? `${tokens[complement.start - 1].text} ` : '';
  const first = tokens[brief[0].index];
  const text = join(brief, input);
  // the content's first word goes on in the saying's sentence: lower case, unless a name
  const opening = first.capitalised && !input.mentions.some((m) => m.phraseStart === brief[0].index) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  return finishTitle(`${saying} ${marker}${opening}`);
}
