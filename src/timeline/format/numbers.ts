/** Counts written the reader's way ("10.000" in Dutch, "10,000" in English), with one formatter per language. */
import { intlLocale } from './language.js';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatCount(count: number, lang: string): string {
  const locale = intlLocale(lang);
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return formatter.format(count);
}
