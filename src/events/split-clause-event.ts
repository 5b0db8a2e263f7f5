/**
 * A clause split off a record's clause ("..., but will fly in RAF livery", "..., which ended in 2006") as a record of
 * its own: its own trigger, time, kind and participants, with what it shares of its host's.
 */
import type { EventRecord } from '../types.js';
import type { Clause } from './clauses.js';
import { orderedDate } from './clause-order.js';
import { clauseTimex, dateOf, datesAgainstTense, pastLeads, reachesDocument } from './clause-date.js';
import { isFactBesidePlan, leansOn } from './clause-kind.js';
import { opensQuote } from './clauses.js';
import { isAfterDocument, type Windowed } from './dating.js';
import { namesOf, type Mention } from './entities.js';
import { closingPresent, type EventClause } from './event-clauses.js';
import { decideKind, kindScope, type KindContext } from './kind.js';
import { eventId, sourceOf, titledTrigger } from './record-source.js';
import type { Produced, SentenceContext } from './sentence-context.js';
import type { SentenceFacts } from './sentence-facts.js';
import { sharesAuxiliary, speechTenseOf, timeAdverbOf, type ClauseTense } from './tense.js';
import { finishTitle, makeTitle } from './title.js';
import { titleOmissions } from './title-omissions.js';
import { maskRanges, withWordsOf } from './token-masks.js';
import { nounSubjectAt } from './noun-subject.js';
import type { Token } from './tokens.js';
import type { CompiledCues } from './compiled-cues.js';
import { findTrigger, verbFormAt } from './triggers.js';

/** What a clause split off a record's clause takes from that record. */
export interface HostClause {
  record: EventRecord;
  /** First token of the host clause, and its end (exclusive). */
  from: number;
  to: number;
  /** The host's first actor outside the clauses split off it: the subject a clause without its own shares. */
  subject: Mention | undefined;
  /** Token index of the host's trigger. */
  trigger: number | undefined;
  timex: Windowed | undefined;
  tense: ClauseTense | undefined;
  kindContext: KindContext;
  kindTokens: Token[];
  /** The sentence's cue tokens before the host blanked its asides: a clause split off an aside reads its own words. */
  sentenceKindTokens: Token[];
  removed: ReadonlyArray<readonly [number, number]>;
}

/**
 * The record of a clause split off a record's clause ("..., but will fly in RAF livery"). Its time is its own
 * expression, else (not for a subordinate clause, which may lie before or after) its host's when that comes from the text ("Boeing challenged the award in March,
 * claiming ...": March too); where the host is dated by tense alone, its own tense places it. Its kind is decided
 * on its own words; a clause hanging on a plan, guess or condition with no cue of its own shares that kind ("will
 * be replaced before the tour commenced"). Its actors are its own, or its host's first when it shares the subject.
 */
