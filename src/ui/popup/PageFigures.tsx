import type { MatchIndex } from '../../core/match/types';
import type { PageFigureInfo } from '../../core/messages';
import type { Claim } from '../../core/types';
import type { PaletteName } from '../../dom/highlight/palettes';
import { formatMetric } from '../format/format-metric';
import { FigureItem } from './FigureItem';
import { groupFiguresByMetric } from './group-figures';

/** Props of {@link PageFigures}. */
export type PageFiguresProps = {
  figures: readonly PageFigureInfo[];
  index: MatchIndex | null;
  locale: string;
  palette: PaletteName;
  isUserClaim(claim: Claim): boolean;
  onReveal(id: number): void;
};

/** The page's figures, one list per metric under a heading naming it. */
export function PageFigures({ figures, ...rest }: PageFiguresProps) {
  return (
    <div class="page-figures">
      {groupFiguresByMetric(figures).map((group) => (
        <section key={group.metric} class="metric-group" aria-labelledby={`metric-${group.metric}`}>
          <h2 id={`metric-${group.metric}`} class="metric-heading">
            {formatMetric(group.metric)} <span class="count">({group.figures.length})</span>
          </h2>
          <ul class="figure-list">
            {group.figures.map((info) => (
              <FigureItem key={info.id} info={info} {...rest} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
