#!/usr/bin/env node
/**
 * How far can a rule that dates undated past events on or before the article's date go on MEANTIME English, before
 * it loses the events the annotators put only BEFORE that date? (issue 17: "dct anchors contained" vs "BEFORE-only")
 *
 *   npm run build && node scripts/dct-ceiling.mjs [--corpus DIR] [--list]
 *
 * Every main gold event of an annotated body sentence is paired with a record as the shared scorer pairs it. The
 * population is the events whose record is dated by a past tense alone (`source` tense, a window ending the day
 * before the article, or on it): those a rule may move between `[..DCT-1]` (BEFORE) and `[..DCT]` (ON_OR_BEFORE).
 * Of these, the gold puts some on the article's day (an inclusion link to the DCT) and some only before it. A rule
 * is a partition of the population into cells by features; each cell is dated `[..DCT]` or `[..DCT-1]` as a whole.
 * For each partition the script prints the best article-date figure that keeps BEFORE at or above its goal
 * (85%: no net loss today), and the whole frontier of (BEFORE, article date) pairs the partition reaches. The
 * partition by article (an oracle knowing each article's style) is the ceiling of any article-level signal; the
 * partition by event (an oracle for each event) is the ceiling of all. An article-level signal is also checked on
 * both halves of the corpus (files sorted by name, odd and even positions) so that what it shows is not one half's.
 *
 * Features are the gold's tense, aspect and class (an upper bound for what a tagger could read) and what the records
 * show: kind, sentence position, paragraph, and whether the article dates an event on its own day by an expression.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { option } from '../bench/lib/options.mjs';
import { DEFAULT_CORPUS, systemRecords } from './eval-events.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = option('--corpus') ? resolve(option('--corpus')) : DEFAULT_CORPUS;
const lib = await import(pathToFileURL(resolve(here, '../dist/extract.js')).href);
const gold = readFileSync(join(corpus, 'events.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const records = systemRecords(lib, { corpus });
const byArticle = new Map();
for (const r of records) {
  if (!byArticle.has(r.source.article)) byArticle.set(r.source.article, []);
  byArticle.get(r.source.article).push(r);
}

// ---------- pairing, as ../shared/eval/score-events.mjs pairs a gold event with a record ----------
const norm = (s) => (s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u2019']s\b/g, '')
  .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^(the|de|het) /, '');
const titleHas = (r, e) => ` ${norm(r.title)} `.includes(` ${norm(e.text.split(/\s+/)[0])} `);
const inSentence = (r, e) => r.source.sentenceStart <= e.start && e.end <= r.source.sentenceEnd;
function pair(e, cands, text) {
  if (!cands.length) return null;
  const byTitle = cands.filter((r) => titleHas(r, e));
  if (byTitle.length) return byTitle[0];
  if (cands.length === 1) return cands[0];
  let best = null;
  let bestD = Infinity;
  for (const r of cands) {
    const sent = text.slice(r.source.sentenceStart, r.source.sentenceEnd).toLowerCase();
    const pos = [];
    for (const w of norm(r.title).split(' ').filter((x) => x.length >= 3)) {
      const i = sent.indexOf(w);
      if (i >= 0) pos.push(r.source.sentenceStart + i);
    }
    if (r.source.timexStart !== undefined) pos.push(r.source.timexStart);
    let d = Infinity;
    for (const p of pos) d = Math.min(d, Math.abs(p - e.start));
    if (d < bestD) {
      bestD = d;
      best = r;
    }
  }
  return best ?? cands[0];
}
const IN_RELS = new Set(['IS_INCLUDED', 'SIMULTANEOUS', 'IDENTITY', 'DURING']);
const TIMEX_DAY = /^\d{4}-\d{2}-\d{2}/;
/** A TIMEX3 value naming a calendar stretch, as the scorer reads one (PRESENT_REF is the article's date). */
const CALENDAR = /^(PRESENT_REF$|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}(-WE)?$|\d{4}-\d{2}$|\d{4}-Q[1-4]$|\d{4}-H[12]$|\d{4}-(SP|SU|FA|WI)$|\d{2,4}$)/;

