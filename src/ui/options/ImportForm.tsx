import { useState } from 'preact/hooks';
import type { ProblemList } from '../../core/dataset/problems';
import type { Dataset } from '../../core/types';
import {
  checkImport,
  checkImportSize,
  IMPORT_MAX_BYTES,
  saveUserData,
  type UserData,
} from '../../ext/user-claims';
import { t } from '../i18n';
import { describeProblem } from './problem-text';

/** Props of {@link ImportForm}. */
export type ImportFormProps = {
  bundled: Dataset;
  existing: UserData;
  /** Locale numbers in messages are formatted for. */
  locale: string;
};

type Outcome =
  | { kind: 'imported'; added: number; replaced: number }
  | ({ kind: 'refused' } & ProblemList)
  | { kind: 'not-stored'; reason: string }
  | null;

/** Every problem of a refused import, each with its claim and field, in the interface language. */
function ProblemItems({ problems, omitted, locale }: ProblemList & { locale: string }) {
  return (
    <ul>
      {problems.map((problem, i) => {
        const { location, message } = describeProblem(problem, locale);
        return (
          <li key={i}>
            {location && (
              <>
                <code>{location}</code>:{' '}
              </>
            )}
            {message}
          </li>
        );
      })}
      {omitted > 0 && <li>{t('problemsOmitted', String(omitted))}</li>}
    </ul>
  );
}

/**
 * Imports claims from a JSON file in the dataset schema. The file is size-checked and validated (the same
 * validator as the bundled data) before anything is stored; on any error nothing changes and every error is
 * listed with its claim and field.
 */
export function ImportForm({ bundled, existing, locale }: ImportFormProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const tooLarge = checkImportSize(file.size);
    if (tooLarge) {
      setOutcome({ kind: 'refused', problems: [tooLarge], omitted: 0 });
      return;
    }
    const result = checkImport(await file.text(), bundled, existing, file.size);
    if (!result.ok) {
      setOutcome({ kind: 'refused', problems: result.problems, omitted: result.omitted });
      return;
    }
    try {
      await saveUserData(result.data);
      setOutcome({ kind: 'imported', added: result.added, replaced: result.replaced });
    } catch (error) {
      setOutcome({ kind: 'not-stored', reason: (error as Error).message });
    }
  };

  return (
    <div class="import">
      <label class="field">
        <span>{t('importLabel')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          aria-describedby="import-help"
          onChange={(event) => void onFile(event.currentTarget)}
        />
      </label>
      <p id="import-help" class="muted help">
        {t('importHelp', String(Math.round(IMPORT_MAX_BYTES / 1024 / 1024)))}
      </p>
      <div role="status" aria-live="polite" data-testid="import-outcome">
        {outcome?.kind === 'imported' && (
          <p class="success">{t('importDone', [String(outcome.added), String(outcome.replaced)])}</p>
        )}
      </div>
      {outcome?.kind === 'refused' && (
        <div class="error-box" role="alert" data-testid="import-errors">
          <p>{t('importFailed', String(outcome.problems.length + outcome.omitted))}</p>
          <ProblemItems problems={outcome.problems} omitted={outcome.omitted} locale={locale} />
        </div>
      )}
      {outcome?.kind === 'not-stored' && (
        <div class="error-box" role="alert" data-testid="import-errors">
          <p>{t('importStoreFailed', outcome.reason)}</p>
        </div>
      )}
    </div>
  );
}
