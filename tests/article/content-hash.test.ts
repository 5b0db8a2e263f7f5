/** Ids hash with cyrb53 written in base 36: the hand-written base 36 must spell exactly what toString(36) spells. */
import { describe, expect, it } from 'vitest';
import { shortHash } from '../../src/article/content-hash.js';

/** The reference: the same hash, spelled by Number.prototype.toString(36). */
function reference(input: string, length = 10): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0').slice(-length);
}

describe('shortHash', () => {
  it('spells the hash as toString(36) does, for many inputs and lengths', () => {
    for (let i = 0; i < 5000; i++) {
      const input = `article-${i}|${i * 7919}|${String.fromCharCode(32 + (i % 90))}`;
      expect(shortHash(input)).toBe(reference(input));
      expect(shortHash(input, 8)).toBe(reference(input, 8));
    }
    expect(shortHash('')).toBe(reference(''));
  });
});
