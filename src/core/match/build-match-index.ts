/**
 * Builds the matching index once per dataset: precomputed claim features, series, misreadings, word
 * rarities and the estimator alias matcher.
 */
import type { Claim, Dataset, Estimator } from '../types.ts';
import type { IndexedClaim, MatchIndex } from './types.ts';
import { buildCueMatcher } from './estimator-cues.ts';
import { stemTokens } from './normalize-text.ts';
import { nominalOf, toInterval } from './score-number.ts';
import { toDay } from './score-date.ts';
import { buildIdf } from './score-text.ts';
import { readClaimKinds, readClaimModality, readNumbers, readScopeClass } from './claim-features.ts';

/** Placeholder for a claim whose estimator id is missing from the dataset (the validator reports those). */
function unknownEstimator(id: string): Estimator {
  const aliases = { en: [], uk: [], ru: [], de: [], ko: [] };
  return { id, name: id, short: id, kind: 'analyst', country: '', aliases };
}

function indexClaim(claim: Claim, estimator: Estimator, misreadings: Dataset['misreadings']): IndexedClaim {
  const misprints = misreadings.flatMap((m) => (m.wrongValue === undefined ? [] : [m.wrongValue]));
  const spec = {
    value: claim.value ?? null,
    low: claim.low ?? null,
    high: claim.high ?? null,
    qualifier: claim.qualifier,
  };
  const main = new Set([claim.value, claim.low, claim.high].filter((v): v is number => v !== undefined));
  const nominalValue = claim.value ?? claim.high ?? claim.low ?? Infinity;
  // Parts of the claim's number ("500 officers" within 12,000), not the totals it is taken from.
  const secondary = [...new Set(readNumbers(`${claim.summary} ${claim.scope}`))].filter(
    (v) => !main.has(v) && v < nominalValue,
  );
  const outlets = claim.sources.map((s) => s.outlet).join(' ');
  const nominal = nominalOf(spec);
  const searchable = [
    claim.summary,
    claim.scope,
    claim.period ?? '',
    claim.via ?? '',
    outlets,
    estimator.name,
  ];
  return {
    claim,
    estimator,
    nominal,
    interval: toInterval(spec),
    numbers: [...new Set([...main, ...readNumbers(`${claim.summary} ${claim.scope}`)])],
    logNominal: nominal !== null && nominal > 0 ? Math.log(nominal) : null,
    misreadings,
    misprints,
    secondary,
    day: toDay(claim.statedOn),
    tokens: new Set(stemTokens(searchable.join(' '))),
    modality: readClaimModality(claim),
    scopeClass: readScopeClass(claim),
    kinds: readClaimKinds(claim),
  };
}

/** Orders claims by statement date, then id, so series and timelines are stable. */
export function compareByDate(a: IndexedClaim, b: IndexedClaim): number {
  return a.day - b.day || (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0);
}

/**
 * Builds the index used by `matchFigure` and `searchClaims`. Never throws on an empty dataset: the index is
 * then empty and every figure matches nothing.
 */
export function buildMatchIndex(dataset: Dataset): MatchIndex {
  const estimators = new Map(dataset.estimators.map((e) => [e.id, e]));
  const misreadings = new Map<string, Dataset['misreadings']>();
  for (const m of dataset.misreadings) {
    const list = misreadings.get(m.claim) ?? [];
    list.push(m);
    misreadings.set(m.claim, list);
  }
  const claims = dataset.claims.map((c) =>
    indexClaim(c, estimators.get(c.estimator) ?? unknownEstimator(c.estimator), misreadings.get(c.id) ?? []),
  );
  const byId = new Map(claims.map((c) => [c.claim.id, c]));
  const series = new Map<string, IndexedClaim[]>();
  for (const c of claims) {
    const list = series.get(c.claim.series) ?? [];
    list.push(c);
    series.set(c.claim.series, list);
  }
  for (const list of series.values()) list.sort(compareByDate);
  const idf = buildIdf(claims);
  const postings = new Map<string, number[]>();
  const textTotals = claims.map((c, position) => {
    let total = 0;
    for (const t of c.tokens) {
      total += idf.get(t) ?? 0;
      const list = postings.get(t) ?? [];
      list.push(position);
      postings.set(t, list);
    }
    return total;
  });
  return {
    dataset,
    claims,
    byId,
    estimators,
    series,
    misreadings,
    idf,
    postings,
    textTotals,
    findCues: buildCueMatcher(dataset.estimators, dataset.claims),
    cache: new Map(),
    memo: { byKind: new Map(), size: 0 },
  };
}