// ---------- the population ----------
const population = [];
/** Misses outside the population: article-date events not containing it, BEFORE events reaching it. */
const others = [];
let beforeTotal = 0;
let beforeOk = 0;
let dctTotal = 0;
let dctOk = 0;
gold.forEach((g, position) => {
  const article = g.file.replace(/\.txt$/, '');
  const text = readFileSync(join(corpus, 'articles', g.file), 'utf8');
  const recs = byArticle.get(article) ?? [];
  const body = g.sentences.filter((s) => s.annotated && !s.title).map((s) => s.index);
  const bodySet = new Set(body);
  // article features, from the records: an event dated by an expression on the article's own day, in the lead
  // (first body sentence) or anywhere in the annotated part; an expression naming a day shortly before it
  const ownDay = (r) => r.date.source !== 'tense' && r.date.source !== 'document-date' && r.date.earliest === g.dct && r.date.latest === g.dct;
  const dayBefore = (r) => r.date.source !== 'tense' && r.date.source !== 'document-date' && r.date.earliest === r.date.latest && r.date.latest < g.dct && daysBetween(r.date.latest, g.dct) <= 7;
  const firstBody = g.sentences.find((s) => s.index === body[0]);
  const inLead = (r) => firstBody && r.source.sentenceStart < firstBody.end && r.source.sentenceEnd > firstBody.start;
  const annotated = (r) => r.source.sentenceStart < g.annotatedEnd;
  const article_ = {
    leadOwnDay: recs.some((r) => inLead(r) && ownDay(r)),
    anyOwnDay: recs.some((r) => annotated(r) && ownDay(r)),
    anyDayBefore: recs.some((r) => annotated(r) && dayBefore(r)),
    // the lead tells its news in the present perfect with no time of its own ("Airbus has won an order from Qatar")
    leadPerfect: leadPerfect(g, body[0]),
    goldOwnDayTimex: g.timexes.some((t) => TIMEX_DAY.test(t.value ?? '') && t.value.slice(0, 10) === g.dct && bodySet.has(t.sentence)),
  };
  for (const e of g.events) {
    if (!bodySet.has(e.sentence) || e.class === 'GRAMMATICAL') continue;
    const anchors = e.anchors ?? [];
    const inTimex = anchors.find((a) => !a.dct && IN_RELS.has(a.rel) && CALENDAR.test(a.value ?? ''));
    const inDct = anchors.find((a) => a.dct && IN_RELS.has(a.rel));
    const before = anchors.find((a) => a.dct && (a.rel === 'BEFORE' || a.rel === 'IBEFORE'));
    let label;
    if (inTimex) continue;
    if (inDct) label = 'dct';
    else if (before) label = 'before';
    else continue;
    const cands = recs.filter((r) => inSentence(r, e));
    const rec = pair(e, cands, text);
    if (!rec) continue;
    const contained = rec.date.earliest <= g.dct && g.dct <= rec.date.latest;
    const entirelyBefore = rec.date.latest < g.dct;
    if (label === 'dct') { dctTotal++; dctOk += contained; } else { beforeTotal++; beforeOk += entirelyBefore; }
    const undatedPast = rec.date.source === 'tense' && (rec.date.mod === 'BEFORE' || rec.date.mod === 'ON_OR_BEFORE');
    if (!undatedPast) {
      if (label === 'dct' ? !contained : !entirelyBefore) others.push({ label, article, trigger: e.text, date: `${rec.date.edtf} [${rec.date.source}]`, sentence: rec.sentence });
      continue;
    }
    const rank = body.indexOf(e.sentence);
    population.push({
      article,
      position,
      label,
      now: rec.date.mod, // BEFORE: [..DCT-1], ON_OR_BEFORE: [..DCT]
      trigger: e.text,
      features: {
        tense: `${e.tense}/${e.aspect}`,
        class: e.class,
        kind: rec.kind,
        sentence: rank === 0 ? 'lead' : rank < 3 ? '2-3' : 'later',
        paragraph: rec.source.paragraph === 0 ? 'first' : 'later',
        leadOwnDay: article_.leadOwnDay,
        anyOwnDay: article_.anyOwnDay,
        anyDayBefore: article_.anyDayBefore,
        // the lead tells its news in the present perfect with no time of its own ("Airbus has won an order from Qatar")
    leadPerfect: leadPerfect(g, body[0]),
    goldOwnDayTimex: article_.goldOwnDayTimex,
        article,
        event: `${article}#${e.start}`,
      },
      sentence: rec.sentence,
    });
  }
});

