import type { Claim, Estimator } from '../../core/types';
import { formatCitation } from '../format/format-citation';
import { formatClaimValue } from '../format/format-claim-value';
import { formatDate } from '../format/format-date';
import { formatMetric } from '../format/format-metric';
import { readUiLocale } from '../format/locale';
import { t } from '../i18n';
import { ClaimMarkers } from './ClaimMarkers';
import { CopyCitationButton } from './CopyCitationButton';
import { makeUnknownEstimator } from './estimator-fallback';
import { OutletLink } from './OutletLink';

/** Props of {@link ClaimLine}. */
export type ClaimLineProps = {
  claim: Claim;
  /** The claim's estimator; without it the estimator id is shown. */
  estimator?: Estimator;
  /** Locale for numbers and dates; defaults to the browser's UI locale. */
  locale?: string;
  /** Whether the reader imported this claim (marked "yours"). */
  isUserClaim?: (claim: Claim) => boolean;
  /** Hide the metric when the surrounding text already names it. */
  hideMetric?: boolean;
  /** Clipboard writer for "Copy citation"; defaults to navigator.clipboard.writeText. */
  copyText?: (text: string) => Promise<void>;
};

/**
 * One estimate on one line: estimator · value with qualifier · metric · date · outlet link, with "yours" and
 * "weak source" markers and a "Copy citation" button. Every string from the claim is rendered as text.
 */
export function ClaimLine({ claim, estimator, locale, isUserClaim, hideMetric, copyText }: ClaimLineProps) {
  const loc = locale ?? readUiLocale();
  const who = estimator ?? makeUnknownEstimator(claim.estimator);
  const date = formatDate(claim.statedOn, loc);
  return (
    <span class="nkf-claim" data-claim-id={claim.id}>
      <span class="nkf-claim-who" title={who.name}>
        {who.short}
      </span>
      <span class="nkf-sep" aria-hidden="true">
        {' · '}
      </span>
      <span class="nkf-claim-value">{formatClaimValue(claim, loc)}</span>
      {!hideMetric && (
        <>
          {' '}
          <span class="nkf-claim-metric">{formatMetric(claim.metric)}</span>
        </>
      )}
      <span class="nkf-sep" aria-hidden="true">
        {' · '}
      </span>
      <time class="nkf-claim-date" dateTime={claim.statedOn}>
        {date}
      </time>
      <span class="nkf-sep" aria-hidden="true">
        {' · '}
      </span>
      <OutletLink source={claim.sources[0]} /> <ClaimMarkers claim={claim} isUserClaim={isUserClaim} />{' '}
      <CopyCitationButton
        citation={formatCitation(claim, who, loc)}
        label={t('copyCitationFor', [who.short, date])}
        copyText={copyText}
      />
    </span>
  );
}