export function clauseEvent(context: SentenceContext, facts: SentenceFacts, own: EventClause, host: HostClause, datesNothing: (t: Windowed) => boolean): Produced {
  const { article, sentence, tokens, cues } = context;
  const start = tokens[own.from].start;
  const end = tokens[own.to - 1].end;
  // "will come with the software, which will be available next week": the host leaves the aside's words out; beside
  // a plan or a guess the aside reads them, to tell whether it shares it ("..., which did not explicitly bar ...,
  // could be to Apple's advantage": a denial of its own)
  const kindTokens = host.record.kind === 'planned' || host.record.kind === 'speculative' ? withWordsOf(host.kindTokens, host.sentenceKindTokens, own.from, own.to) : host.kindTokens;
  // "are selected and purchased by the government": the host's auxiliary tells the joined participle's tense too
  const sharedAuxiliary = own.link === 'coordinate' && own.sharesSubject && own.from + 1 === own.body && sharesAuxiliary(tokens, own.from, own.body, cues);
  // its tense is read in its own words, which its host may have left out as an aside ("Japan, which accounts for 7%
  // of world output, has entered a recession": accounts, a present)
  const tenseTokens = withWordsOf(kindTokens, host.sentenceKindTokens, own.from, own.to);
  const ownTense = sharedAuxiliary ? undefined : speechTenseOf(article.text, tenseTokens, own.body, own.to, cues, tenseTokens, false) ?? presentByPlace(own, tokens, cues);
  // a noun phrase has no tense: its own time places it, not its host's tense ("will cut jobs after a loss last year")
  const tense = own.eventNoun ? ownTense : ownTense ?? host.tense;
  const datesOther = (t: Windowed) => datesNothing(t) || datesAgainstTense(context, t, tense, { from: own.body, to: own.to });
  const timex = clauseTimex(article.text, facts.windowed, context.timexes, facts.documentDays, start, end, undefined, cues, datesOther);
  const hostFromText = host.record.date.source !== 'tense' && host.record.date.source !== 'document-date';
  // a subordinate clause ("nadat de raad had ingestemd", "because ...") may lie before or after its host: its own tense places it
  const adverb = timeAdverbOf(kindTokens, own.body, own.to, cues);
  // a fact told beside a plan or a guess is no part of it: a relative clause on a thing the plan names ("AirTanker,
  // who retains leasing rights"), a clause of reason or contrast ("as improving air safety is our top priority", "the
  // loss could swell further as it pays pensions"); its verb (a present where no tense is read: "retains", "come")
  // places it. One of time or purpose shares the plan ("will step down when the proceedings are finalized"), and so
  // does one with a future or modal of its own.
  const factBesidePlan = (host.record.kind === 'planned' || host.record.kind === 'speculative') && isFactBesidePlan(own, ownTense, tokens, cues);
  // a clause of time under a plan happens with it ("will step down when the proceedings are finalized"): its date
  const withPlan = host.record.kind === 'planned' && own.link === 'subordinate' && !factBesidePlan && !timex;
  // "comes a day after Chrysler released its list": the host's date moved by the stretch, when the text gives one
  const ordered = timex ? undefined : orderedDate(article.text, tokens, context.timexes, own, host.record.date, cues);
  // a saying split from its content, and the content, are dated by their own tense, not by their host's time, which
  // may be what the host said ("Ford has said that it posted a profit in the third quarter, and predicted that ...":
  // predicted before the article)
  // a cause with no time of its own, split off a plan, a guess or a denial, holds at the article's date ("will give
  // owners a free case in response to mounting concerns": the concerns are there now)
  const causeDate = own.cause && !timex ? dateOf(context, undefined, undefined, undefined, 'present', adverb) : undefined;
  const date = causeDate ? causeDate : ordered ? ordered.date : own.saying !== undefined && !timex ? dateOf(context, undefined, undefined, undefined, tense, adverb) : factBesidePlan && !timex
    ? dateOf(context, undefined, undefined, undefined, ownTense ?? 'present', adverb)
    : !withPlan && (timex || !hostFromText || own.link === 'subordinate') ? dateOf(context, timex, undefined, undefined, tense, adverb, pastLeads(context, { from: own.body, to: own.to }, timex, kindTokens, kindTokens)) : { ...host.record.date };
  // the kind reads the clause's own words: kindScope makes the clause holding the trigger the scope
  const scope = kindScope(article.text, kindTokens, host.from, host.to, cues, own.trigger.index);
  const kindFrom = own.link === 'subordinate' ? own.from : own.body;
  // a saying's verb of expecting hedges what it frames, not the saying ("..., and predicted that ...": made)
  const ownTokens = own.hedge && !own.content ? maskRanges(scope.tokens, [own.hedge]) : scope.tokens;
  let kind = decideKind(ownTokens, kindFrom, own.to, cues, {
    ...host.kindContext,
    planComplement: false,
    speechAct: false,
    sentenceInitial: false,
    condition: scope.condition,
    futureDate: date.source !== 'tense' && isAfterDocument(date, article.documentDate),
    // what a noun of saying or fearing frames is someone's words ("complaints that it had not fixed the flaw")
    reportedContent: host.kindContext.reportedContent || own.noun === true,
  });
  // a dated event before its host's happened, whatever its host plans or guesses ("will cut jobs after a loss last year")
  if (own.eventNoun) kind = kind === 'planned' ? 'occurred' : kind;
  else if (own.link !== 'coordinate' && leansOn(host.record.kind, own, ownTense) && !factBesidePlan && (kind === 'occurred' || kind === 'reported')) kind = host.record.kind;
  if (own.content && own.hedge && (kind === 'planned' || kind === 'occurred' || kind === 'reported')) kind = 'speculative';
  // a saying split from its content was said ("General Motors saying"); a prediction was made, as a frame's is
  if (own.saying === 'verb' && !own.hedge && kind === 'occurred') kind = 'reported';
  const mentions = context.mentions.filter((m) => m.phraseStart >= own.body && m.phraseStart < own.to);
  // a clause without a subject of its own is done by its host's subject ("Boeing challenged ..., claiming ..."), a
  // relative clause by its antecedent ("AirTanker, who retains ..."); its own names take part too
  const doer = own.link === 'relative' ? namesOf(context.mentions.filter((m) => m.phraseEnd === own.from), 'actor') : own.sharesSubject ? namesOf(host.subject ? [host.subject] : [], 'actor') : [];
  // then the sentence's others, as its host lists them: the speaker of a quotation, a pronoun's name
  const actors = [...new Set([...doer, ...namesOf(mentions, 'actor'), ...host.record.actors])];
  const removed: Array<readonly [number, number]> = [...host.removed];
  if (timex) removed.push([timex.start, timex.end]);
  const role = own.link === 'relative' ? 'relative' : own.content ? 'content' : 'coordinate';
  const clause: Clause = { from: own.link === 'relative' ? own.from : own.body, to: own.to, role, planComplement: false };
  const omitted = titleOmissions(article.text, tokens, context.mentions, cues, own.body, own.to, own.trigger);
  let title = makeTitle({ text: article.text, tokens, clause, complement: undefined, mentions: context.mentions, removed, cues, omitted, removedIndex: undefined });
  // a participle or "after winning" has no subject of its own: its host's first actor does it
  // the subject before the host's verb ("De NAVO heeft dat ontkend en zegt ..." → "De NAVO zegt ...")
  const subject = host.subject && host.trigger !== undefined && host.subject.phraseStart < host.trigger ? host.subject : undefined;
  const subjectName = subject ? subjectPhrase(article.text, tokens, subject, host.trigger!, cues) : own.sharesSubject && own.link === 'coordinate' ? nounSubject(article.text, tokens, title, own, host, facts, cues) : undefined;
  if (own.sharesSubject && subjectName && !title.startsWith(subjectName) && !title.toLowerCase().startsWith(subjectName.toLowerCase())) title = finishTitle(`${subjectName} ${title.charAt(0).toLowerCase()}${title.slice(1)}`);
  const record: EventRecord = {
    id: eventId(context, { ...clause, role: 'coordinate', from: own.from }, timex),
    title,
    language: article.language.code,
    sentence: sentence.text,
    kind,
    date,
    actors,
    places: [...new Set([...namesOf(mentions, 'place'), ...host.record.places])],
    source: sourceOf(article, sentence, timex, tokens[titledTrigger(title, tokens, own.body, own.to, cues, facts.inTime, own.trigger)!.index]),
    relations: ordered ? [{ ...ordered.relation, target: host.record.id }] : [],
  };
  // a date moved from a host dated by its tense alone is no time of the clause's own
  const dated = ordered ? host.record.date.source !== 'document-date' && host.record.date.source !== 'tense' : date.source !== 'document-date' && date.source !== 'tense';
  const lasting = date.certainty !== 'within' && date.earliest !== date.latest;
  const background = reachesDocument(date, article.documentDate);
  return { record, sentenceIndex: context.index, sentenceText: sentence.text, speech: false, speechDate: date, dated, lasting, background };
}

