import { useEffect, useState } from 'preact/hooks';
import { loadDataset } from '../../ext/match-service';
import { DEFAULT_SETTINGS, watchSettings, type Settings } from '../../ext/settings';
import { saveSettings, settingsItem } from '../../ext/settings-item';
import { t } from '../i18n';
import { AppearanceSection } from './AppearanceSection';
import { applyUiPreferences, pickLocale } from './apply-ui-prefs';
import { ConfirmButton } from './ConfirmButton';
import { DataSection } from './DataSection';
import { HighlightingSection } from './HighlightingSection';
import { useUserData } from './use-user-data';

/** Props of {@link Options}. */
export type OptionsProps = {
  initialSettings: Settings;
  /** Settings fields whose stored values were unusable and fell back to their defaults. */
  repaired: readonly string[];
};

const bundled = loadDataset();

/**
 * The options page: where and how figures are highlighted, the interface's theme and language, and the
 * reader's own data. Every change is saved at once and reaches open tabs through storage.
 */
export function Options({ initialSettings, repaired }: OptionsProps) {
  const [settings, setSettings] = useState(initialSettings);
  const [saved, setSaved] = useState(false);
  const user = useUserData(bundled);

  useEffect(() => {
    document.title = t('optionsTitle');
    const controller = new AbortController();
    watchSettings((next) => void applyUiPreferences(next).then(() => setSettings(next)), controller.signal);
    return () => controller.abort();
  }, []);

  const update = async (change: Partial<Settings>) => {
    const next = await saveSettings(change);
    await applyUiPreferences(next);
    setSettings(next);
    setSaved(true);
  };
  const reset = () => void settingsItem.setValue({ ...DEFAULT_SETTINGS }).then(() => update({}));

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {repaired.length > 0 && (
        <p class="notice" role="alert" data-testid="repair-notice">
          {t('settingsRepaired', repaired.join(', '))}
        </p>
      )}
      <HighlightingSection settings={settings} onChange={(change) => void update(change)} />
      <AppearanceSection settings={settings} onChange={(change) => void update(change)} />
      <DataSection bundled={bundled} user={user} locale={pickLocale(settings.uiLanguage)} />
      <section aria-labelledby="h-reset">
        <h2 id="h-reset">{t('sectionReset')}</h2>
        <ConfirmButton
          label={t('resetSettings')}
          question={t('resetConfirm')}
          testId="reset"
          onConfirm={reset}
        />
      </section>
      <p role="status" aria-live="polite" class="muted saved" data-testid="saved">
        {saved ? t('optionsSaved') : ''}
      </p>
    </main>
  );
}
