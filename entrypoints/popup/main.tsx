import { render } from 'preact';
import { loadSettings } from '@/src/ext/settings';
import { applyUiPreferences } from '@/src/ui/options/apply-ui-prefs';
import { Popup } from '@/src/ui/popup/Popup';
import { lookAtPage } from '@/src/ui/popup/use-page';
import '@/src/ui/base.css';

void (async () => {
  const settings = await loadSettings();
  await applyUiPreferences(settings);
  // Asked now, the tab answers while the popup renders and paints (asked earlier, it slows the settings read).
  const firstLook = lookAtPage(location.search);
  render(<Popup initialSettings={settings} firstLook={firstLook} />, document.getElementById('app')!);
})();