/**
 * A relative or subordinate clause's verb known by its place, in no past form the tense rules read: right after the
 * pronoun ("..., which accounts for 7% of world output, ...") or, where the verb ends the clause, a present singular
 * closing it ("..., dat al jaren verlies lijdt", "doordat de vraag sterk daalt"): a present, not its host's tense.
 */
function presentByPlace(own: EventClause, tokens: readonly Token[], cues: CompiledCues): ClauseTense | undefined {
  if (own.trigger.form !== 'finite') return undefined;
  if (own.link === 'relative' && own.trigger.index === own.body) return 'present';
  // a name and a present singular after a colon ("...: Spotlight integrates search")
  if (own.link === 'coordinate' && own.trigger.index === own.body + 1 && tokens[own.body].capitalised && presentSingularForm(tokens[own.trigger.index], cues)) return 'present';
  if (own.link !== 'relative' && own.link !== 'subordinate') return undefined;
  return cues.raw.verbFinalSubordinates === true && own.trigger.index === own.to - 1 && closingPresent(tokens, own.trigger.index, cues) ? 'present' : undefined;
}

/** A lower-case word in the language's present-singular ending, long enough to carry a stem ("integrates"). */
function presentSingularForm(token: Token, cues: CompiledCues): boolean {
  const ending = cues.raw.presentSingularEnding;
  return ending !== undefined && !token.capitalised && token.lower.length > ending.length + 2 && token.lower.endsWith(ending) && !cues.stopwords.has(token.lower);
}

/** Words into a clause split off its saying verb may stand ("saying", "and merely saying"). */
const SAYING_REACH = 3;
/** Words between a saying verb and its "that" ("saying to reporters that" is beyond: "said in a statement that"). */
const THAT_REACH = 2;

/**
 * The records of a clause split off a record's clause: one, or two where it is a saying whose content tells a kind
 * of its own, as a sentence's saying and content are ("..., saying that it plans to fire 3,000 employees": the saying
 * reported, the firing planned; "..., and predicted that it would be solidly profitable by 2011": the prediction
 * made, the profit a guess by 2011).
 */
export function clauseEvents(context: SentenceContext, facts: SentenceFacts, own: EventClause, host: HostClause, datesNothing: (t: Windowed) => boolean): Produced[] {
  // a saying with no one to say it is no title ("Saying"): where the clause shares a subject, its host names one
  const sayer = !own.sharesSubject || (host.subject !== undefined && host.trigger !== undefined && host.subject.phraseStart < host.trigger);
  const parts = own.content || !sayer ? undefined : sayingParts(context, facts, own);
  if (parts) {
    const content = clauseEvent(context, facts, parts.content, host, datesNothing);
    const kind = content.record.kind;
    if (kind !== 'occurred' && kind !== 'reported') return [clauseEvent(context, facts, parts.saying, host, datesNothing), content];
  }
  return [clauseEvent(context, facts, own, host, datesNothing)];
}

