import type { MatchWhy } from '../../core/match/types';
import type { Claim } from '../../core/types';
import { normalizeLocale, readUiLocale } from '../format/locale';
import { t } from '../i18n';
import { describeWhy } from './why-lines';

/** Props of {@link WhyMatch}. */
export type WhyMatchProps = {
  why: MatchWhy | null;
  match: Claim | null;
  /** Display name of an estimator id; defaults to the id. */
  nameOf?: (estimatorId: string) => string;
  locale?: string;
  /** Start expanded. */
  open?: boolean;
};

/** An expandable "Why this match?" section: each score component in plain words, then the total score. */
export function WhyMatch({ why, match, nameOf = (id) => id, locale, open = false }: WhyMatchProps) {
  const loc = locale ?? readUiLocale();
  const score = why
    ? new Intl.NumberFormat(normalizeLocale(loc), {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(why.total)
    : '';
  return (
    <details class="nkf-why" open={open}>
      <summary>{t('whyTitle')}</summary>
      {why && match ? (
        <>
          <ul class="nkf-why-list">
            {describeWhy(why, match, nameOf, loc).map((line) => (
              <li key={line.component} data-component={line.component} data-strength={line.strength}>
                {line.text}
              </li>
            ))}
          </ul>
          <p class="nkf-muted">{t('whyScore', score)}</p>
        </>
      ) : (
        <p class="nkf-muted">{t('whyNone')}</p>
      )}
    </details>
  );
}
