/**
 * Days relative to the document date: today, yesterday, tomorrow, the day before yesterday, the day after
 * tomorrow, tonight, last night, this morning, yesterday afternoon, earlier today. Parts of a day are TIMEX3 TIME.
 */
import { candidate, daysFromDocument, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { DAY_PARTS } from '../words.js';

const OFFSETS: Record<string, number> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1, tmrw: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
  'last night': -1, this: 0,
};
const PARTS = Object.keys(DAY_PARTS).join('|');

export const relativeDay: TemporalParser = {
  name: 'relative-day',
  trigger: { words: ['today', 'tonight', 'yesterday', 'tomorrow', 'tmrw', 'night', 'overnight', 'morning', 'afternoon', 'evening'] },
  pattern: wordPattern(
    `(?:(?:earlier|later)\\s+)?(?:(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+(?:tomorrow|tmrw)|today|tonight|yesterday|tomorrow|tmrw|last\\s+night)(?:\\s+(${PARTS}))?|(this)\\s+(${PARTS}))`,
  ),
  extract(match, context) {
    // "tmrw": the short form of chat and headlines
    const word = (match[1] ?? match[3]).toLowerCase().replace(/\s+/g, ' ').replace(/tmrw$/, 'tomorrow');
    const part = (match[2] ?? match[4])?.toLowerCase();
    const resolution = daysFromDocument(context, OFFSETS[word]);
    const code = part ? DAY_PARTS[part] : word === 'tonight' || word === 'last night' ? 'NI' : undefined;
    if (code) return candidate(match, 'TIME', { ...resolution, value: `${resolution.value}T${code}` });
    return candidate(match, 'DATE', resolution);
  },
};
