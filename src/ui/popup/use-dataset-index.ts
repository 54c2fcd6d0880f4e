import { useEffect, useState } from 'preact/hooks';
import type { SearchFilters, SearchHit } from '../../core/match/search-claims';
import type { MatchIndex, MatchResult } from '../../core/match/types';
import type { PageFigureInfo } from '../../core/messages';
import type { Claim } from '../../core/types';
import type { UserData } from '../../ext/user-claims';

/** How long after the first paint the index is built, so opening the popup stays instant. */
export const INDEX_DELAY_MS = 30;

/** The dataset as the popup uses it: the index, and the matcher for figures the tab has not matched in full. */
export interface DatasetTools {
  index: MatchIndex;
  /** Matches a page figure here, from its sentence (the tab's own result, when sent, is preferred). */
  match(info: PageFigureInfo): MatchResult;
  /** Searches every claim (searchClaims over the index). */
  search(query: string, filters: SearchFilters): SearchHit[];
  /** Whether a claim is one the reader imported. */
  isUserClaim(claim: Claim): boolean;
}

/**
 * The index of the bundled claims plus the reader's imports, built just after the popup first paints and
 * again when the imports change. Null until then. The dataset and the matcher are loaded as a separate chunk,
 * (with the validator the reader's claims are read with), so the popup's first paint does not wait for them.
 */
export function useDatasetIndex(): DatasetTools | null {
  const [tools, setTools] = useState<DatasetTools | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    void (async () => {
      await new Promise((resolve) => setTimeout(resolve, INDEX_DELAY_MS));
      const [{ loadDataset }, { buildMatchIndex }, { matchFigure }, { searchClaims }, userClaims] =
        await Promise.all([
          import('../../ext/match-service'),
          import('../../core/match/build-match-index'),
          import('../../core/match/match-figure'),
          import('../../core/match/search-claims'),
          import('../../ext/user-claims'),
        ]);
      const bundled = loadDataset();
      const today = new Date().toISOString().slice(0, 10);
      const build = (data: UserData) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (controller.signal.aborted) return;
          const index = buildMatchIndex(userClaims.mergeUserData(bundled, data));
          setTools({
            index,
            isUserClaim: userClaims.isUserClaim,
            search: (query, filters) => searchClaims(index, query, filters),
            match: (info) =>
              matchFigure(info.figure, { sentence: info.sentence, paragraph: info.sentence }, index, {
                today,
              }),
          });
        }, 0);
      };
      const loaded = await userClaims
        .loadUserData(bundled)
        .catch(() => ({ data: userClaims.EMPTY_USER_DATA, corrupt: false }));
      if (controller.signal.aborted) return;
      build(loaded.data);
      userClaims.watchUserData(bundled, (next) => build(next.data), controller.signal);
    })();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, []);
  return tools;
}
