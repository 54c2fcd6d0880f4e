/**
 * Free-text lookup of claims for the popup, in any of the five languages: estimator names, metric words
 * ("died", "загинуло", "사상자", "Verluste"), numbers ("4,000"), months and years, and fuzzy words of the
 * claims' summaries and scopes (fuse.js token search).
 */
import Fuse from 'fuse.js';
import type { Claim, Metric } from '../types.ts';
import type { IndexedClaim, MatchIndex } from './types.ts';
import { METRIC_WORDS } from './metric-words.ts';
import { normalizeText, stemTokens, tokenize } from './normalize-text.ts';
import { toInterval } from './score-number.ts';
import { findCuesCached } from './weigh-cues.ts';

export interface SearchFilters {
  metric?: Metric;
  /** Estimator id. */
  estimator?: string;
  /** ISO date: only claims stated on or after it. */
  from?: string;
  /** ISO date: only claims stated on or before it (a month includes all its days). */
  to?: string;
  /** Internal: the metrics the query is taken to ask for, when the search widens them itself. */
  metricsOverride?: ReadonlySet<Metric>;
}

export interface SearchHit {
  claim: Claim;
  score: number;
}

/** Question words and words every claim shares, ignored in queries. */
const STOP_WORDS = new Set([
  'how',
  'many',
  'much',
  'what',
  'the',
  'of',
  'in',
  'to',
  'north',
  'korean',
  'koreans',
  'korea',
  'dprk',
  'dvrk',
  'were',
  'was',
  'have',
  'has',
  'been',
  'did',
  'are',
  'is',
  'by',
  'and',
  'or',
  'a',
  'an',
  'for',
  'on',
  'скільки',
  'кндр',
  'північнокорейських',
  'військових',
  'солдатів',
  'у',
  'в',
  'на',
  'і',
  'та',
  'сколько',
  'северокорейских',
  'военных',
  'солдат',
  'и',
  'wie',
  'viele',
  'nordkoreanische',
  'nordkoreanischen',
  'soldaten',
  'der',
  'die',
  'das',
  'und',
  '북한군',
  '북한',
  '몇',
  '명',
]);

const MONTHS: readonly string[][] = [
  ['january', 'січ', 'январ', 'januar', '1월'],
  ['february', 'лют', 'феврал', 'februar', '2월'],
  ['march', 'берез', 'март', 'märz', '3월'],
  ['april', 'квіт', 'апрел', '4월'],
  ['may', 'трав', 'мая', 'май', 'mai', '5월'],
  ['june', 'черв', 'июн', 'juni', '6월'],
  ['july', 'лип', 'июл', 'juli', '7월'],
  ['august', 'серп', 'август', '8월'],
  ['september', 'верес', 'сентябр', '9월'],
  ['october', 'жовт', 'октябр', 'oktober', '10월'],
  ['november', 'листопад', 'ноябр', '11월'],
  ['december', 'груд', 'декабр', 'dezember', '12월'],
];

const MULTIPLIERS: [RegExp, number][] = [
  [/^(million|millionen|mio|млн|мільйон|миллион)/, 1_000_000],
  [/^(thousand|tausend|тис|тыс)/, 1000],
];

/** Numbers in a query: "4,000", "4 000", "4.000", "4 тисячі", "4천", "1만5천"; [] when none. */
export function readQueryNumbers(query: string, lower = normalizeText(query)): number[] {
  const out: number[] = [];
  // Korean ten-thousands ("1만5천") first, then blanked out; most texts have no 만 at all.
  const hasMan = lower.includes('만');
  if (hasMan) {
    for (const m of lower.matchAll(/(\d+)\s?만(?:\s?(\d+)\s?천)?/g)) {
      out.push(Number(m[1]) * 10_000 + Number(m[2] ?? 0) * 1000);
    }
  }
  const withoutMan = hasMan ? lower.replace(/(\d+)\s?만(?:\s?(\d+)\s?천)?/g, ' ') : lower;
  for (const m of withoutMan.matchAll(/(\d{1,3}(?:[ ,.\u00a0]\d{3})+|\d+(?:[.,]\d+)?)\s?(천|[\p{L}]+)?/gu)) {
    const raw = m[1] ?? '';
    const grouped = /^\d{1,3}(?:[ ,.\u00a0]\d{3})+$/.test(raw);
    let value = grouped ? Number(raw.replace(/[^\d]/g, '')) : Number(raw.replace(',', '.'));
    const word = m[2] ?? '';
    if (word === '천') value *= 1000;
    for (const [re, factor] of MULTIPLIERS) if (re.test(word)) value *= factor;
    if (Number.isFinite(value) && value > 0) out.push(Math.round(value));
  }
  return out;
}

