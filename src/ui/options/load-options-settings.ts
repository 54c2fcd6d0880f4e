import { sanitizeSettingsReport, type SanitizedSettings } from '../../ext/settings';
import { settingsItem } from '../../ext/settings-item';

/**
 * Reads the stored settings for the options page. When some fields were unusable they fall back to their
 * defaults and the repaired settings are written back (every other field kept), so the notice shows once.
 */
export async function loadOptionsSettings(): Promise<SanitizedSettings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch {
    raw = 'unreadable';
  }
  const report = sanitizeSettingsReport(raw);
  if (report.repaired.length > 0) await settingsItem.setValue(report.settings).catch(() => undefined);
  return report;
}
