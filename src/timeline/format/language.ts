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

/** A tag Intl accepts; falls back to English for malformed tags instead of throwing. */
export function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}
