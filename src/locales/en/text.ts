import type { TextRules } from '../types.js';

export const text: TextRules = { abbreviations: [], stopwords: [] };
