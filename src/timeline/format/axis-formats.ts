/**
 * The axis's date labels in the reader's language, in UTC: Dutch "ma 3", "augustus 2020", English "Mon 3", or any
 * language Intl knows, with month and weekday names from Intl (intl-names.ts, made once per language). One small
 * writer per label form the axis shows (ticks.ts), so the bundle carries no format-string reader.
 */
import { monthNames, weekdayNames } from './intl-names.js';

/** Writes a UTC instant in one of the axis's label forms, in the language `lang`. */
export type AxisFormat = (date: Date, lang: string) => string;

const twoDigits = (n: number) => String(n).padStart(2, '0');
const month = (date: Date, lang: string, width: 'long' | 'short') => monthNames(lang, width)[date.getUTCMonth()];

/** "07:05" */
export const hourMinute: AxisFormat = (date) => `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}`;
/** "ma 3", "Mon 3" */
export const weekdayDay: AxisFormat = (date, lang) => `${weekdayNames(lang, 'short')[date.getUTCDay()]} ${date.getUTCDate()}`;
/** "3 aug" */
export const dayMonth: AxisFormat = (date, lang) => `${date.getUTCDate()} ${month(date, lang, 'short')}`;
/** "aug" */
export const shortMonth: AxisFormat = (date, lang) => month(date, lang, 'short');
/** "2020" */
export const yearOf: AxisFormat = (date) => String(date.getUTCFullYear());

/** A day's span: "ma 3 augustus 2020", or `compact` "3 aug 2020". */
export const dayLabel = (date: Date, lang: string, compact: boolean): string =>
  compact ? `${dayMonth(date, lang)} ${yearOf(date, lang)}` : `${weekdayDay(date, lang)} ${month(date, lang, 'long')} ${yearOf(date, lang)}`;

/** A month's span: "augustus 2020", or `compact` "aug 2020". */
export const monthLabel = (date: Date, lang: string, compact: boolean): string => `${month(date, lang, compact ? 'short' : 'long')} ${yearOf(date, lang)}`;
