/** Counts written the reader's way ("10.000" in Dutch, "10,000" in English), with one formatter per language. */
import { baseLanguage, intlLocale } from './language.js';

const formatters = new Map<string, Intl.NumberFormat>();

// The first Intl object in a page costs 13 to 35 ms (its data is loaded then), and a first render writes counts
// ("1,000 of 1,000 events visible") and, for Dutch and English, nothing else by Intl: these tags group every three
// digits, as Intl writes them (tests compare), so they need no Intl at all; other tags with Dutch or English words
// (en-IN groups by lakh) write a count under 1,000 as plain digits.
const GROUPS_OF_THREE = /^(nl(-NL|-BE)?|en(-US|-GB)?)$/;
const PLAIN_DIGIT_LANGUAGES = new Set(['nl', 'en']);

export function formatCount(count: number, lang: string): string {
  if (Number.isSafeInteger(count) && count >= 0) {
    if (GROUPS_OF_THREE.test(lang)) return String(count).replace(/\B(?=(\d{3})+$)/g, lang[0] === 'n' ? '.' : ',');
    if (count < 1000 && PLAIN_DIGIT_LANGUAGES.has(baseLanguage(lang)) && !/-u-/i.test(lang)) return String(count);
  }
  const locale = intlLocale(lang);
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return formatter.format(count);
}