/**
 * Metrics a query names through metric words. "Killed or wounded" means casualties_total only; deployed_total
 * and reinforcements count only when no narrower metric is named. Empty when the query names none.
 */
export function readQueryMetrics(query: string): Set<Metric> {
  const lower = normalizeText(query);
  const tokens = tokenize(query);
  const found = new Set<Metric>();
  // Each token counts for the metric of its longest matching word: "포로" (prisoners) is captured, not the
  // "포" (guns) it starts with.
  const best = new Map<string, { length: number; metrics: Set<Metric> }>();
  for (const [metric, words] of Object.entries(METRIC_WORDS) as [Metric, readonly string[]][]) {
    for (const word of words) {
      if (word.includes(' ')) {
        if (lower.includes(word)) found.add(metric);
        continue;
      }
      for (const t of tokens) {
        const hit = word.length >= 4 || /[\uac00-\ud7a3]/.test(word) ? t.startsWith(word) : t === word;
        if (!hit) continue;
        const current = best.get(t);
        if (!current || word.length > current.length)
          best.set(t, { length: word.length, metrics: new Set([metric]) });
        else if (word.length === current.length) current.metrics.add(metric);
      }
    }
  }
  for (const { metrics } of best.values()) for (const metric of metrics) found.add(metric);
  if (found.has('casualties_total')) {
    found.delete('killed');
    found.delete('wounded');
  }
  if (found.size > 1) found.delete('deployed_total');
  if (found.size > 1) found.delete('reinforcements');
  return found;
}

function isMetricWord(token: string): boolean {
  return Object.values(METRIC_WORDS).some((words) =>
    words.some(
      (w) =>
        !w.includes(' ') && (w.length >= 4 || /[\uac00-\ud7a3]/.test(w) ? token.startsWith(w) : token === w),
    ),
  );
}

function isMonthWord(token: string): boolean {
  return MONTHS.some((names) => names.some((n) => token.startsWith(n)));
}

function readQueryMonths(tokens: readonly string[]): Set<number> {
  const months = new Set<number>();
  MONTHS.forEach((names, i) => {
    if (tokens.some((t) => names.some((n) => t.startsWith(n) && (n !== 'may' || t === 'may'))))
      months.add(i + 1);
  });
  return months;
}

interface SearchDoc {
  id: string;
  text: string;
}

const FUSE_KEY = 'search-fuse';

function getFuse(index: MatchIndex): Fuse<SearchDoc> {
  const hit = index.cache.get(FUSE_KEY) as Fuse<SearchDoc> | undefined;
  if (hit) return hit;
  const docs = index.claims.map((c) => ({
    id: c.claim.id,
    text: [
      c.claim.summary,
      c.claim.scope,
      c.claim.period ?? '',
      c.claim.sources.map((s) => s.outlet).join(' '),
    ].join(' '),
  }));
  const fuse = new Fuse(docs, {
    keys: ['text'],
    useTokenSearch: true,
    includeScore: true,
    ignoreDiacritics: true,
    threshold: 0.25,
  });
  index.cache.set(FUSE_KEY, fuse);
  return fuse;
}

const POSTINGS_KEY = 'search-postings';

/** Claim ids by word stem, built once per index. */
function getPostings(index: MatchIndex): Map<string, Set<string>> {
  const hit = index.cache.get(POSTINGS_KEY) as Map<string, Set<string>> | undefined;
  if (hit) return hit;
  const postings = new Map<string, Set<string>>();
  for (const c of index.claims) {
    for (const t of c.tokens) {
      const set = postings.get(t) ?? new Set<string>();
      set.add(c.claim.id);
      postings.set(t, set);
    }
  }
  index.cache.set(POSTINGS_KEY, postings);
  return postings;
}

/**
 * Word score (0–1) per claim id: stems found in a claim's text count by rarity; a word found in no claim
 * is looked up fuzzily with fuse.js (typos, other inflections). Empty map when no word matches.
 */
function scoreWords(index: MatchIndex, words: readonly string[]): Map<string, number> {
  const scores = new Map<string, number>();
  if (words.length === 0) return scores;
  const postings = getPostings(index);
  const share = 1 / words.length;
  for (const word of new Set(words)) {
    const stem = stemTokens(word)[0];
    const ids = stem === undefined ? undefined : postings.get(stem);
    if (ids && ids.size > 0) {
      const rarity = Math.min(1, (index.idf.get(stem ?? '') ?? 0) / 3);
      for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + share * (0.5 + 0.5 * rarity));
      continue;
    }
    for (const r of getFuse(index).search(word, { limit: 20 })) {
      scores.set(r.item.id, (scores.get(r.item.id) ?? 0) + share * 0.8 * (1 - (r.score ?? 1)));
    }
  }
  return scores;
}

