import { useState } from 'preact/hooks';
import type { MatchIndex } from '../../core/match/types';
import type { PageFigureInfo } from '../../core/messages';
import type { Claim } from '../../core/types';
import type { PaletteName } from '../../dom/highlight/palettes';
import { RelationBadge } from '../components/RelationBadge';
import { t } from '../i18n';
import { FigureDetails } from './FigureDetails';

/** Props of {@link FigureItem}. */
export type FigureItemProps = {
  info: PageFigureInfo;
  index: MatchIndex | null;
  locale: string;
  palette: PaletteName;
  isUserClaim(claim: Claim): boolean;
  onReveal(id: number): void;
};

const SENTENCE_CHARS = 160;

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > SENTENCE_CHARS ? `${clean.slice(0, SENTENCE_CHARS - 1)}…` : clean;
}

/**
 * One figure of the page: its text (a button that scrolls the tab to it), its relation badge, its sentence,
 * and a disclosure button showing the competing estimates and the timeline.
 */
export function FigureItem({ info, index, locale, palette, isUserClaim, onReveal }: FigureItemProps) {
  const [open, setOpen] = useState(false);
  const detailsId = `figure-${info.id}-details`;
  return (
    <li class="figure" data-figure-id={info.id}>
      <div class="figure-row">
        <button
          type="button"
          class="figure-reveal"
          data-testid="reveal"
          aria-label={t('revealFigure', info.figure.text)}
          onClick={() => onReveal(info.id)}
        >
          “{info.figure.text}”
        </button>
        {info.result && <RelationBadge relation={info.result.relation} palette={palette} />}
      </div>
      <p class="figure-sentence">{shorten(info.sentence)}</p>
      <button
        type="button"
        class="disclosure"
        data-testid="expand"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen(!open)}
      >
        {open ? t('hideEstimates') : t('showEstimates')}
      </button>
      {open && (
        <FigureDetails info={info} index={index} locale={locale} isUserClaim={isUserClaim} id={detailsId} />
      )}
    </li>
  );
}
