import { METRICS, type Metric } from '../../core/types';
import {
  HIGHLIGHT_STYLES,
  PALETTE_NAMES,
  type HighlightStyle,
  type PaletteName,
} from '../../dom/highlight/palettes';
import { THEMES, UI_LANGUAGES, type Settings, type Theme, type UiLanguage } from '../../ext/settings';
import { formatMetric } from '../format/format-metric';
import { t, type MessageKey } from '../i18n';
import { HighlightPreview } from './HighlightPreview';

/** Props of {@link AppearanceSection}. */
export type AppearanceSectionProps = {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
};

const STYLE_KEYS: Record<HighlightStyle, MessageKey> = {
  background: 'styleBackground',
  underline: 'styleUnderline',
};
const PALETTE_KEYS: Record<PaletteName, MessageKey> = {
  okabe: 'paletteOkabe',
  ibm: 'paletteIbm',
  mono: 'paletteMono',
};
const THEME_KEYS: Record<Theme, MessageKey> = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' };
/** Language names are written in their own language, so a reader can find theirs whatever is shown. */
const LANGUAGE_NAMES: Record<Exclude<UiLanguage, 'auto'>, string> = {
  en: 'English',
  uk: 'Українська',
  ko: '한국어',
};

function toggleMetric(metrics: readonly Metric[], metric: Metric, on: boolean): Metric[] {
  return METRICS.filter((m) => (m === metric ? on : metrics.includes(m)));
}

/** Which metrics are highlighted, how (style, palette, with a live preview), the theme and the language. */
export function AppearanceSection({ settings, onChange }: AppearanceSectionProps) {
  return (
    <section aria-labelledby="h-appearance">
      <h2 id="h-appearance">{t('sectionAppearance')}</h2>
      <fieldset>
        <legend>{t('metricsLegend')}</legend>
        <div class="columns">
          {METRICS.map((metric) => (
            <label key={metric} class="check">
              <input
                type="checkbox"
                checked={settings.metrics.includes(metric)}
                onChange={(event) =>
                  onChange({ metrics: toggleMetric(settings.metrics, metric, event.currentTarget.checked) })
                }
              />{' '}
              {formatMetric(metric)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('styleLegend')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="check">
            <input
              type="radio"
              name="highlight-style"
              checked={settings.highlightStyle === style}
              onChange={() => onChange({ highlightStyle: style })}
            />{' '}
            {t(STYLE_KEYS[style])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('paletteLegend')}</legend>
        {PALETTE_NAMES.map((palette) => (
          <label key={palette} class="check">
            <input
              type="radio"
              name="palette"
              checked={settings.palette === palette}
              onChange={() => onChange({ palette })}
            />{' '}
            {t(PALETTE_KEYS[palette])}
          </label>
        ))}
      </fieldset>
      <HighlightPreview style={settings.highlightStyle} palette={settings.palette} />
      <div class="row">
        <label class="field">
          <span>{t('themeLabel')}</span>
          <select
            data-testid="theme"
            value={settings.theme}
            onChange={(event) => onChange({ theme: event.currentTarget.value as Theme })}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(THEME_KEYS[theme])}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('languageLabel')}</span>
          <select
            data-testid="language"
            value={settings.uiLanguage}
            onChange={(event) => onChange({ uiLanguage: event.currentTarget.value as UiLanguage })}
          >
            {UI_LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language === 'auto' ? undefined : language}>
                {language === 'auto' ? t('languageAuto') : LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
