/** Adversarial inputs must stay linear in the text's length (the stand-in tagger isolates this project's stages). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { extractEvents } from '../../src/events/extract-events.js';
import { stubTagger } from './stub-tagger.js';

const N = 200_000;
const timed = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

describe('no super-linear work on hostile text', () => {
  const cases: Record<string, string> = {
    'one huge word ending in a dot': `${'x'.repeat(N)}. De EU zegt dat.`,
    'a huge run of punctuation': `De EU zegt ${';,.'.repeat(N / 3)} niets.`,
    'many quotes in one sentence': `De EU zegt ${'"a" '.repeat(N / 4)} niets.`,
    'one sentence of many words and commas': `De EU zegt${', die morgen komt'.repeat(N / 16)}.`,
    'many dotted initials': `${'A. '.repeat(N / 3)}Jansen zegt dat.`,
  };
  for (const [name, body] of Object.entries(cases)) {
    it(name, () => {
      const text = ` date 2020-08 ${body}`;
      const ms = timed(() => {
        parseArticle(text, { language: 'nl' });
        extractEvents(text, { language: 'nl', tagger: stubTagger });
      });
      // generous for slow, shared CI machines (a loaded 2-core machine takes about 11 s); a quadratic step would
      // take many minutes at this size
      expect(ms).toBeLessThan(25_000);
    }, 60_000);
  }
});
