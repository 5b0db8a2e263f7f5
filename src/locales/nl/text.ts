/** Dutch sentence-segmentation and language-detection words. */
import type { TextRules } from '../types.js';

export const text: TextRules = {
  // Without the final dot; matched case-insensitively. Titles before names come first.
  abbreviations: [
    'dhr', 'mevr', 'mw', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'st', 'mgr', 'ds',
    'bijv', 'bv', 'o.a', 'o.m', 'a.s', 'aanst', 'resp', 'ca', 'vs', 'nl', 'enz', 'etc', 'm.a.w', 'i.p.v', 'z.g.a.n',
    'zgn', 'd.w.z', 't.a.v', 'n.a.v', 'i.v.m', 'm.b.t', 'v.w.b', 'incl', 'excl', 'jl', 'nr', 'blz', 'p', 'e.a', 'evt',
    'gem', 'max', 'min', 'mln', 'mld', 'mrd', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dec', 'v.Chr', 'n.Chr',
  ],
  stopwords: [
    'de', 'het', 'een', 'en', 'van', 'is', 'dat', 'die', 'in', 'te', 'op', 'zijn', 'niet', 'met', 'voor', 'er', 'ook',
    'aan', 'bij', 'als', 'maar', 'wordt', 'worden', 'heeft', 'hebben', 'nog', 'naar', 'zegt', 'dit', 'deze', 'wat',
    'wel', 'geen', 'om', 'uit', 'over', 'hij', 'zij', 'ze', 'wij', 'we', 'ik', 'werd', 'door', 'tot', 'dan', 'volgens',
    'tussen', 'nu', 'of', 'zou', 'kan', 'moet', 'al', 'na', 'tegen', 'meer', 'hun', 'haar', 'omdat', 'waar',
  ],
};
