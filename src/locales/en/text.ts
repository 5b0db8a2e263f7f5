/** English sentence-segmentation and language-detection words. */
import type { TextRules } from '../types.js';

export const text: TextRules = {
  iso6393: 'eng',
  // Without the final dot; matched case-insensitively. Titles before names come first.
  abbreviations: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'rev', 'hon', 'jr', 'sr',
    'e.g', 'i.e', 'etc', 'vs', 'cf', 'approx', 'no', 'nos', 'fig', 'inc', 'ltd', 'co', 'corp', 'dept', 'est',
    'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
    'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'ave', 'blvd', 'mt', 'ft',
  ],
  // Words both languages share (in, is, die, we) tell nothing and are left out.
  stopwords: [
    'the', 'a', 'an', 'and', 'of', 'to', 'that', 'it', 'for', 'on', 'with', 'as', 'was', 'were', 'be',
    'by', 'at', 'this', 'from', 'or', 'but', 'not', 'are', 'have', 'has', 'had', 'which', 'will', 'would', 'their',
    'they', 'he', 'she', 'his', 'her', 'its', 'said', 'says', 'been', 'who', 'there', 'after', 'about', 'than', 'into',
    'could', 'also', 'if', 'when', 'what', 'these', 'those', 'our', 'no', 'more',
  ],
  sentenceOpeners: ['the', 'an', 'he', 'she', 'they', 'we', 'it', 'this', 'these', 'those', 'there'],
};
