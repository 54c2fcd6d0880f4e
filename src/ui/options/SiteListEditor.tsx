import { useState } from 'preact/hooks';
import { parseSiteEntry, type SiteEntryError } from '../../core/site-rules';
import { t } from '../i18n';
import { describeSiteError } from './problem-text';

/** Props of {@link SiteListEditor}. */
export type SiteListEditorProps = {
  sites: readonly string[];
  onChange(sites: string[]): void;
};

/**
 * The site list: each entry with a remove button, and a field that checks a new entry (parseSiteEntry) and
 * says what is wrong with a bad one before anything is saved.
 */
export function SiteListEditor({ sites, onChange }: SiteListEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<SiteEntryError | null>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteEntry(draft);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setDraft('');
    if (!sites.includes(parsed.site)) onChange([...sites, parsed.site]);
  };

  return (
    <div class="site-list">
      {sites.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul data-testid="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>{' '}
              <button
                type="button"
                aria-label={t('siteRemove', site)}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add}>
        <label class="field">
          <span>{t('siteAddLabel')}</span>
          <input
            type="text"
            data-testid="site-input"
            value={draft}
            placeholder="example.com"
            aria-invalid={error !== null}
            aria-describedby={error ? 'site-error' : 'site-help'}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              setError(null);
            }}
          />
        </label>
        <button type="submit">{t('siteAdd')}</button>
        <p id="site-help" class="muted help">
          {t('siteHelp')}
        </p>
        {error && (
          <p id="site-error" class="error" role="alert" data-testid="site-error">
            {t('siteError', [draft.trim(), describeSiteError(error)])}
          </p>
        )}
      </form>
    </div>
  );
}
