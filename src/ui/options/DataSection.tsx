import { useMemo } from 'preact/hooks';
import { summarizeDataset } from '../../core/dataset/summarize-dataset';
import type { Dataset } from '../../core/types';
import { formatExport, removeUserClaim, saveUserData, type LoadedUserData } from '../../ext/user-claims';
import { ClaimLine } from '../components/ClaimLine';
import { formatDate } from '../format/format-date';
import { t } from '../i18n';
import { ConfirmButton } from './ConfirmButton';
import { ImportForm } from './ImportForm';
import { saveTextFile } from './save-file';

/** Props of {@link DataSection}. */
export type DataSectionProps = {
  bundled: Dataset;
  user: LoadedUserData | null;
  locale: string;
};

const markYours = () => true;

/** The bundled dataset's version, date and counts; importing, listing, exporting and removing your claims. */
export function DataSection({ bundled, user, locale }: DataSectionProps) {
  const summary = useMemo(() => summarizeDataset(bundled), [bundled]);
  const estimators = useMemo(() => new Map(bundled.estimators.map((e) => [e.id, e])), [bundled]);
  const data = user?.data ?? { estimators: [], claims: [], misreadings: [] };
  const whoOf = (id: string) => estimators.get(id) ?? data.estimators.find((e) => e.id === id);

  return (
    <section aria-labelledby="h-data" data-testid="data-section" data-loaded={user !== null}>
      <h2 id="h-data">{t('sectionData')}</h2>
      <p data-testid="dataset-summary">
        {t('datasetSummary', [
          String(summary.claims),
          String(summary.estimators),
          formatDate(bundled.updated, locale),
        ])}{' '}
        {t('datasetVersion', [String(bundled.schemaVersion), String(summary.misreadings)])}
      </p>
      {user?.corrupt && (
        <p class="notice" role="alert">
          {t('userDataCorrupt')}
        </p>
      )}
      <h3>{t('yourClaimsHeading', String(data.claims.length))}</h3>
      <ImportForm bundled={bundled} existing={data} locale={locale} />
      {data.claims.length > 0 && (
        <>
          <ul class="user-claims" data-testid="user-claims">
            {data.claims.map((claim) => {
              const who = whoOf(claim.estimator);
              return (
                <li key={claim.id} class="claim-card">
                  <ClaimLine
                    claim={claim}
                    locale={locale}
                    isUserClaim={markYours}
                    {...(who ? { estimator: who } : {})}
                  />{' '}
                  <button
                    type="button"
                    aria-label={t('removeClaim', claim.id)}
                    onClick={() => void saveUserData(removeUserClaim(data, claim.id))}
                  >
                    {t('remove')}
                  </button>
                </li>
              );
            })}
          </ul>
          <div class="row">
            <button type="button" onClick={() => saveTextFile('my-nk-troop-claims.json', formatExport(data))}>
              {t('exportClaims')}
            </button>
            <ConfirmButton
              label={t('removeAllClaims')}
              question={t('removeAllConfirm')}
              testId="remove-all"
              onConfirm={() => void saveUserData({ estimators: [], claims: [], misreadings: [] })}
            />
          </div>
        </>
      )}
    </section>
  );
}
