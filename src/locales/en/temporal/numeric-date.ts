/**
 * Dates in digits and abbreviated dates: ISO `2020-08-09`, `2015.5.13`; `08/09/2020`, `7/8/07`, `9-18-15`,
 * `08/12, 2015` (month first, as American news writes them, unless the first number is above 12 or the text's own
 * dates show day first: "21/04/2016"); months `2016-11`, `11/2016`, `2016 / 11`, `2015.3`, `2016 June`, `2016, nov`,
 * `june 2016`; with a month word
 * `12-sep-2018`, `2019/sep/01`, `Oct-2`, `Jan-1`; and without a year `4/22`, `22/04`, `on 4-22`, `on 4.22`.
 *
 * A short date without a year is as often a score ("won 3-1"), a fraction ("a 2/3 majority") or a decimal: it is a
 * date with a slash, with a hyphen when a number is above 12 or padded ("4-22", "03-07") or after a preposition of
 * time or a weekday, with a dot only after "on"; never after a score or label word or before an amount word. "9/11"
 * and "24/7" are names, no dates of this year.
 */
import { absoluteDay, absoluteUnit, alternation, candidate, dayAndMonth, dayWithoutYear, expandTwoDigitYear, orderShownInText, type Resolution } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { COUNTED_NOUNS, LABEL_WORDS, MONTHS, NOT_A_DATE_AFTER, NOT_A_DATE_BEFORE, SHORT_DATE_CUES, WEEKDAYS } from '../words.js';
import { directionOf, monthNumber, numericDateDigits, tenseAt } from './shared.js';

export { expandTwoDigitYear } from '../../../temporal/common/index.js';

// not glued to a letter, digit, _ . , / : € $ £ # or -: ASCII neighbours by a small class, only a non-ASCII one by the
// large Unicode classes (tested at every position of a scan, so this is most of its cost)
const NOT_GLUED_BEFORE = '(?<![0-9A-Za-z_.,/:€$£#-])(?<![\\p{L}\\p{N}](?<=[^\\x00-\\x7F]))';
const NOT_GLUED_AFTER = '(?![\\p{L}\\p{N}_]|[-/.,:]\\d|%)';
const MONTH_WORD = alternation(Object.keys(MONTHS));
const WEEKDAY = alternation(Object.keys(WEEKDAYS));
const AROUND = '[ \\t]{0,2}';

