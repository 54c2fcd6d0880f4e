import type { Relation } from '../../core/match/types';
import {
  PALETTES,
  RELATIONS,
  UNDERLINES,
  type HighlightStyle,
  type PaletteName,
} from '../../dom/highlight/palettes';
import { formatRelationLabel } from '../components/relation-label';
import { t } from '../i18n';

/** Props of {@link HighlightPreview}. */
export type HighlightPreviewProps = {
  style: HighlightStyle;
  palette: PaletteName;
};

/** The same look as the page highlight (background tint plus underline, or underline only). */
export function readPreviewStyle(style: HighlightStyle, palette: PaletteName, relation: Relation) {
  const color = PALETTES[palette][relation];
  return {
    textDecoration: `underline 2px ${UNDERLINES[relation]} ${color}`,
    textUnderlineOffset: '3px',
    ...(style === 'background' ? { backgroundColor: `${color}33` } : {}),
  };
}

/** A sample sentence per relation, highlighted as pages will be with the chosen style and palette. */
export function HighlightPreview({ style, palette }: HighlightPreviewProps) {
  return (
    <div class="preview" data-testid="preview" aria-label={t('previewLabel')} role="group">
      {RELATIONS.map((relation) => (
        <p key={relation} class="preview-line">
          <span class="preview-relation">{formatRelationLabel(relation)}: </span>
          {t('previewSentenceBefore')}{' '}
          <mark class="preview-mark" style={readPreviewStyle(style, palette, relation)}>
            {t('previewFigure')}
          </mark>{' '}
          {t('previewSentenceAfter')}
        </p>
      ))}
    </div>
  );
}
