import { useEffect, useState } from 'preact/hooks';
import type { Dataset } from '../../core/types';
import { EMPTY_USER_DATA, loadUserData, watchUserData, type LoadedUserData } from '../../ext/user-claims';

/** The reader's imported claims as stored, following changes; null until read. */
export function useUserData(bundled: Dataset): LoadedUserData | null {
  const [loaded, setLoaded] = useState<LoadedUserData | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadUserData(bundled).then(setLoaded, () =>
      setLoaded({ data: { ...EMPTY_USER_DATA }, corrupt: true }),
    );
    watchUserData(bundled, setLoaded, controller.signal);
    return () => controller.abort();
  }, [bundled]);
  return loaded;
}