const CUE_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(SHORT_DATE_CUES)}\\.?,?[ \\t]{1,3}$`, 'iu');
const ON_BEFORE = /(?<![\p{L}])on[ \t]{1,3}$/iu;
const VETO_BEFORE = new RegExp(`(?:(?<![\\p{L}])${alternation([...NOT_A_DATE_BEFORE, ...LABEL_WORDS])}\\.?[ \\t]{0,3}|[€$£(#]\\s{0,2}|\\d[ \\t]{0,2}[-/,][ \\t]{0,2})$`, 'iu');
const VETO_AFTER = new RegExp(`^(?:[ \\t]{0,2}(?:${alternation([...NOT_A_DATE_AFTER, ...COUNTED_NOUNS])})(?![\\p{L}])|[ \\t]{0,2}[-/)][ \\t]{0,2}\\d)`, 'iu');

export const numericDate: TemporalParser = {
  name: 'numeric-date',
  trigger: { digits: true, digitRun: numericDateDigits, before: 24, after: 16 },
  pattern: new RegExp(
    `${NOT_GLUED_BEFORE}(?:` +
      // 08/09/2020, 9-18-15, 13.5.2015; 08/12, 2015
      `(?<a>\\d{1,2})(?<s1>[-/.])(?<b>\\d{1,2})(?:\\k<s1>(?<y>\\d{4}|\\d{2})|,[ \\t]{0,2}(?<cy>\\d{4})|,(?<cyy>\\d{2}))` +
      // 2020-08-09, 2015.5.13
      `|(?<iy>\\d{4})(?<s2>[-/.])(?<im>\\d{1,2})\\k<s2>(?<id>\\d{1,2})` +
      // 12-sep-2018, 1-Sep
      `|(?<nd>\\d{1,2})(?<s3>[-/])(?<nm>${MONTH_WORD})(?:\\k<s3>(?<ny>\\d{4}|\\d{2}))?` +
      // 2019/sep/01
      `|(?<wy>\\d{4})(?<s4>[-/])(?<wm>${MONTH_WORD})\\k<s4>(?<wd>\\d{1,2})` +
      // Oct-2, Jan-1, Oct2
      `|(?<![\\p{L}])(?<lm>${MONTH_WORD})(?<s7>-?)(?<ld>\\d{1,2})` +
      // 11/2016, 11 - 2016
      `|(?<mm>\\d{1,2})${AROUND}[-/]${AROUND}(?<my>\\d{4})` +
      // 2016-11, 2016 / 11, 2015.3
      `|(?<yy>\\d{4})(?:${AROUND}(?<s5>[-/])${AROUND}|\\.)(?<ym>\\d{1,2})` +
      // 2016 June, 2016, nov; june 2016 in lower case (capitalised it is the month parser's)
      `|(?<ry>\\d{4})[ \\t]{0,2},?[ \\t]{1,3}(?<rm>${MONTH_WORD})(?<rmDot>\\.)?` +
      `|(?<![\\p{L}])(?<lm2>${MONTH_WORD})\\.?[ \\t]{1,3}(?<ly2>\\d{4})` +
      // 4/22, 22/04, 4-22, 4.22
      `|(?<sa>\\d{1,2})(?<s6>[-/.])(?<sb>\\d{1,2})` +
      `)${NOT_GLUED_AFTER}`,
    'giu',
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const text = context.text;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    if (VETO_BEFORE.test(before) || VETO_AFTER.test(after)) return null;
    const order = orderShownInText(context) ?? 'month-first';
    const year = (digits: string) => (digits.length === 2 ? expandTwoDigitYear(Number(digits), context.reference.year) : Number(digits));
    const yearless = (month: number, day: number) => dayWithoutYear(context, month, day, directionOf(tenseAt(context, start, end), 'nearest'));
    let resolution: Resolution | null = null;
    if (g.a) {
      if (g.s1 === '.' && g.y?.length === 2 && (g.a.length < 2 || g.b.length < 2)) return null;
      const md = dayAndMonth(Number(g.a), Number(g.b), order);
      if (md) resolution = absoluteDay(year(g.y ?? g.cy ?? g.cyy), md.month, md.day);
    } else if (g.iy) {
      resolution = absoluteDay(Number(g.iy), Number(g.im), Number(g.id));
    } else if (g.nd || g.wd) {
      const month = monthNumber(g.nm ?? g.wm);
      const day = Number(g.nd ?? g.wd);
      const y = g.ny ?? g.wy;
      resolution = y ? absoluteDay(year(y), month, day) : yearless(month, day);
    } else if (g.lm) {
      // "Oct-2", "Oct2": a capitalised month glued to its day ("may-3" or "mar2" is no date)
      if (!/^\p{Lu}/u.test(g.lm) || (!g.s7 && g.lm.length < 3)) return null;
      resolution = yearless(monthNumber(g.lm), Number(g.ld));
    } else if (g.mm) {
      resolution = monthOfYear(Number(g.my), Number(g.mm));
    } else if (g.yy) {
      // "2010-11", "2008/09": a season or a pair of years as often as a month (the range parser reads those)
      if (g.s5 && Number(g.ym) > Number(g.yy.slice(2))) return null;
      // "2015.3" with a dot is a decimal number as often: a date only with a year near the article's ("low of 1316.12")
      if (!g.s5 && Math.abs(Number(g.yy) - context.reference.year) > 50) return null;
      resolution = monthOfYear(Number(g.yy), Number(g.ym));
    } else if (g.ry) {
      // "In 2016 June Carter ...": a capitalised word after it makes the month a name; "may" and "march" in lower case are verbs
      if (/^[ \t]{1,3}\p{Lu}/u.test(after) || ['may', 'march'].includes(g.rm)) return null;
      resolution = monthOfYear(Number(g.ry), monthNumber(g.rm));
      if (g.rmDot && resolution) return candidate(match, 'DATE', resolution, { to: match[0].length - 1 });
    } else if (g.lm2) {
      if (g.lm2 !== g.lm2.toLowerCase() || ['may', 'march'].includes(g.lm2)) return null;
      resolution = monthOfYear(Number(g.ly2), monthNumber(g.lm2));
    } else if (g.sa) {
      if (!shortDateStands(g.sa, g.s6, g.sb, before)) return null;
      const md = dayAndMonth(Number(g.sa), Number(g.sb), order);
      if (md) resolution = yearless(md.month, md.day);
    }
    return resolution ? candidate(match, 'DATE', resolution) : null;
  },
};

/** A month of a year in digits ("2016-11", "11/2016"); null for a month above 12 or a year out of reach. */
function monthOfYear(year: number, month: number): Resolution | null {
  if (month < 1 || month > 12 || year < 1000 || year > 2199) return null;
  return absoluteUnit('month', year, month);
}

/** Whether "4/22", "4-22" or "4.22" without a year stands as a date (see the file comment). */
function shortDateStands(first: string, separator: string, second: string, before: string): boolean {
  if ((first === '9' && second === '11') || (first === '24' && second === '7')) return false;
  if (separator === '.') return ON_BEFORE.test(before);
  if (separator === '/' || CUE_BEFORE.test(before)) return true;
  return /^0/.test(first) || /^0/.test(second) || Number(first) > 12 || Number(second) > 12;
}
