/**
 * Dates in digits and abbreviated dates: "9-8-2020", "09/08/2020", "9.8.2020", "05/05/89", "12-08, 2015" (day first,
 * as Dutch writes them; month first only where the day cannot be a month, "4/22"), ISO "2020-08-09", "2015.5.13";
 * months "2020-08", "03-2019", "11/2016", "2016 / 11", "2015.3", "2016, nov"; with a month word "12-sep-2018", "2019/sep/01",
 * "2-okt"; and without a year "22-4", "7/11", "ma 3/2".
 *
 * A short date without a year is the hard case: "3-1" is as often a score, "2/3" a fraction, "14.30" a time, "3,5"
 * a decimal. It is a date with a slash or a zero-padded number ("22/4", "22-04"), with a hyphen only when its day
 * is above 12 ("14-3") or a preposition of time or a weekday comes first ("vanaf 2-1", "ma 3-2"), never with a dot,
 * and never after a score, label or amount word ("won met 2-1", "artikel 12-3") or before one ("2/3 meerderheid").
 */
import { absoluteDay, absoluteUnit, alternation, dayAndMonth, expandTwoDigitYear, orderShownInText, type Resolution } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { COUNTED_NOUNS, MONTHS, NOT_A_DATE_AFTER, NOT_A_DATE_BEFORE, SHORT_DATE_CUES, STRONG_SHORT_DATE_CUES, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../../words.js';
import { compile, normalize } from '../pattern.js';
import { referenceYear, resolved } from '../resolve.js';
import { yearlessDay } from '../yearless.js';

/**
 * Not glued to a letter, digit, or a number's punctuation before it ("v3.2", "1.234", "€12-3"): an ASCII neighbour
 * by a small class, only a non-ASCII one by the large Unicode classes (tested at every position of a scan).
 */
const NOT_GLUED_BEFORE = '(?<![0-9A-Za-z_.,/:€$£-])(?<![\\p{L}\\p{N}](?<=[^\\x00-\\x7F]))';
/** Not followed by more of a number ("22-4-", "3,5", "12.50", "22/4/"). */
const NOT_GLUED_AFTER = '(?![\\p{L}\\p{N}_]|[-/.,:]\\d|%)';
const MONTH_WORD = alternation(Object.keys(MONTHS));
const WEEKDAY = alternation([...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAY_ABBREVIATIONS)]);
const AROUND = '[ \\t]{0,2}';

const CUE_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(SHORT_DATE_CUES)}[ \\t]{1,3}$`, 'iu');
const STRONG_CUE_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(STRONG_SHORT_DATE_CUES)}[ \\t]{1,3}$`, 'iu');
const VETO_BEFORE = new RegExp(`(?:(?<![\\p{L}])${alternation(NOT_A_DATE_BEFORE)}[ \\t]{0,3}|[€$£(]\\s{0,2}|\\d[ \\t]{0,2}[-/,][ \\t]{0,2})$`, 'iu');
const VETO_AFTER = new RegExp(`^(?:[ \\t]{0,2}(?:${alternation([...NOT_A_DATE_AFTER, ...COUNTED_NOUNS])})(?![\\p{L}])|[ \\t]{0,2}[-/)][ \\t]{0,2}\\d)`, 'iu');

