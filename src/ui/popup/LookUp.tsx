import { useMemo, useState } from 'preact/hooks';
import type { SearchFilters, SearchHit } from '../../core/match/search-claims';
import type { MatchIndex } from '../../core/match/types';
import { METRICS, type Claim, type Metric } from '../../core/types';
import { ClaimLine } from '../components/ClaimLine';
import { formatMetric } from '../format/format-metric';
import { t } from '../i18n';

/** Props of {@link LookUp}. */
export type LookUpProps = {
  /** The dataset index; null while it is being built. */
  index: MatchIndex | null;
  /** Searches the index (searchClaims); null while it is being built. */
  search: ((query: string, filters: SearchFilters) => SearchHit[]) | null;
  locale: string;
  isUserClaim(claim: Claim): boolean;
};

/** Most results shown at once. */
export const MAX_RESULTS = 40;

function readExamples(): string[] {
  return t('lookupExamples')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

function listEstimators(index: MatchIndex | null) {
  if (!index) return [];
  const cited = new Set(index.claims.map((c) => c.claim.estimator));
  return [...index.estimators.values()]
    .filter((e) => cited.has(e.id))
    .sort((a, b) => a.short.localeCompare(b.short));
}

/**
 * Searches the whole dataset as you type (offline, on any page), with metric and estimator filters;
 * results are claim cards with "Copy citation". Example queries fill the empty state.
 */
export function LookUp({ index, search, locale, isUserClaim }: LookUpProps) {
  const [query, setQuery] = useState('');
  const [metric, setMetric] = useState<Metric | ''>('');
  const [estimator, setEstimator] = useState('');
  const estimators = useMemo(() => listEstimators(index), [index]);
  const filters: SearchFilters = {
    ...(metric ? { metric } : {}),
    ...(estimator ? { estimator } : {}),
  };
  const asked = query.trim() !== '' || metric !== '' || estimator !== '';
  const hits = useMemo(
    () => (search && asked ? search(query, filters) : []),
    [search, query, metric, estimator],
  );
  const shown = hits.slice(0, MAX_RESULTS);

  return (
    <div class="lookup">
      <div class="lookup-form" role="search">
        <label class="field">
          <span>{t('lookupLabel')}</span>
          <input
            type="search"
            data-testid="lookup-input"
            value={query}
            placeholder={t('lookupPlaceholder')}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </label>
        <div class="filters">
          <label class="field">
            <span>{t('filterMetric')}</span>
            <select value={metric} onChange={(event) => setMetric(event.currentTarget.value as Metric | '')}>
              <option value="">{t('filterAny')}</option>
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {formatMetric(m)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('filterEstimator')}</span>
            <select value={estimator} onChange={(event) => setEstimator(event.currentTarget.value)}>
              <option value="">{t('filterAny')}</option>
              {estimators.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.short}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <p class="muted lookup-count" role="status" aria-live="polite" data-testid="lookup-count">
        {!asked ? '' : !search ? t('lookupPreparing') : t('lookupCount', String(hits.length))}
      </p>
      {!asked && (
        <div class="examples">
          <p class="muted">{t('lookupTry')}</p>
          <ul>
            {readExamples().map((example) => (
              <li key={example}>
                <button type="button" class="link-button" onClick={() => setQuery(example)}>
                  {example}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {shown.length > 0 && (
        <ul class="results" data-testid="lookup-results">
          {shown.map(({ claim }) => {
            const who = index?.estimators.get(claim.estimator);
            return (
              <li key={claim.id} class="claim-card">
                <ClaimLine
                  claim={claim}
                  locale={locale}
                  isUserClaim={isUserClaim}
                  {...(who ? { estimator: who } : {})}
                />
                <p class="claim-summary">{claim.summary}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
