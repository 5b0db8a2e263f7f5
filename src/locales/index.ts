/** The registry of supported languages. Adding a language: add its folder and one line here. */
import { UnsupportedLanguageError } from '../errors.js';
import { en } from './en/index.js';
import { nl } from './nl/index.js';
import type { Locale } from './types.js';

const LOCALES: ReadonlyMap<string, Locale> = new Map([nl, en].map((locale) => [locale.code, locale]));

/** Codes of the supported languages. */
export function supportedLanguages(): string[] {
  return [...LOCALES.keys()];
}

/** The locale for a language code (`nl`, `en`, or a tag such as `nl-BE`). */
export function getLocale(code: string): Locale {
  if (typeof code !== 'string') throw new TypeError(`A language is a code such as "nl" or "en", not ${code === null ? 'null' : typeof code}`);
  const locale = LOCALES.get(code) ?? LOCALES.get(code.toLowerCase().split(/[-_]/)[0]);
  if (!locale) throw new UnsupportedLanguageError(code, supportedLanguages());
  return locale;
}
