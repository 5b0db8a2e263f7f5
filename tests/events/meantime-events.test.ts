/**
 * MEANTIME English's event layer through the TypeScript source: the same evaluation as `npm run eval:events`
 * (scripts/eval-events.mjs, which runs the built package), scored by the shared scorer. Each of issue 17's
 * acceptance figures is held as a floor at its measured value (less 0.2 for rounding), so no change can lower one
 * unnoticed; the issue's goals themselves are printed by the script.
 *
 * Corpus: NewsReader MEANTIME (English section), (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam,
 * Universidad del Pais Vasco; Creative Commons Attribution 4.0 International. Text from Wikinews (CC BY 2.5).
 * Read from ../shared/corpora/meantime-en beside the repository; skipped, saying so, when that folder is absent.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { extractEvents } from '../../src/events/extract-events.js';
// @ts-ignore -- a plain ES module script without declarations
import { acceptanceFigures, corpusAvailable, formatTable, score, systemRecords } from '../../scripts/eval-events.mjs';

const corpus = fileURLToPath(new URL('../../../shared/corpora/meantime-en', import.meta.url));
const scorer = fileURLToPath(new URL('../../../shared/eval/score-events.mjs', import.meta.url));
const available = corpusAvailable(corpus, scorer);
if (!available) console.warn(`MEANTIME event evaluation skipped: ${corpus} (or ${scorer}) is absent`);

/** Floors: the figures measured on main when they were last raised, less 0.2 (percent); counts are ceilings. */
const FLOORS: Record<string, number> = {
  // a leading clause ordered before its main clause keeps its time ("After a plan ... failed to pass the Senate this
  // week, the White House has said"): the saying is dated by its tense
  beforeEntirely: 85.8,
  afterEntirely: 85.1,
  // a saying's content with a time of its own is its own record (issue 17, deliverable 2): "insisted that the union
  // agree to increase wage cuts by next year" gives a planned content whose three pairs the gold takes as fact or guess
  // an act of announcing and what it announced are two records (issue 17, deliverable 3): "GM announced plans Friday
  // to shut down 1,100 dealerships" gives the announcing (reported) and the closing (planned)
  // an agreement or decision just concluded and what it agreed are two records too: "AirTanker have signed a 27-year
  // contract ... to supply 14 new Airbus A330-200" gives the signing (occurred) and the supplying (planned)
  // and so are a saying in a clause split off and a content with a kind of its own: "..., and predicted that it would
  // be solidly profitable by 2011" gives the prediction (reported) and the guess (speculative, by 2011)
  // and the content of a noun of saying or fearing is its own record with its own kind: "on worries that recent
  // government moves might not prevent a global recession" gives the fall (occurred) and the feared (negated); a
  // question is a guess whatever its noun ("amidst worries over whether General Motors will be able to keep operating")
  // a noun phrase after "after"/"following" with a time of its own is its own record, dated by it: "will cut 30,000
  // jobs ... after a US$1.6 billion loss last year in North American sales" gives the cuts (planned) and the loss
  // (occurred, 2005), and the time dates an event again (timex anchors 85.4 -> 86.0); after a semicolon "the program
  // costs $99 to join" is a clause of its own that the guess before ("can add") does not reach
  // a verb of ceasing denies what ceases ("would cease looking", "would stop selling"); a cause beside a plan is a
  // fact of its own ("will give owners a free case in response to mounting concerns ..."): planned 58.2 -> 59.4,
  // speculative 56.0 -> 57.1, negated 53.1 -> 55.9
  'kind.planned': 59.5,
  'kind.speculative': 56.9,
  'kind.negated': 55.7,
  'kind.occurred': 90.8,
  // such contents are reported, as contents split for their kind are: two guessed or planned pairs move there
  'kind.reported': 91.7,
  // a comma inside a number parts no clause ("7,000"), and relative clauses between commas are records of their own
  triggerInTitle: 98.8,
  recordPrecision: 90,
  timexContained: 85.8,
  // a participle joined on after "be" and a participle shares the host's present ("are selected and purchased");
  // a clause with its own time is its own record, in its own tense: a relative clause ("Japan, which accounts for 7%
  // of world output, has entered"), a content that keeps the present after a past saying ("announced that it seeks",
  // "has said that it is considering"), a participle on a noun with its own time ("comes on top of plans announced
  // in January"), a name and a present after a colon ("...: Spotlight integrates search")
  dctContained: 74.0,
  namedParticipants: 92.9,
  namedPlaces: 93.6,
};
/** Ceilings on counts: BEFORE-only events whose record is the article's day alone. */
const CEILINGS: Record<string, number> = { beforeFallback: 0 };

interface Figure {
  key: string;
  label: string;
  value?: number;
  count?: number;
}

describe('the acceptance table', () => {
  it('says which figures reach their goal', () => {
    const table = formatTable([
      { key: 'a', label: 'trigger word in a title', value: 86.2, n: 862, d: 1000, goal: 85 },
      { key: 'b', label: 'records on the DCT day alone', count: 2, goal: 0 },
    ]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toMatch(/trigger word in a title\s+\| 86\.2% \(862\/1000\) \| >= 85% \| yes/);
    expect(table).toMatch(/records on the DCT day alone\s+\| 2\s+\| = 0\s+\| no/);
  });
});

describe.skipIf(!available)('MEANTIME English event layer (source extractor)', () => {
  it('holds every acceptance figure at or above its floor', () => {
    const records = systemRecords({ parseArticle, extractEvents }, { corpus });
    const { summary } = score(records, { corpus, scorer });
    const figures: Figure[] = acceptanceFigures(summary);
    console.log(formatTable(figures));
    for (const figure of figures) {
      if (figure.count !== undefined) expect(figure.count, figure.label).toBeLessThanOrEqual(CEILINGS[figure.key]);
      else expect(figure.value, figure.label).toBeGreaterThanOrEqual(FLOORS[figure.key]);
    }
    expect(figures.map((f) => f.key).sort()).toEqual([...Object.keys(FLOORS), ...Object.keys(CEILINGS)].sort());
  }, 120_000);
});
