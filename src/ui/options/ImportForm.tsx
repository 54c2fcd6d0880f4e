import { useState } from 'preact/hooks';
import type { Dataset } from '../../core/types';
import { checkImport, IMPORT_MAX_BYTES, saveUserData, type UserData } from '../../ext/user-claims';
import { t } from '../i18n';

/** Props of {@link ImportForm}. */
export type ImportFormProps = {
  bundled: Dataset;
  existing: UserData;
};

type Outcome = { ok: true; added: number; replaced: number } | { ok: false; errors: string[] } | null;

/**
 * Imports claims from a JSON file in the dataset schema. The file is size-checked and validated (the same
 * validator as the bundled data) before anything is stored; on any error nothing changes and every error is
 * listed with its claim and field.
 */
export function ImportForm({ bundled, existing }: ImportFormProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setOutcome({ ok: false, errors: [`file too large: ${file.size} bytes (at most ${IMPORT_MAX_BYTES})`] });
      return;
    }
    const result = checkImport(await file.text(), bundled, existing, file.size);
    if (!result.ok) {
      setOutcome(result);
      return;
    }
    try {
      await saveUserData(result.data);
      setOutcome({ ok: true, added: result.added, replaced: result.replaced });
    } catch (error) {
      setOutcome({ ok: false, errors: [`could not store the claims: ${(error as Error).message}`] });
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
        {outcome?.ok && (
          <p class="success">{t('importDone', [String(outcome.added), String(outcome.replaced)])}</p>
        )}
      </div>
      {outcome && !outcome.ok && (
        <div class="error-box" role="alert" data-testid="import-errors">
          <p>{t('importFailed', String(outcome.errors.length))}</p>
          <ul>
            {outcome.errors.map((error, i) => (
              <li key={i}>
                <code>{error}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