/** The first verbal main event of the lead sentence is a present perfect, and the sentence holds no date. */
function leadPerfect(g, lead) {
  const first = g.events.filter((e) => e.sentence === lead && /VERB/.test(e.pos ?? '') && e.class !== 'GRAMMATICAL').sort((a, b) => a.start - b.start)[0];
  const dated = g.timexes.some((t) => t.sentence === lead && (t.type === 'DATE' || t.type === 'TIME'));
  return first !== undefined && first.tense === 'PRESENT' && first.aspect === 'PERFECTIVE' && !dated;
}

function daysBetween(a, b) {
  return (Date.parse(b) - Date.parse(a)) / 86400000;
}

/**
 * A partition's frontier: each cell dated `[..DCT]` (gains its article-date events, loses its BEFORE events) or
 * `[..DCT-1]`. The baseline dates every event `[..DCT-1]`; the best choice at each loss is a 0/1 knapsack over cells.
 */
function frontier(events, cellOf) {
  const cells = new Map();
  for (const ev of events) {
    const key = cellOf(ev);
    const c = cells.get(key) ?? { key, dct: 0, before: 0 };
    if (ev.label === 'dct') c.dct++;
    else c.before++;
    cells.set(key, c);
  }
  const list = [...cells.values()];
  const maxLoss = list.reduce((n, c) => n + c.before, 0);
  // best[loss] = most article-date gains for exactly that many BEFORE losses (and the cells chosen)
  let best = new Array(maxLoss + 1).fill(null);
  best[0] = { gain: 0, cells: [] };
  for (const c of list) {
    const next = best.slice();
    for (let l = 0; l + c.before <= maxLoss; l++) {
      if (!best[l]) continue;
      const g = best[l].gain + c.dct;
      if (!next[l + c.before] || next[l + c.before].gain < g) next[l + c.before] = { gain: g, cells: [...best[l].cells, c.key] };
    }
    best = next;
  }
  const points = [];
  let top = -1;
  best.forEach((b, loss) => {
    if (b && b.gain > top) {
      top = b.gain;
      points.push({ loss, gain: b.gain, cells: b.cells });
    }
  });
  return { cells: list, points };
}

// the figures if every event of the population were dated [..DCT-1]: the other events' outcomes do not change
const popDct = population.filter((e) => e.label === 'dct');
const popBefore = population.filter((e) => e.label === 'before');
const baseDct = dctOk - popDct.filter((e) => e.now === 'ON_OR_BEFORE').length;
const baseBefore = beforeOk + popBefore.filter((e) => e.now === 'ON_OR_BEFORE').length;
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
const goalBefore = Math.ceil(0.85 * beforeTotal);
const goalDct = Math.ceil(0.85 * dctTotal);

