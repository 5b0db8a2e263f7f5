/**
 * Shared value types of event-timeline. Both halves (extraction and timeline) speak only these.
 * Days are ISO calendar strings `YYYY-MM-DD` in the proleptic Gregorian calendar; nothing here has a time zone.
 */

/** A supported language code (a folder under `src/locales/`). */
export type LanguageCode = string;

/** How precisely a date is known. */
export type Granularity =
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

/** Precision of a document date header (`date 2020-08` is `month`). */
export type DocumentDatePrecision = 'year' | 'month' | 'day' | 'minute';

/** A document date: what "today" means for one article. */
export interface DocumentDate {
  /** The date as written in the header, normalised: `2020`, `2020-08`, `2020-08-16` or `2020-08-16T14:30`. */
  value: string;
  precision: DocumentDatePrecision;
  year: number;
  /** 1-12, absent for year precision. */
  month?: number;
  /** 1-31, absent for year and month precision. */
  day?: number;
  /** Minutes after midnight, for date-time headers. */
  minutes?: number;
}

/**
 * How a referent sits in its window:
 * - `exact`: the referent is exactly the window ("9 August 2020", "August 2020");
 * - `within`: the referent is one unit of `granularity` somewhere inside the window
 *   ("morgen" against an article dated only 2020-08: one day in 2020-08-02..2020-09-01);
 * - `period`: a stretch of time inside the window whose ends are vague ("de laatste jaren", "since 1994").
 */
export type WindowCertainty = 'exact' | 'within' | 'period';

/** The calendar window that can hold a referent. `earliest` and `latest` are inclusive days. */
export interface DateWindow {
  earliest: string;
  latest: string;
  granularity: Granularity;
  certainty: WindowCertainty;
  /** The start is vague (soft left end when drawn), e.g. "de laatste jaren". */
  vagueStart?: boolean;
  /** The end is vague or open, e.g. "since 1994" (continues up to the document date). */
  vagueEnd?: boolean;
}

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How a temporal expression was anchored. */
export type AnchorKind =
  /** stated outright: "9 augustus 2020" */
  | 'absolute'
  /** relative to the document date: "morgen", "deze week" */
  | 'document'
  /** relative to another event or expression: "three days later", "vlak na zijn toespraak" */
  | 'event'
  /** not anchored to the calendar: durations, sets, unknown references */
  | 'none';

/** A temporal expression found in text. Offsets are JavaScript string offsets (end exclusive). */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2020-08-16`, `2020-W33`, `2020-08`, `P26Y`, `PAST_REF`, `XXXX-08`, `2020-XX-XX` ... */
  value: string;
  /** TIMEX3 mod where it applies: START, MID, END, APPROX, BEFORE, AFTER, ON_OR_AFTER ... */
  mod?: string;
  /** Calendar window of the referent; absent when the expression names no calendar place (durations, sets). */
  window?: DateWindow;
  anchor: AnchorKind;
  /** Signals an event ordering relative to a preceding event ("daarna", "the day after", "vlak na"). */
  relation?: 'after' | 'before' | 'during';
  /**
   * The cycle the text left unsaid and the tagger chose from the document date and tense: the year of "9 augustus"
   * or "in March", the week of "vrijdag". At one end of a range the other end supplies it ("van 1 feb tot maart
   * 2019" is February 2019).
   */
  impliedCycle?: 'year' | 'week';
  /** The parser family that matched, for debugging and tests. */
  parser: string;
}

/** The kind of an event: did it happen, is it planned, only said, or only possible? */
export type EventKind = 'occurred' | 'reported' | 'planned' | 'conditional' | 'speculative' | 'negated';

/** How an event's date was obtained. */
export type DateSource =
  /** a temporal expression in the sentence stated the date outright */
  | 'stated'
  /** a temporal expression in the sentence, resolved against the document date */
  | 'relative-to-document'
  /** resolved against another event ("daarna", "vlak na zijn toespraak") */
  | 'relative-to-event'
  /**
   * no temporal expression: the clause's tense and aspect place the event against the document date. A past or
   * perfect is before it (mod BEFORE, `[..2008-02-29]`; ON_OR_BEFORE, `[..2008-03-01]`, when the article's date is
   * no single day); a future or modal after it (mod AFTER, `[2008-03-02..]`); a present or progressive holds on it
   * (value PRESENT_REF). An open end's `earliest` or `latest` is a horizon, no bound: `vagueStart` / `vagueEnd` say so
   */
  | 'tense'
  /** no temporal expression and no tense that places the event: the document date is taken as a window */
  | 'document-date';

/** The date of an event record. */
export interface EventDate extends DateWindow {
  /** TIMEX3 value */
  value: string;
  type: TimexType;
  mod?: string;
  source: DateSource;
  /** ISO 8601-2 (EDTF) string for interchange: `2020-08-16`, `2020-08`, `[2020-08-02..2020-09-01]`, `2016/2020-08` ... */
  edtf: string;
  /** The temporal expression's text, when there is one. */
  text?: string;
}

/** A relation to another event in the same article. */
export interface EventRelation {
  type: 'after' | 'before' | 'during';
  /** id of the other event */
  target: string;
  /** the words that gave the relation */
  cue: string;
}

/** Exact provenance of an event. */
export interface EventSource {
  /** article id (file name without extension, or a given id) */
  article: string;
  /** article title when known (first heading or first sentence) */
  articleTitle?: string;
  documentDate: string;
  /** 0-based paragraph index */
  paragraph: number;
  sentenceStart: number;
  sentenceEnd: number;
  timexStart?: number;
  timexEnd?: number;
  /** The word the event is about (its verb), as offsets into the article text and its text. */
  trigger?: { start: number; end: number; text: string };
}

/**
 * Whose words an event is: the speaker and the reporting verb of the frame it was told in ("Boeing said that ...",
 * "volgens de minister", a quotation with its speaker). The event keeps its own kind and time; the saying, when it
 * differs from its content, is a record of its own of kind `reported`.
 */
export interface EventAttribution {
  /** Who said it, when the sentence (or the one before, for "he said") names them. */
  speaker?: string;
  /** The reporting verb or phrase ("said", "liet weten", "according to"): offsets into the article text and its text. */
  verb: { start: number; end: number; text: string };
}

/** One dated event record. */
export interface EventRecord {
  /** Stable id: the same input gives the same id. */
  id: string;
  /** Short title in the article's language: who did what. */
  title: string;
  language: LanguageCode;
  sentence: string;
  kind: EventKind;
  date: EventDate;
  actors: string[];
  places: string[];
  source: EventSource;
  relations: EventRelation[];
  /** Someone's words: the frame the event was told in (see {@link EventAttribution}). */
  attribution?: EventAttribution;
}
