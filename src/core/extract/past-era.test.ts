import { describe, expect, it } from 'vitest';
import { followsPast, mayBePast, readEra, readParagraphPast } from './past-era.ts';

describe('readEra', () => {
  it.each([
    // a year before 2000 dates the sentence
    ['in june 1953 the president freed about 27,000 prisoners.', 'past'],
    ['am 25. juni 1950 überschritten rund 75.000 soldaten die grenze.', 'past'],
    ['1950년 9월 인천에 병력 7만5천여 명이 상륙했다.', 'past'],
    // (a span of years that reaches this century: a career, a life)
    ['14:14 плашка: гость студии — игорь волков, кореевед, доцент мгимо (1998–2021)', 'none'],
    ['the 1994–1998 famine killed hundreds of thousands.', 'past'],
    // the present war or a year of the deployment
    ['north korea sent 11,000 troops to russia.', 'present'],
    ['in 1953 the war stopped; in 2025 pyongyang sent more.', 'present'],
    ['1950년의 기억과 2024년의 파병.', 'present'],
    // no time of its own
    ['seoul fell within three days.', 'none'],
    ['a wall added in 2022 carries more than 43,000 names.', 'none'],
    // a year as the point since which something holds
    ['the army has not fought a war since 1953.', 'none'],
    ['армія, яка не воювала з 1953 року, набула досвіду.', 'none'],
    ['das erste mal seit 1953 kämpft die armee wieder.', 'none'],
    ['1953년 이후 처음으로 실전 경험을 쌓았다.', 'none'],
    // naming the Korean War dates the war, not the sentence
    ['the deadliest toll since the 1950-53 korean war: around 2,000 killed.', 'none'],
    // models, user names and numbers are no years
    ['sie lieferten haubitzen vom typ m1989 und m-1991.', 'none'],
    ['kozak1991: 13 тисяч, а портретів 350', 'none'],
    ['about 1,950 soldiers and 1950.5 tonnes', 'none'],
  ])('%s → %s', (sentence, era) => {
    expect(readEra(sentence)).toBe(era);
  });
});

describe('history passed on', () => {
  it.each([
    ['past', false, true],
    ['past', true, true],
    ['none', true, true],
    ['none', false, false],
    ['present', true, false],
  ] as const)('a %s sentence after history=%s is history: %s', (era, before, expected) => {
    expect(followsPast(era, before)).toBe(expected);
  });

  it.each([
    // history from the first sentence to the last
    [['on 25 june 1950 the army crossed the border.', 'seoul fell within three days.'], false, true],
    // a paragraph that only ends in the past passes nothing on
    [['about 220 howitzers were delivered.', 'the type was first shown in 1978.'], false, false],
    // one present sentence ends it
    [['the war began in 1950.', 'today the same army fights in kursk.'], false, false],
    // a paragraph without a time of its own goes on after history
    [['those flags tell one part of the story.', 'sixteen nations sent combat troops.'], true, true],
    [['those flags tell one part of the story.'], false, false],
  ])('%j after history=%s passes on history: %s', (sentences, before, expected) => {
    expect(readParagraphPast(sentences, before)).toBe(expected);
  });

  it.each([
    ['the army crossed in 1950.', false, true],
    ['nothing dated here.', false, false],
    ['nothing dated here.', true, true],
    ['a wall added in 2022.', false, false],
  ])('mayBePast(%j, %s) is %s', (paragraph, before, expected) => {
    expect(mayBePast(paragraph, before)).toBe(expected);
  });
});
