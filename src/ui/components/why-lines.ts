/**
 * The score components of a match ("why this match?") as plain sentences.
 */
import type { MatchWhy } from '../../core/match/types';
import type { Claim } from '../../core/types';
import { formatMetric } from '../format/format-metric';
import { normalizeLocale } from '../format/locale';
import { t } from '../i18n';

/** Which way a component points: for the match, partly, not at all, or against it. */
export type WhyStrength = 'strong' | 'partial' | 'weak' | 'against';

/** One component of a match, in words. */
export interface WhyLine {
  component: 'cue' | 'number' | 'metric' | 'date' | 'text';
  strength: WhyStrength;
  text: string;
}

function joinNames(names: string[], locale: string): string {
  try {
    return new Intl.ListFormat(normalizeLocale(locale), { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

function describeCue(why: MatchWhy, match: Claim, nameOf: (id: string) => string, locale: string): WhyLine {
  if (why.cuedEstimators.includes(match.estimator)) {
    return {
      component: 'cue',
      strength: why.cue >= 0.5 ? 'strong' : 'partial',
      text: t('whyCueMatch', nameOf(match.estimator)),
    };
  }
  if (why.cuedEstimators.length > 0) {
    const names = joinNames(why.cuedEstimators.map(nameOf), locale);
    return { component: 'cue', strength: 'against', text: t('whyCueOther', names) };
  }
  return { component: 'cue', strength: 'weak', text: t('whyCueNone') };
}

function describeNumber(why: MatchWhy): WhyLine {
  if (why.number >= 0.95) return { component: 'number', strength: 'strong', text: t('whyNumberSame') };
  if (why.number >= 0.5) return { component: 'number', strength: 'partial', text: t('whyNumberClose') };
  return { component: 'number', strength: 'against', text: t('whyNumberFar') };
}

function describeMetric(why: MatchWhy, match: Claim): WhyLine {
  if (why.metric >= 0.999 && why.textMetric === match.metric) {
    return { component: 'metric', strength: 'strong', text: t('whyMetricSame', formatMetric(match.metric)) };
  }
  const strength: WhyStrength = why.metric >= 0.5 ? 'partial' : 'against';
  const text = why.textWord
    ? t('whyMetricOtherWord', [why.textWord, formatMetric(match.metric)])
    : t('whyMetricOther', [formatMetric(why.textMetric), formatMetric(match.metric)]);
  return { component: 'metric', strength, text };
}

function describeDate(why: MatchWhy): WhyLine {
  if (why.date < 0) return { component: 'date', strength: 'against', text: t('whyDateLater') };
  if (why.date >= 0.5) return { component: 'date', strength: 'strong', text: t('whyDateClose') };
  return { component: 'date', strength: 'weak', text: t('whyDateWeak') };
}

function describeText(why: MatchWhy): WhyLine {
  if (why.text >= 0.3) return { component: 'text', strength: 'strong', text: t('whyTextMany') };
  if (why.text > 0.05) return { component: 'text', strength: 'partial', text: t('whyTextFew') };
  return { component: 'text', strength: 'weak', text: t('whyTextNone') };
}

/**
 * Plain sentences for each score component of a match, in a fixed order: who the text names, the numbers,
 * what is counted, the dates, the surrounding words.
 */
export function describeWhy(
  why: MatchWhy,
  match: Claim,
  nameOf: (id: string) => string,
  locale: string,
): WhyLine[] {
  return [
    describeCue(why, match, nameOf, locale),
    describeNumber(why),
    describeMetric(why, match),
    describeDate(why),
    describeText(why),
  ];
}
