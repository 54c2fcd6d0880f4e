/**
 * The one sentence that says how the page's figure relates to the estimates.
 */
import type { MatchResult } from '../../core/match/types';
import { formatClaimValue } from '../format/format-claim-value';
import { formatDate } from '../format/format-date';
import { formatMetric } from '../format/format-metric';
import { t } from '../i18n';

/**
 * A general sentence for the relation in the UI language ("This figure restates NIS’s estimate of …").
 * The matcher's `note` is more specific but English-only; the card prefers it when the UI reads English.
 */
export function describeRelationSentence(
  result: MatchResult,
  nameOf: (estimatorId: string) => string,
  locale: string,
): string {
  const { match } = result;
  if (!match || result.relation === 'unknown') return t('sentenceUnknown');
  const who = nameOf(match.estimator);
  const date = formatDate(match.statedOn, locale);
  switch (result.relation) {
    case 'same':
      return t('sentenceSame', [who, date]);
    case 'metric_mismatch':
      return t('sentenceMetricMismatch', [
        who,
        date,
        `${formatClaimValue(match, locale)} ${formatMetric(match.metric)}`,
      ]);
    case 'differs':
      return t('sentenceDiffers', [who, date]);
  }
}
