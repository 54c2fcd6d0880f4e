import { buildMarkerPath } from './marker-path';
import type { MarkerShape } from './palette';

/** Props of {@link MarkerIcon}. */
export type MarkerIconProps = {
  shape: MarkerShape;
  color: string;
  /** Edge length in px. */
  size?: number;
};

/** A small decorative shape (aria-hidden): the label beside it carries the meaning. */
export function MarkerIcon({ shape, color, size = 12 }: MarkerIconProps) {
  const hollow = shape === 'ring';
  return (
    <svg
      class="nkf-marker-icon"
      width={size}
      height={size}
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
      data-shape={shape}
    >
      {hollow && (
        <path
          d={buildMarkerPath('ring', 6, 6, 5.3)}
          fill="none"
          stroke="var(--nkf-fg, currentColor)"
          stroke-width={0.8}
        />
      )}
      <path
        d={buildMarkerPath(shape, 6, 6, hollow ? 3.8 : 5)}
        fill={hollow ? 'none' : color}
        stroke={hollow ? color : 'var(--nkf-fg, currentColor)'}
        stroke-width={hollow ? 2 : 1}
      />
    </svg>
  );
}
