import { useEffect, useRef } from 'preact/hooks';
import type { MatchResult } from '../../core/match/types';
import type { Claim, Estimator, Figure } from '../../core/types';
import type { PaletteName } from '../../dom/highlight/palettes';
import { FigureCard } from '../card/FigureCard';
import { placeCard, type RectLike } from './place-card';

export interface OpenCard {
  figure: Figure;
  /** null while the figure is being matched, or when matching failed. */
  result: MatchResult | null;
  anchor: RectLike;
  /** Move keyboard focus into the card (keyboard navigation, context menu). */
  autoFocus: boolean;
}

export interface CardLayerProps {
  card: OpenCard | null;
  /** Message shown instead of a card when a check found nothing (context menu on plain text). */
  notice: { text: string; anchor: RectLike } | null;
  viewport: { width: number; height: number };
  onClose(): void;
  onOpenPopup?(): void;
  onPointerInside(inside: boolean): void;
  estimators?: ReadonlyMap<string, Estimator>;
  /** Series of matched claims by series id, for the timeline. */
  series?: ReadonlyMap<string, Claim[]>;
  pageDate?: string | null;
  palette?: PaletteName;
  theme?: 'auto' | 'light' | 'dark';
}

/** Claims the reader imported carry `origin: 'user'` (see src/ext/user-claims.ts). */
function isUserClaim(claim: Claim): boolean {
  return (claim as Claim & { origin?: string }).origin === 'user';
}

const CARD_WIDTH = 380;

/** The hover card (or a notice) inside our one shadow-root host; the live summary lives beside it. */
export function CardLayer(props: CardLayerProps) {
  const { card, notice, viewport } = props;
  const anchor = card?.anchor ?? notice?.anchor ?? null;
  const placement = anchor ? placeCard(anchor, CARD_WIDTH, viewport) : null;
  const layerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The card focuses its own heading (autoFocus); the notice has no heading, so focus its button.
    if (card?.autoFocus && !card.result) {
      layerRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  }, [card]);
  const matchSeries = card?.result?.match ? props.series?.get(card.result.match.series) : undefined;

  return (
    <div class="nkf-layer">
      {placement && (card || notice) && (
        <div
          ref={layerRef}
          class="nkf-card-slot"
          style={{
            left: `${placement.left}px`,
            top: placement.top === null ? 'auto' : `${placement.top}px`,
            bottom: placement.bottom === null ? 'auto' : `${placement.bottom}px`,
            maxHeight: `${placement.maxHeight}px`,
            width: `${Math.min(CARD_WIDTH, viewport.width - 16)}px`,
          }}
          onPointerEnter={() => props.onPointerInside(true)}
          onPointerLeave={() => props.onPointerInside(false)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              props.onClose();
            }
          }}
        >
          {card && card.result ? (
            <FigureCard
              figure={card.figure}
              result={card.result}
              onClose={props.onClose}
              {...(props.onOpenPopup ? { onOpenPopup: props.onOpenPopup } : {})}
              {...(props.estimators ? { estimators: props.estimators } : {})}
              {...(props.pageDate ? { pageDate: props.pageDate } : {})}
              {...(props.palette ? { palette: props.palette } : {})}
              {...(props.theme && props.theme !== 'auto' ? { theme: props.theme } : {})}
              {...(matchSeries ? { matchSeries } : {})}
              maxHeight={placement.maxHeight}
              autoFocus={card.autoFocus}
              isUserClaim={isUserClaim}
            />
          ) : (
            <div class="nkf-notice" role="dialog" aria-label={notice?.text ?? ''}>
              <p>{notice?.text ?? ''}</p>
              <button type="button" onClick={props.onClose} data-autofocus>
                ×
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
