import { useEffect, useState } from 'preact/hooks';
import { buildMatchIndex } from '../../core/match/build-match-index';
import type { MatchIndex } from '../../core/match/types';
import { loadDataset } from '../../ext/match-service';
import { loadUserData, mergeUserData, watchUserData } from '../../ext/user-claims';

/** How long after the first paint the index is built, so opening the popup stays instant. */
export const INDEX_DELAY_MS = 30;

/**
 * The index of the bundled claims plus the reader's imports, built just after the popup first paints and
 * again when the imports change. Null until then.
 */
export function useDatasetIndex(): MatchIndex | null {
  const [index, setIndex] = useState<MatchIndex | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const bundled = loadDataset();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const build = (delay: number, data: Parameters<typeof mergeUserData>[1]) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!controller.signal.aborted) setIndex(buildMatchIndex(mergeUserData(bundled, data)));
      }, delay);
    };
    void loadUserData(bundled)
      .catch(() => ({ data: { estimators: [], claims: [], misreadings: [] }, corrupt: false }))
      .then((loaded) => build(INDEX_DELAY_MS, loaded.data));
    watchUserData(bundled, (loaded) => build(0, loaded.data), controller.signal);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, []);
  return index;
}
