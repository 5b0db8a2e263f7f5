/** Language tags: `nl-BE` speaks `nl`; anything without its own phrase table falls back to English structure. */
export type PhraseLanguage = 'nl' | 'en';

export function baseLanguage(lang: string): string {
  return (lang || 'en').toLowerCase().split(/[-_]/)[0];
}

/** The phrase table to use: nl, en, or null for "English structure with Intl names". */
export function phraseLanguage(lang: string): PhraseLanguage | null {
  const base = baseLanguage(lang);
  return base === 'nl' || base === 'en' ? base : null;
}

const canonical = new Map<string, string>();

/** A tag Intl accepts; falls back to English for malformed tags instead of throwing. Remembered per tag. */
export function intlLocale(lang: string): string {
  let locale = canonical.get(lang);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(lang || 'en')[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    // A page uses a handful of tags; the bound only guards against a caller inventing one per call.
    if (canonical.size > 64) canonical.clear();
    canonical.set(lang, locale);
  }
  return locale;
}
