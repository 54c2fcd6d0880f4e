/** Content scripts run in the top frame and in frames of the same origin as the top frame. */
export function isScannableFrame(): boolean {
  if (window.top === window) return true;
  try {
    return window.top?.location.origin === location.origin;
  } catch {
    return false;
  }
}
