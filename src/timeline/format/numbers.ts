/** Counts written the reader's way ("10.000" in Dutch, "10,000" in English), with one formatter per language. */
import { intlLocale, phraseLanguage, plainLanguage } from './language.js';

const formatters = new Map<string, Intl.NumberFormat>();

// The first Intl object in a page costs 40 to 60 ms (its data is loaded then), and a first render labels every
// cluster and counts the events shown: Dutch and English write a count under 1,000 as plain digits, and the plain
// tags (language.ts) group thousands with '.' or ','.
export function formatCount(count: number, lang: string): string {
  const plain = plainLanguage(lang);
  if (Number.isSafeInteger(count) && count >= 0 && (plain || (count < 1000 && phraseLanguage(lang) && !/-u-/i.test(lang)))) {
    return String(count).replace(/\B(?=(\d{3})+$)/g, plain === 'nl' ? '.' : ',');
  }
  const locale = intlLocale(lang);
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return formatter.format(count);
}