/** A split clause's saying verb near its start and its "that" content, as two clauses; undefined when it holds none. */
function sayingParts(context: SentenceContext, facts: SentenceFacts, own: EventClause): { saying: EventClause; content: EventClause } | undefined {
  const { tokens, cues } = context;
  for (let k = own.body; k < Math.min(own.to, own.body + SAYING_REACH); k++) {
    // "It appears that ...": an impersonal hedge says nothing of anyone's, no saying
    if (cues.anaphora.impersonalVerbs.has(tokens[k].lower)) return undefined;
    const hedge = cues.speculation.matchAt(tokens, k) || cues.stanceVerbs.matchAt(tokens, k);
    const length = cues.reporting.matchAt(tokens, k) || cues.sayingParticiples.matchAt(tokens, k) || hedge;
    if (length === 0) continue;
    for (let that = k + 1; that <= Math.min(own.to - 2, k + THAT_REACH); that++) {
      // a quotation right after the verb is what was said as a "that" clause is (", saying, “We will ship it”")
      const quoted = that === k + length && opensQuote(context.article.text, tokens, that);
      if (!quoted && cues.complementizers.matchAt(tokens, that) === 0) continue;
      const body = quoted ? that : that + 1;
      const trigger = findTrigger(tokens, body, own.to, cues, facts.inTime);
      if (!trigger) return undefined;
      const hedged = hedge > 0 ? { hedge: { from: k, to: k + hedge } } : {};
      return {
        saying: { ...own, to: that, saying: 'verb', ...hedged },
        content: { from: that, to: own.to, body, link: 'coordinate', sharesSubject: false, content: true, saying: 'content', trigger, ...hedged },
      };
    }
    return undefined;
  }
  return undefined;
}

/** Words a possessive's noun phrase may run on for ("Boeing's upcoming new design"). */
const POSSESSED_REACH = 4;

/**
 * The host's subject when it names no one, for a clause that shares it ("The plant opened in 2010 and will close",
 * "De bouw begint in maart en moet in 2028 klaar zijn"); undefined where the clause opens with a name or its title
 * with another's words, which tell a subject of its own.
 */
function nounSubject(text: string, tokens: readonly Token[], title: string, own: EventClause, host: HostClause, facts: SentenceFacts, cues: CompiledCues): string | undefined {
  if (/^\p{Lu}/u.test(tokens[own.body]?.text ?? '') || !opensWithOwnWord(title, tokens, own)) return undefined;
  // a host whose verb was not found as a trigger ("De bouw begint"): its first verb before the clause, where no name
  // stands before it (the title names that one: "De NAVO heeft dat ontkend en zegt" → "NAVO zegt")
  if (host.trigger === undefined && host.subject !== undefined && host.subject.phraseStart < own.from) return undefined;
  return nounSubjectAt(text, tokens, host.from, own.from, host.trigger, cues, facts.inTime);
}

/** Does the title open with one of the clause's first words ("but did not fix" → "Did not fix")? */
function opensWithOwnWord(title: string, tokens: readonly Token[], own: EventClause): boolean {
  const space = title.indexOf(' ');
  const first = (space < 0 ? title : title.slice(0, space)).toLowerCase();
  for (let k = own.body; k < Math.min(own.to, own.body + 2); k++) if (tokens[k].lower === first) return true;
  return false;
}

/**
 * The name a clause sharing its host's subject puts first: the subject's name, or with a possessive the noun phrase
 * it opens ("Boeing's upcoming new design, the 7e7, does not attempt ..., but instead is aimed at": the design is).
 */
function subjectPhrase(text: string, tokens: readonly Token[], subject: Mention, before: number, cues: CompiledCues): string {
  const last = tokens[subject.phraseEnd - 1];
  const possessive = last !== undefined && (/['’]s$/u.test(last.text) || /^['’]s\b/u.test(text.slice(last.end, last.end + 3)));
  if (!possessive) return subject.name;
  let end = subject.phraseEnd;
  // up to a comma or a finite verb ("upcoming" and "new" are the noun's)
  const finite = (k: number) => { const form = verbFormAt(tokens, k, cues); return form === 'finite' || form === 'auxiliary'; };
  while (end < Math.min(before, subject.phraseEnd + POSSESSED_REACH) && !tokens[end].commaBefore && !finite(end)) end++;
  return end > subject.phraseEnd ? text.slice(tokens[subject.phraseStart].start, tokens[end - 1].end) : subject.name;
}
