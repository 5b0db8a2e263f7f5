/** Numeric dates: ISO `2020-08-09`, `2020/08/09`, and US-order `08/09/2020`, `7/8/07` (month first, as in American news). */
import { absoluteDay, candidate } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';

/** A two-digit year ("07", "'82"): this century unless that would lie more than 20 years after the document date. */
export function expandTwoDigitYear(twoDigits: number, referenceYear: number): number {
  const year = Math.floor(referenceYear / 100) * 100 + twoDigits;
  return year > referenceYear + 20 ? year - 100 : year;
}

export const numericDate: TemporalParser = {
  name: 'numeric-date',
  trigger: { digits: true, before: 8, after: 16 },
  // Not glued to other digits, slashes or dots, so "1/2/3/4" or "10.08.2020.1" do not match partly.
  pattern: /(?<![\d/.\-])(?:(\d{4})([-/])(\d{1,2})\2(\d{1,2})|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}))(?![\d/]|\.\d|-\d)/g,
  extract(match, context) {
    let resolution;
    if (match[1]) resolution = absoluteDay(Number(match[1]), Number(match[3]), Number(match[4]));
    else {
      const year = match[7].length === 2 ? expandTwoDigitYear(Number(match[7]), context.reference.year) : Number(match[7]);
      resolution = absoluteDay(year, Number(match[5]), Number(match[6]));
    }
    return resolution ? candidate(match, 'DATE', resolution) : null;
  },
};