export const numericDateParser: TemporalParser = {
  name: 'numeric-date',
  // the weekday before ("woensdag, 3/2") or the month word ("2019/sep/01") reach furthest from a digit
  trigger: { digits: true, before: 24, after: 16 },
  pattern: compile(
    `${NOT_GLUED_BEFORE}(?:(?<weekday>${WEEKDAY})\\.?,?[ \\t]{1,3})?(?:` +
      // 9-8-2020, 05/05/89, 9.8.2020; 12-08, 2015
      `(?<a>\\d{1,2})(?<s1>[-/.])(?<b>\\d{1,2})(?:\\k<s1>(?<y>\\d{4}|\\d{2})|,[ \\t]{0,2}(?<cy>\\d{4})|,(?<cyy>\\d{2}))` +
      // 2020-08-09, 2015.5.13
      `|(?<iy>\\d{4})(?<s2>[-/.])(?<im>\\d{1,2})\\k<s2>(?<id>\\d{1,2})` +
      // 12-sep-2018, 01/sep/2019, 2-okt
      `|(?<nd>\\d{1,2})(?<s3>[-/])(?<nm>${MONTH_WORD})(?:\\k<s3>(?<ny>\\d{4}|\\d{2}))?` +
      // 2019/sep/01
      `|(?<wy>\\d{4})(?<s4>[-/])(?<wm>${MONTH_WORD})\\k<s4>(?<wd>\\d{1,2})` +
      // 03-2019, 11 / 2016
      `|(?<mm>\\d{1,2})${AROUND}[-/]${AROUND}(?<my>\\d{4})` +
      // 2016-11, 2016 / 11, 2015.3
      `|(?<yy>\\d{4})(?:${AROUND}(?<s5>[-/])${AROUND}|\\.)(?<ym>\\d{1,2})` +
      // 2016, nov; 2016 juni
      `|(?<ry>\\d{4}),?[ \\t]{1,3}(?<rm>${MONTH_WORD})(?<rmDot>\\.)?` +
      // 22-4, 7/11
      `|(?<sa>\\d{1,2})(?<s6>[-/])(?<sb>\\d{1,2})` +
      `)${NOT_GLUED_AFTER}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const text = context.text;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    if (VETO_BEFORE.test(before) || VETO_AFTER.test(after)) return null;
    const order = orderShownInText(context) ?? 'day-first';
    const year = (digits: string) => (digits.length === 2 ? expandTwoDigitYear(Number(digits), referenceYear(context)) : Number(digits));
    let resolution: Resolution | null = null;
    if (g.a) {
      // a dotted date with a two-digit year is a version number unless it is padded like a date ("05.05.89")
      if (g.s1 === '.' && g.y?.length === 2 && (g.a.length < 2 || g.b.length < 2)) return null;
      const dm = dayAndMonth(Number(g.a), Number(g.b), order);
      if (dm) resolution = absoluteDay(year(g.y ?? g.cy ?? g.cyy), dm.month, dm.day);
    } else if (g.iy) {
      resolution = absoluteDay(Number(g.iy), Number(g.im), Number(g.id));
    } else if (g.nd || g.wd) {
      const month = MONTHS[normalize(g.nm ?? g.wm)];
      const day = Number(g.nd ?? g.wd);
      const y = g.ny ?? g.wy;
      resolution = y ? absoluteDay(year(y), month, day) : yearlessDay(context, month, day, start, end);
    } else if (g.mm) {
      resolution = monthOfYear(Number(g.my), Number(g.mm));
    } else if (g.yy) {
      // "2010-11", "2008/09": a season or a pair of years as often as a month (the range parser reads those)
      if (g.s5 && Number(g.ym) > Number(g.yy.slice(2))) return null;
      // "2015.3" with a dot is a decimal number as often: a date only with a year near the article's ("low of 1316.12")
      if (!g.s5 && Math.abs(Number(g.yy) - context.reference.year) > 50) return null;
      if (g.s5 === undefined && VETO_AFTER.test(after)) return null;
      resolution = monthOfYear(Number(g.yy), Number(g.ym));
    } else if (g.ry) {
      resolution = monthOfYear(Number(g.ry), MONTHS[normalize(g.rm)]);
      if (g.rmDot && resolution) return resolved(context, start, end - 1, 'DATE', resolution);
    } else if (g.sa) {
      // a two-letter weekday without its dot ("zo 3-1", "do 2-1") is as likely a word
      const weekday = g.weekday !== undefined && (g.weekday.length > 2 || /^\p{L}+\./u.test(match[0]));
      if (!shortDateStands(g.sa, g.s6, g.sb, weekday, before)) return null;
      const dm = dayAndMonth(Number(g.sa), Number(g.sb), order);
      if (dm) resolution = yearlessDay(context, dm.month, dm.day, start, end);
    }
    return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
  },
};

/** A month of a year in digits ("2016-11", "03-2019"); null for a month above 12 or a year out of reach. */
function monthOfYear(year: number, month: number): Resolution | null {
  if (month < 1 || month > 12 || year < 1000 || year > 2199) return null;
  return absoluteUnit('month', year, month);
}

/**
 * Whether "22-4" or "7/11" without a year stands as a date (see the file comment): a slash or a padded number
 * ("22-04"), or a hyphen with a day above 12, or a hyphen after a weekday or a strong preposition of time.
 */
function shortDateStands(first: string, separator: string, second: string, weekday: boolean, before: string): boolean {
  if (weekday || STRONG_CUE_BEFORE.test(before)) return true;
  if (separator === '/') return !(first === '24' && second === '7');
  if (/^0/.test(first) || /^0/.test(second)) return true;
  return Number(first) > 12 || (CUE_BEFORE.test(before) && Number(second) > 12);
}
