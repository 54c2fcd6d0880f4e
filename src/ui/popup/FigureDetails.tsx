import type { MatchIndex } from '../../core/match/types';
import type { PageFigureInfo } from '../../core/messages';
import type { Claim } from '../../core/types';
import { ClaimLine } from '../components/ClaimLine';
import { EstimateTable } from '../components/EstimateTable';
import { Timeline } from '../components/Timeline';
import { t } from '../i18n';
import { buildMetricSeries } from './build-series';

/** Props of {@link FigureDetails}. */
export type FigureDetailsProps = {
  info: PageFigureInfo;
  /** The dataset index, once built; the timeline then shows every estimator's series. */
  index: MatchIndex | null;
  locale: string;
  isUserClaim(claim: Claim): boolean;
  id: string;
};

function middleOf(info: PageFigureInfo): number | null {
  const { value, low, high } = info.figure;
  if (value !== null) return value;
  return low !== null && high !== null ? (low + high) / 2 : null;
}

/**
 * A page figure expanded: the estimate it most likely restates, the competing estimates side by side, and
 * every estimator's estimates of its metric over time with the page's figure marked.
 */
export function FigureDetails({ info, index, locale, isUserClaim, id }: FigureDetailsProps) {
  const { result, figure } = info;
  if (!result) {
    return (
      <div id={id} class="figure-details">
        <p class="muted">{t('matchPending')}</p>
      </div>
    );
  }
  const match = result.match;
  const estimator = match ? index?.estimators.get(match.estimator) : undefined;
  return (
    <div id={id} class="figure-details">
      {match && (
        <p class="figure-match">
          <span class="label">{result.relation === 'same' ? t('cardRestates') : t('cardNearest')}: </span>
          <ClaimLine
            claim={match}
            locale={locale}
            isUserClaim={isUserClaim}
            {...(estimator ? { estimator } : {})}
          />
        </p>
      )}
      {result.note && <p class="note">{result.note}</p>}
      <EstimateTable estimates={result.competing} locale={locale} isUserClaim={isUserClaim} />
      <Timeline
        series={buildMetricSeries(figure.metric, index, result)}
        metric={figure.metric}
        figureValue={middleOf(info)}
        percent={figure.unit === 'percent'}
        locale={locale}
      />
    </div>
  );
}
