/**
 * An expression of a clause whose date its tense rules out dates something inside the clause, not the clause's
 * event: "The Ford Motor Company will cut 30,000 jobs ... after a US$1.6 billion loss last year" (a future is not
 * last year), "This new settlement replaces the 1991 agreement" (a present holds now, not in 1991). The clause's
 * tense dates such an event; the expression stays in the sentence for the thing it dates.
 *
 * A past with a date still ahead is left as it is: "A June 3 hearing has been scheduled", "De opening is uitgesteld
 * tot maart" tell the time of the thing planned, which a reader looks for.
 */
import { parseDay } from '../time/calendar.js';
import { documentDaySpan } from '../time/document-date.js';
import type { DocumentDate, EventDate } from '../types.js';
import type { ClauseTense } from './tense.js';

/** Does `date` lie wholly before the article's date while the clause's tense puts its event at or after it? */
export function isAgainstTense(date: EventDate, tense: ClauseTense | undefined, documentDate: DocumentDate): boolean {
  // a modal may be a future of the past ("said it would close in March"): left alone
  if (tense !== 'future' && tense !== 'present' && tense !== 'progressive') return false;
  return parseDay(date.latest) < documentDaySpan(documentDate).start;
}
