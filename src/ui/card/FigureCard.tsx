import { useId } from 'preact/hooks';
import type { MatchResult } from '../../core/match/types';
import type { Claim, Estimator, Figure } from '../../core/types';
import { ClaimLine } from '../components/ClaimLine';
import { EstimateTable } from '../components/EstimateTable';
import type { PaletteName } from '../components/palette';
import { RelationBadge } from '../components/RelationBadge';
import { Timeline } from '../components/Timeline';
import { WhyMatch } from '../components/WhyMatch';
import { formatFigureValue } from '../format/format-claim-value';
import { formatDate } from '../format/format-date';
import { formatMetric } from '../format/format-metric';
import { readMessageLanguage, readUiLocale } from '../format/locale';
import { t } from '../i18n';
import { buildTimelineSeries, readFigureValue, resolveEstimator } from './card-data';
import { CardShell } from './CardShell';
import { describeRelationSentence } from './relation-sentence';

/** Props of {@link FigureCard}. */
export type FigureCardProps = {
  /** The figure as the extractor read it on the page. */
  figure: Figure;
  result: MatchResult;
  onClose(): void;
  /** Shows "Open in popup" when given. */
  onOpenPopup?(): void;
  /** Whether the reader imported a claim (marked "yours"). */
  isUserClaim?(claim: Claim): boolean;
  /** Locale for numbers and dates; defaults to the browser's UI locale. */
  locale?: string;
  /** Estimator records by id (e.g. MatchIndex.estimators), for the match's estimator name and country. */
  estimators?: ReadonlyMap<string, Estimator>;
  /** The match's whole series (e.g. MatchIndex.series.get(match.series)), for the timeline. */
  matchSeries?: readonly Claim[];
  /** The page's publication date (ISO), to say whether the match was still current then. */
  pageDate?: string;
  /** Highlight palette in use, so the badge matches the page highlight. */
  palette?: PaletteName;
  /** Force a theme; without it the card follows prefers-color-scheme. */
  theme?: 'light' | 'dark';
  /** Height available to the card in px (e.g. placeCard's maxHeight); the card scrolls inside it. */
  maxHeight?: number;
  /** Focus the heading on mount. */
  autoFocus?: boolean;
  /** Clipboard writer for "Copy citation"; defaults to navigator.clipboard.writeText. */
  copyText?: (text: string) => Promise<void>;
};

/**
 * The hover card for one figure: the figure as read, the estimate it most likely restates, how it relates (one
 * sentence), newer estimates, every competing estimate side by side, the timeline, and why this match. It
 * never says which number is true.
 */
export function FigureCard(props: FigureCardProps) {
  const { figure, result, onClose, onOpenPopup, isUserClaim, estimators, pageDate, palette, copyText } =
    props;
  const loc = props.locale ?? readUiLocale();
  const messageLang = readMessageLanguage();
  const headingId = useId();
  const resolve = (id: string) => resolveEstimator(id, estimators, result);
  const nameOf = (id: string) => resolve(id).short;
  const { match, newer, newerAtPageDate, misreading, note } = result;
  const series = buildTimelineSeries(result, resolve, props.matchSeries);
  const line = (claim: Claim) => (
    <ClaimLine
      claim={claim}
      estimator={resolve(claim.estimator)}
      locale={loc}
      isUserClaim={isUserClaim}
      copyText={copyText}
    />
  );
  const laterNewer = newer && newer.id !== newerAtPageDate?.id ? newer : null;
  const currentAtPage = laterNewer && pageDate && !newerAtPageDate && laterNewer.statedOn > pageDate;

  return (
    <CardShell
      labelledBy={headingId}
      autoFocus={props.autoFocus}
      theme={props.theme}
      lang={messageLang}
      maxHeight={props.maxHeight}
    >
      <header class="nkf-card-header">
        <h2 id={headingId} tabIndex={-1}>
          {t('cardHeading', figure.text)}
        </h2>
        <button type="button" class="nkf-button nkf-close" aria-label={t('cardClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p class="nkf-muted nkf-read-as">
        {t('cardReadAs', [formatFigureValue(figure, loc), formatMetric(figure.metric)])}
      </p>
      <div class="nkf-relation" data-relation={result.relation}>
        <RelationBadge relation={result.relation} palette={palette} />
        {note && messageLang === 'en' ? (
          <p class="nkf-relation-sentence">{note}</p>
        ) : (
          <p class="nkf-relation-sentence">{describeRelationSentence(result, nameOf, loc)}</p>
        )}
        {note && messageLang !== 'en' && (
          <p class="nkf-note" lang="en">
            {note}
          </p>
        )}
      </div>
      {match && (
        <section class="nkf-section" data-section="match">
          <h3>{result.relation === 'differs' ? t('cardNearest') : t('cardRestates')}</h3>
          {line(match)}
          <p class="nkf-muted nkf-summary" lang={isUserClaim?.(match) ? undefined : 'en'}>
            {match.summary}
            {match.caveats ? ` ${match.caveats}` : ''}
          </p>
        </section>
      )}
      {newerAtPageDate && (
        <section class="nkf-section" data-section="newer-at-page">
          <h3>{t('cardNewerAtPage')}</h3>
          {line(newerAtPageDate)}
        </section>
      )}
      {laterNewer && (
        <section class="nkf-section" data-section="newer">
          <h3>{t('cardNewer')}</h3>
          {line(laterNewer)}
          {currentAtPage && <p class="nkf-muted">{t('cardCurrentAtPage', formatDate(pageDate, loc))}</p>}
        </section>
      )}
      {misreading && misreading.explanation !== note && (
        <section class="nkf-section" data-section="misreading">
          <h3>{t('cardMisreading')}</h3>
          <p>{misreading.explanation}</p>
        </section>
      )}
      <section class="nkf-section" data-section="competing">
        <EstimateTable estimates={result.competing} locale={loc} isUserClaim={isUserClaim} />
      </section>
      {series.length > 0 && (
        <section class="nkf-section" data-section="timeline">
          <Timeline
            series={series}
            metric={match?.metric ?? figure.metric}
            figureValue={readFigureValue(figure)}
            percent={figure.unit === 'percent'}
            locale={loc}
          />
        </section>
      )}
      {match && <WhyMatch why={result.why} match={match} nameOf={nameOf} locale={loc} />}
      {result.competing.length > 0 && <p class="nkf-muted nkf-neutral">{t('cardNeutral')}</p>}
      {onOpenPopup && (
        <footer class="nkf-card-footer">
          <button type="button" class="nkf-button" onClick={() => onOpenPopup()}>
            {t('cardOpenPopup')}
          </button>
        </footer>
      )}
    </CardShell>
  );
}