function passesFilters(entry: IndexedClaim, filters: SearchFilters): boolean {
  const { claim } = entry;
  if (filters.metric && claim.metric !== filters.metric) return false;
  if (filters.estimator && claim.estimator !== filters.estimator) return false;
  if (filters.from && claim.statedOn.slice(0, filters.from.length) < filters.from) return false;
  if (filters.to && claim.statedOn.slice(0, filters.to.length) > filters.to) return false;
  return true;
}

function matchesNumber(entry: IndexedClaim, n: number): number {
  const { claim } = entry;
  if (claim.value === n || claim.low === n || claim.high === n) return 1;
  if (entry.secondary.includes(n)) return 0.6;
  const spec = {
    value: claim.value ?? null,
    low: claim.low ?? null,
    high: claim.high ?? null,
    qualifier: claim.qualifier,
  };
  const interval = toInterval(spec);
  return interval && n >= interval[0] && n <= interval[1] ? 0.7 : 0;
}

/**
 * Ranks the claims for a free-text query (any of the five languages), optionally filtered. A query that
 * names an estimator, a metric or a number keeps only claims that fit it; words rank the rest. Ties go to
 * the latest claim. Returns [] when the query matches nothing (or is empty and no filter is given); an
 * empty query with filters lists the filtered claims, latest first.
 */
export function searchClaims(index: MatchIndex, query: string, filters: SearchFilters = {}): SearchHit[] {
  const candidates = index.claims.filter((c) => passesFilters(c, filters));
  const tokens = tokenize(query).filter((t) => !STOP_WORDS.has(t));
  const hasFilters = Object.values(filters).some((v) => v !== undefined);
  if (tokens.length === 0) {
    if (!hasFilters) return [];
    return candidates.map((c) => ({ claim: c.claim, score: 0 })).sort(byScoreThenDate);
  }
  const estimators = new Set(findCuesCached(index, query).map((c) => c.estimatorId));
  const metrics = filters.metricsOverride ?? readQueryMetrics(query);
  const numbers = readQueryNumbers(query);
  const months = readQueryMonths(tokens);
  const years = new Set(tokens.filter((t) => /^20\d\d$/.test(t)));
  const named = new Set(findCuesCached(index, query).flatMap((c) => tokenize(query.slice(c.start, c.end))));
  const words = tokens.filter((t) => !/^\d/.test(t) && !named.has(t) && !isMetricWord(t) && !isMonthWord(t));
  const fuzzy = scoreWords(index, words);

  const hits: SearchHit[] = [];
  for (const entry of candidates) {
    const { claim } = entry;
    if (estimators.size > 0 && !estimators.has(claim.estimator)) continue;
    if (metrics.size > 0 && !metrics.has(claim.metric)) continue;
    const numberScore =
      numbers.length > 0
        ? Math.max(...numbers.filter((n) => !years.has(String(n))).map((n) => matchesNumber(entry, n)), 0)
        : 0;
    const realNumbers = numbers.filter((n) => !years.has(String(n)));
    if (realNumbers.length > 0 && numberScore === 0) continue;
    const month = Number(claim.statedOn.slice(5, 7));
    if (months.size > 0 && !months.has(month)) continue;
    if (years.size > 0 && !years.has(claim.statedOn.slice(0, 4))) continue;
    const text = fuzzy.get(claim.id) ?? 0;
    const structured = estimators.size + metrics.size + realNumbers.length + months.size + years.size > 0;
    if (!structured && text === 0) continue;
    const weight = (entry.scopeClass === 'cumulative' ? 0.2 : 0) + (claim.status === 'verified' ? 0.1 : 0);
    const score =
      (estimators.size > 0 ? 3 : 0) +
      (metrics.size > 0 ? 3 : 0) +
      2 * numberScore +
      (months.size > 0 ? 1 : 0) +
      text +
      weight;
    hits.push({ claim, score });
  }
  if (hits.length === 0 && metrics.size > 0 && !filters.metric) {
    // "Zelensky wounded": he gave no wounded-only count, but his killed-or-wounded totals contain them.
    const wider = widenMetrics(metrics);
    if (wider.size > metrics.size) return searchClaims(index, query, { ...filters, metricsOverride: wider });
  }
  return hits.sort(byScoreThenDate);
}

/** Metrics that contain or are contained in the given ones (casualties_total ⊃ killed, wounded). */
function widenMetrics(metrics: ReadonlySet<Metric>): Set<Metric> {
  const wider = new Set(metrics);
  if (metrics.has('killed') || metrics.has('wounded')) wider.add('casualties_total');
  if (metrics.has('casualties_total')) {
    wider.add('killed');
    wider.add('wounded');
  }
  return wider;
}

function byScoreThenDate(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    b.claim.statedOn.localeCompare(a.claim.statedOn) ||
    (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0)
  );
}
