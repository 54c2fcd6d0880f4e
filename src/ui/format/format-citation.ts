/**
 * A plain-text citation of one estimate, for "Copy citation".
 */
import type { Claim, Estimator } from '../../core/types';
import { formatClaimValue } from './format-claim-value';
import { formatEstimatorName } from './format-estimator';
import { formatMetric } from './format-metric';
import { safeHref } from './safe-href';

/**
 * "NIS (South Korea), 2025-01-13: about 300 killed — Yonhap, https://…". The date stays ISO so the
 * citation reads the same in every language; the first source is cited, its URL only when it is http(s).
 * Plain text: never parse it as HTML.
 */
export function formatCitation(claim: Claim, estimator: Estimator, locale = 'en'): string {
  const head = `${formatEstimatorName(estimator, locale)}, ${claim.statedOn}: ${formatClaimValue(claim, locale)} ${formatMetric(claim.metric)}`;
  const source = claim.sources[0];
  if (!source) return head;
  const href = safeHref(source.url);
  return href ? `${head} — ${source.outlet}, ${href}` : `${head} — ${source.outlet}`;
}
