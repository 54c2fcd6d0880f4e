import { describe, expect, it } from 'vitest';
import {
  followsBorder,
  namesKoreanBorder,
  readParagraphAtBorder,
  readPlace,
  type Place,
} from './korean-border.ts';

describe('readPlace', () => {
  it.each<[string, Place]>([
    ['a group of 20 to 30 soldiers crossed the military demarcation line on the central front', 'border'],
    ['they withdrew after warning shots from the south', 'border'],
    ['8 апреля около десяти военных отошли после предупредительных выстрелов', 'border'],
    ['북한군 10여 명이 군사분계선을 넘었다가 돌아갔다', 'border'],
    ['sie überquerten die demarkationslinie', 'border'],
    // the war named, or the deployment abroad, ends it
    ['troops laying mines near the dmz while others fight for russia', 'war'],
    ['about 3,000 more were sent in january', 'war'],
    ['зараз на курщині близько 11 тисяч їхніх людей', 'war'],
    ['the weather was cold', 'none'],
  ])('%s → %s', (sentence, want) => {
    expect(readPlace(sentence)).toBe(want);
  });
});

describe('the border carried on', () => {
  it.each<[Place, boolean, boolean]>([
    ['border', false, true],
    ['none', true, true],
    ['none', false, false],
    ['war', true, false],
  ])('%s after %s → %s', (place, previous, want) => {
    expect(followsBorder(place, previous)).toBe(want);
  });

  it.each<[string[], boolean, boolean]>([
    [['crews strayed across the dmz.', 'about 10 soldiers withdrew.'], false, true],
    [['about 10 soldiers withdrew.'], true, true],
    [['crews strayed across the dmz.', 'others fight for russia.'], false, false],
    [['others fight for russia.', 'crews strayed across the dmz.'], false, true],
  ])('%j after %s → %s', (sentences, previous, want) => {
    expect(readParagraphAtBorder(sentences, previous)).toBe(want);
  });
});

describe('namesKoreanBorder (text in any case)', () => {
  it.each<[string, boolean]>([
    ['Warnschüsse am Stacheldraht', true],
    ['Crossing the DMZ', true],
    ['Вздовж Демаркаційної лінії', true],
    ['Seoul und Pjöngjang', false],
  ])('%s → %s', (text, want) => {
    expect(namesKoreanBorder(text)).toBe(want);
  });
});
