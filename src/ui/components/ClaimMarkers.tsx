import type { Claim } from '../../core/types';
import { t } from '../i18n';

/** Props of {@link ClaimMarkers}. */
export type ClaimMarkersProps = {
  claim: Claim;
  /** Whether the reader imported this claim (it is then shown as theirs). */
  isUserClaim?: (claim: Claim) => boolean;
};

/** "yours" for imported claims and "weak source" for weakly sourced ones, each explained in its title. */
export function ClaimMarkers({ claim, isUserClaim }: ClaimMarkersProps) {
  const yours = isUserClaim?.(claim) ?? false;
  const weak = claim.status === 'weak';
  if (!yours && !weak) return null;
  return (
    <>
      {yours && (
        <span class="nkf-tag nkf-tag-yours" title={t('markerYoursTitle')}>
          {t('markerYours')}
        </span>
      )}
      {weak && (
        <span class="nkf-tag nkf-tag-weak" title={t('markerWeakTitle')}>
          {t('markerWeak')}
        </span>
      )}
    </>
  );
}
