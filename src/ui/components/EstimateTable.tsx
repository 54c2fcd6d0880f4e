import type { CompetingEstimate } from '../../core/match/types';
import type { Claim } from '../../core/types';
import { formatClaimValue } from '../format/format-claim-value';
import { formatDate } from '../format/format-date';
import { readUiLocale } from '../format/locale';
import { t } from '../i18n';
import { ClaimMarkers } from './ClaimMarkers';
import { OutletLink } from './OutletLink';

/** Props of {@link EstimateTable}. */
export type EstimateTableProps = {
  /** Other estimators' latest estimates, in the order to show them. */
  estimates: readonly CompetingEstimate[];
  /** Table caption; defaults to "Other estimates". */
  caption?: string;
  /** Locale for numbers and dates; defaults to the browser's UI locale. */
  locale?: string;
  /** Whether the reader imported a claim (marked "yours"). */
  isUserClaim?: (claim: Claim) => boolean;
};

/**
 * Competing estimates side by side in a real table (caption, column headers, one row header per estimator):
 * who, how many, when, and where it was reported. No row is ranked above another.
 */
export function EstimateTable({ estimates, caption, locale, isUserClaim }: EstimateTableProps) {
  const loc = locale ?? readUiLocale();
  const title = caption ?? t('tableCaption');
  if (estimates.length === 0) {
    return (
      <p class="nkf-muted nkf-table-empty">
        <span class="nkf-table-empty-title">{title}: </span>
        {t('tableEmpty')}
      </p>
    );
  }
  return (
    <table class="nkf-table nkf-estimates">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colEstimator')}</th>
          <th scope="col">{t('colValue')}</th>
          <th scope="col">{t('colDate')}</th>
          <th scope="col">{t('colSource')}</th>
        </tr>
      </thead>
      <tbody>
        {estimates.map(({ estimator, latest }) => (
          <tr key={`${estimator.id}:${latest.id}`} data-claim-id={latest.id}>
            <th scope="row" title={estimator.name}>
              {estimator.short} <ClaimMarkers claim={latest} isUserClaim={isUserClaim} />
            </th>
            <td>{formatClaimValue(latest, loc)}</td>
            <td>
              <time dateTime={latest.statedOn}>{formatDate(latest.statedOn, loc)}</time>
            </td>
            <td>
              <OutletLink source={latest.sources[0]} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