console.log(`MEANTIME English, ${gold.length} articles: article-date anchors ${dctOk}/${dctTotal} contained, BEFORE-only ${beforeOk}/${beforeTotal} entirely before (as the records stand)`);
console.log(`undated past events (record dated by tense, window ending the day before the article or on it): ${population.length}, of which the gold puts ${popDct.length} on the article's day and ${popBefore.length} only before it`);
console.log(`  dated today [..DCT]: ${population.filter((e) => e.now === 'ON_OR_BEFORE').length} (${popDct.filter((e) => e.now === 'ON_OR_BEFORE').length} article-day, ${popBefore.filter((e) => e.now === 'ON_OR_BEFORE').length} before)`);
console.log(`all dated [..DCT-1]: BEFORE ${baseBefore}/${beforeTotal} (${pct(baseBefore, beforeTotal)}), article date ${baseDct}/${dctTotal} (${pct(baseDct, dctTotal)})`);
console.log(`all dated [..DCT]:   BEFORE ${baseBefore - popBefore.length}/${beforeTotal} (${pct(baseBefore - popBefore.length, beforeTotal)}), article date ${baseDct + popDct.length}/${dctTotal} (${pct(baseDct + popDct.length, dctTotal)})`);
console.log(`goals: BEFORE >= ${goalBefore}/${beforeTotal}, article date >= ${goalDct}/${dctTotal}\n`);

const PARTITIONS = {
  'none (one cell)': () => 'all',
  'gold tense/aspect': (e) => e.features.tense,
  'gold class': (e) => e.features.class,
  'record kind': (e) => e.features.kind,
  'sentence position': (e) => e.features.sentence,
  'paragraph': (e) => e.features.paragraph,
  'tense x class x kind': (e) => `${e.features.tense}|${e.features.class}|${e.features.kind}`,
  'tense x class x kind x position': (e) => `${e.features.tense}|${e.features.class}|${e.features.kind}|${e.features.sentence}`,
  'lead dates an event on the article day': (e) => e.features.leadOwnDay,
  'some event dated on the article day': (e) => e.features.anyOwnDay,
  'article day, no day before it': (e) => `${e.features.anyOwnDay}|${e.features.anyDayBefore}`,
  'lead in the present perfect, undated': (e) => e.features.leadPerfect,
  'gold timex of the article day in the body': (e) => e.features.goldOwnDayTimex,
  'article features x tense x class x position': (e) => `${e.features.anyOwnDay}|${e.features.anyDayBefore}|${e.features.leadOwnDay}|${e.features.tense}|${e.features.class}|${e.features.sentence}`,
  'article (oracle of each article style)': (e) => e.features.article,
  'event (oracle of each event)': (e) => e.features.event,
};

console.log('| partition | cells | best article date with BEFORE >= goal | BEFORE then | frontier (BEFORE, article date) |');
console.log('|---|---|---|---|---|');
for (const [name, cellOf] of Object.entries(PARTITIONS)) {
  const { cells, points } = frontier(population, cellOf);
  const slack = baseBefore - goalBefore;
  const ok = points.filter((p) => p.loss <= slack).at(-1);
  const shown = points.length > 8 ? [...points.slice(0, 4), ...points.slice(-3)] : points;
  const front = shown.map((p) => `(${pct(baseBefore - p.loss, beforeTotal)}, ${pct(baseDct + p.gain, dctTotal)})`).join(' ');
  console.log(`| ${name} | ${cells.length} | ${baseDct + ok.gain}/${dctTotal} = ${pct(baseDct + ok.gain, dctTotal)} | ${baseBefore - ok.loss}/${beforeTotal} | ${front}${points.length > 8 ? ' ...' : ''} |`);
}

