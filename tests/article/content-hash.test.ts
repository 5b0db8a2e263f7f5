/** Ids hash with cyrb53 written in base 36 by hand (faster than the built-in): it must spell what toString(36) spells. */
import { describe, expect, it } from 'vitest';
import { base36, shortHash } from '../../src/article/content-hash.js';

describe('base36', () => {
  it('spells whole numbers below 2^53 exactly as Number#toString(36)', () => {
    const samples = [0, 1, 35, 36, 1295, 1296, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1];
    for (let i = 0; i < 5000; i++) samples.push(Math.floor(((i * 2654435761) % 9007199254740) * 997));
    for (const n of samples) expect(base36(n)).toBe(n.toString(36));
  });
});

describe('shortHash', () => {
  it('gives ids of the asked length, the same for the same input and different for near inputs', () => {
    expect(shortHash('article|12|40')).toHaveLength(10);
    expect(shortHash('article|12|40', 8)).toHaveLength(8);
    expect(shortHash('article|12|40')).toBe(shortHash('article|12|40'));
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i++) ids.add(shortHash(`article|${i}|${i + 40}`));
    expect(ids.size).toBe(5000);
  });
});
