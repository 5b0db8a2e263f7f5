/** Dutch sentence-segmentation and language-detection words. */
import type { TextRules } from '../types.js';

export const text: TextRules = {
  iso6393: 'nld',
  // Without the final dot; matched case-insensitively. Titles before names come first.
  abbreviations: [
    'dhr', 'mevr', 'mw', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'st', 'mgr', 'ds',
    'bijv', 'bv', 'o.a', 'o.m', 'a.s', 'aanst', 'resp', 'ca', 'vs', 'nl', 'enz', 'etc', 'm.a.w', 'i.p.v', 'z.g.a.n',
    'zgn', 'd.w.z', 't.a.v', 'n.a.v', 'i.v.m', 'm.b.t', 'v.w.b', 'incl', 'excl', 'jl', 'nr', 'blz', 'p', 'e.a', 'evt',
    'gem', 'max', 'min', 'mln', 'mld', 'mrd', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dec', 'v.Chr', 'n.Chr',
  ],
  // Words both languages share (in, is, die, we) tell nothing and are left out.
  stopwords: [
    'de', 'het', 'een', 'en', 'van', 'dat', 'te', 'op', 'zijn', 'niet', 'met', 'voor', 'er', 'ook',
    'aan', 'bij', 'als', 'maar', 'wordt', 'worden', 'heeft', 'hebben', 'nog', 'naar', 'zegt', 'dit', 'deze', 'wat',
    'wel', 'geen', 'om', 'uit', 'hij', 'zij', 'ze', 'wij', 'ik', 'werd', 'door', 'tot', 'dan', 'volgens',
    'tussen', 'nu', 'zou', 'kan', 'moet', 'na', 'tegen', 'meer', 'hun', 'haar', 'omdat', 'waar',
  ],
  sentenceOpeners: ['de', 'het', 'een', 'hij', 'zij', 'ze', 'wij', 'we', 'ik', 'er', 'dat', 'dit', 'deze', 'die'],
  frontedOpeners: [
    'vanaf', 'volgens', 'sinds', 'na', 'in', 'op', 'bij', 'met', 'tijdens', 'vanwege', 'ondanks', 'door', 'om', 'tot', 'rond',
    'vorige', 'vorig', 'volgende', 'komende', 'afgelopen', 'gisteren', 'morgen', 'vandaag', 'eerder', 'toen', 'daarna', 'nu',
    'begin', 'eind', 'halverwege', 'ook', 'maar',
  ],
};
