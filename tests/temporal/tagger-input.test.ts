/** The tagger's public entry point names what is wrong with its input instead of failing inside. */
import { describe, expect, it } from 'vitest';
import { getLocale } from '../../src/locales/index.js';
import { tagTemporalExpressions } from '../../src/temporal/tagger.js';
import { DocumentDateError, parseDocumentDate } from '../../src/time/document-date.js';
import { UnsupportedLanguageError } from '../../src/errors.js';

type Loose = Parameters<typeof tagTemporalExpressions>;

describe('tagTemporalExpressions on bad input', () => {
  it('a text that is no string is named as such', () => {
    expect(() => tagTemporalExpressions(null as unknown as string, { language: 'en', reference: '2020-08-16' })).toThrow(/text must be a string, not null/);
    expect(() => tagTemporalExpressions(42 as unknown as string, { language: 'en', reference: '2020-08-16' })).toThrow(/not number/);
  });
  it('missing options, a missing or malformed reference date, and a language that is no code are named', () => {
    expect(() => (tagTemporalExpressions as (...args: unknown[]) => unknown)('tomorrow')).toThrow(/options \{ language, reference \} are required/);
    expect(() => tagTemporalExpressions('tomorrow', { language: 'en' } as unknown as Loose[1])).toThrow(DocumentDateError);
    expect(() => tagTemporalExpressions('tomorrow', { language: 'en', reference: '2020-13-01' })).toThrow(DocumentDateError);
    expect(() => tagTemporalExpressions('tomorrow', { language: { code: 'en' }, reference: '2020-08-16' } as unknown as Loose[1])).toThrow(/a code such as "nl" or "en", not object/);
    expect(() => tagTemporalExpressions('tomorrow', { language: 'fr', reference: '2020-08-16' })).toThrow(UnsupportedLanguageError);
  });
  it('a parsed date is checked through its written form: a hand-made 31 April is refused, a parsed date accepted', () => {
    const made = { ...parseDocumentDate('2020-04-30'), value: '2020-04-31', day: 31 };
    expect(() => tagTemporalExpressions('tomorrow', { language: 'en', reference: made })).toThrow(DocumentDateError);
    const [tomorrow] = tagTemporalExpressions('tomorrow', { language: 'en', reference: parseDocumentDate('2020-04-30') });
    expect(tomorrow.value).toBe('2020-05-01');
  });
  it('getLocale names a code that is no string', () => {
    expect(() => getLocale(undefined as unknown as string)).toThrow(/not undefined/);
  });
});
