import { describe, expect, it } from 'vitest';
import { namesOf } from '../../src/events/entities.js';
import { newMention, type Mention } from '../../src/events/mention.js';
import { seededRandom } from '../lib/random.js';

const mention = (name: string, role: Mention['role'], place = false) => newMention(name, role, place, 0, 1, false, false);

describe('namesOf: the distinct names of one role, in order of first mention', () => {
  it('keeps the first mention of each name; a place that acts is also a place', () => {
    const mentions = [mention('Airbus', 'actor'), mention('Toulouse', 'place'), mention('Airbus', 'actor'), mention('The White House', 'actor', true), mention('BBC', 'addressee')];
    expect(namesOf(mentions, 'actor')).toEqual(['Airbus', 'The White House']);
    expect(namesOf(mentions, 'place')).toEqual(['Toulouse', 'The White House']);
    expect(namesOf(mentions, 'addressee')).toEqual(['BBC']);
  });

  it('negative: no mention of the role gives no names', () => {
    expect(namesOf([mention('Toulouse', 'place')], 'actor')).toEqual([]);
    expect(namesOf([], 'place')).toEqual([]);
  });

  it('equals the distinct names of a set, short lists and long ones', () => {
    const random = seededRandom(18);
    const roles: Mention['role'][] = ['actor', 'place', 'addressee'];
    for (let n = 0; n < 300; n++) {
      const mentions = Array.from({ length: Math.floor(random() * 40) }, () => mention(`N${Math.floor(random() * 20)}`, roles[Math.floor(random() * 3)], random() < 0.2));
      for (const role of roles) expect(namesOf(mentions, role)).toEqual([...new Set(mentions.filter((m) => m.role === role || (role === 'place' && m.place)).map((m) => m.name))]);
    }
  });
});