// does a partition's choice carry over? cells chosen on one half (dated [..DCT] where that half's events in them gain
// the article date and lose no BEFORE event), applied to the other half; counted against every event at [..DCT-1]
console.log('\ncells chosen on one half (some gain and no BEFORE loss there), applied to the other half: article-date gains / BEFORE losses there, against all at [..DCT-1] (and over the records as they stand)');
console.log('| partition | chosen on even, on odd | chosen on odd, on even |');
console.log('|---|---|---|');
for (const name of ['gold tense/aspect', 'tense x class x kind', 'tense x class x kind x position', 'article features x tense x class x position']) {
  const cellOf = PARTITIONS[name];
  const carry = (train, test) => {
    const { cells } = frontier(population.filter(train), cellOf);
    const chosen = new Set(cells.filter((c) => c.dct > 0 && c.before === 0).map((c) => c.key));
    const moved = population.filter((e) => test(e) && chosen.has(cellOf(e)));
    const fresh = moved.filter((e) => e.now === 'BEFORE');
    if (process.argv.includes('--cells')) for (const e of moved) console.log(`  ${name}: ${cellOf(e)}\t${e.label}\t${e.now}\t${e.article.slice(0, 30)}\t${e.trigger}`);
    const count = (xs) => `+${xs.filter((e) => e.label === 'dct').length} / -${xs.filter((e) => e.label === 'before').length}`;
    return `${count(moved)} (over the records as they stand: ${count(fresh)})`;
  };
  const even = (e) => e.position % 2 === 0;
  const odd = (e) => e.position % 2 === 1;
  console.log(`| ${name} | ${carry(even, odd)} | ${carry(odd, even)} |`);
}

// an article-level signal on both halves of the corpus: files sorted by name, odd and even positions
console.log('\narticle-level signals on each half (files sorted by name): article-day / before events of the population in articles with and without the signal');
console.log('| signal | half | with: article day / before | without: article day / before |');
console.log('|---|---|---|---|');
for (const signal of ['leadPerfect', 'leadOwnDay', 'anyOwnDay', 'anyDayBefore', 'goldOwnDayTimex']) {
  for (const half of ['even', 'odd']) {
    const part = population.filter((e) => (e.position % 2 === 0) === (half === 'even'));
    const count = (v) => {
      const xs = part.filter((e) => Boolean(e.features[signal]) === v);
      return `${xs.filter((e) => e.label === 'dct').length} / ${xs.filter((e) => e.label === 'before').length}`;
    };
    console.log(`| ${signal} | ${half} | ${count(true)} | ${count(false)} |`);
  }
}

// article-level rules on top of the records as they stand: the events still dated [..DCT-1] in articles the rule
// picks are dated [..DCT]; gains are article-day events, losses BEFORE events, on each half
const RULES = {
  'lead dates an event on the article day': (f) => f.leadOwnDay,
  'lead in the present perfect, undated': (f) => f.leadPerfect,
  'either of the two': (f) => f.leadOwnDay || f.leadPerfect,
  'either, and no day shortly before the article named': (f) => (f.leadOwnDay || f.leadPerfect) && !f.anyDayBefore,
  'some event on the article day, no day before it': (f) => f.anyOwnDay && !f.anyDayBefore,
};
console.log('\narticle-level rules over the records as they stand (events now [..DCT-1] in the picked articles dated [..DCT]): article-date gains / BEFORE losses');
console.log('| rule | even half | odd half | both | article date then | BEFORE then |');
console.log('|---|---|---|---|---|---|');
for (const [name, picks] of Object.entries(RULES)) {
  const moved = population.filter((e) => e.now === 'BEFORE' && picks(e.features));
  const count = (xs) => `+${xs.filter((e) => e.label === 'dct').length} / -${xs.filter((e) => e.label === 'before').length}`;
  const gains = moved.filter((e) => e.label === 'dct').length;
  const losses = moved.filter((e) => e.label === 'before').length;
  console.log(`| ${name} | ${count(moved.filter((e) => e.position % 2 === 0))} | ${count(moved.filter((e) => e.position % 2 === 1))} | ${count(moved)} | ${pct(dctOk + gains, dctTotal)} | ${pct(beforeOk - losses, beforeTotal)} |`);
}

if (process.argv.includes('--list')) {
  console.log('\nthe population, by article:');
  for (const e of others) console.log(`other\t${e.label}\t${e.date}\t${e.article.slice(0, 40)}\t${e.trigger}\t${e.sentence.slice(0, 140)}`);
  for (const e of population) console.log(`${e.label}\t${e.now}\t${e.features.tense}\t${e.features.class}\t${e.features.kind}\t${e.features.sentence}\t${e.article.slice(0, 40)}\t${e.trigger}\t${e.sentence.slice(0, 120)}`);
}
