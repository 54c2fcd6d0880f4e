import { render } from 'preact';
import { applyUiPreferences } from '@/src/ui/options/apply-ui-prefs';
import { loadOptionsSettings } from '@/src/ui/options/load-options-settings';
import { Options } from '@/src/ui/options/Options';
import '@/src/ui/base.css';

void (async () => {
  const { settings, repaired } = await loadOptionsSettings();
  await applyUiPreferences(settings);
  render(<Options initialSettings={settings} repaired={repaired} />, document.getElementById('app')!);
})();
