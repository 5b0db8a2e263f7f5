/** Counts written the reader's way ("10.000" in Dutch, "10,000" in English), with one formatter per language. */
import { baseLanguage, intlLocale } from './language.js';

const formatters = new Map<string, Intl.NumberFormat>();

// The first Intl object in a page costs 13 to 15 ms (its data is loaded then), and a first render labels every
// cluster: Dutch and English write a count under 1,000 as plain digits, so those need no Intl at all.
const PLAIN_DIGIT_LANGUAGES = new Set(['nl', 'en']);

export function formatCount(count: number, lang: string): string {
  if (Number.isInteger(count) && count >= 0 && count < 1000 && PLAIN_DIGIT_LANGUAGES.has(baseLanguage(lang)) && !/-u-/i.test(lang)) {
    return String(count);
  }
  const locale = intlLocale(lang);
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return formatter.format(count);
}
