import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../ext/settings';
import { t } from '../i18n';

/** The options page: where the extension runs and how. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    document.title = t('optionsTitle');
    void loadSettings().then(setSettings);
  }, []);

  async function update(change: Partial<Settings>) {
    setSettings(await saveSettings(change));
    setSaved(true);
  }

  const current = settings ?? DEFAULT_SETTINGS;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <label>
        <input
          type="checkbox"
          checked={current.autoHighlight}
          disabled={settings === null}
          onChange={(event) => void update({ autoHighlight: event.currentTarget.checked })}
        />{' '}
        {t('optionAutoHighlight')}
      </label>
      <p role="status" aria-live="polite" class="muted">
        {saved ? t('optionsSaved') : ''}
      </p>
    </main>
  );
}
