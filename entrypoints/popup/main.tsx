import { render } from 'preact';
import { loadSettings } from '@/src/ext/settings';
import { applyUiPreferences } from '@/src/ui/options/apply-ui-prefs';
import { Popup } from '@/src/ui/popup/Popup';
import '@/src/ui/base.css';

void (async () => {
  const settings = await loadSettings();
  await applyUiPreferences(settings);
  render(<Popup initialSettings={settings} />, document.getElementById('app')!);
})();
