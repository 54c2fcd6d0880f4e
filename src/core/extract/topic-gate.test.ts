import { describe, expect, it } from 'vitest';
import { mentionsNorthKorea } from './topic-gate.ts';

describe('mentionsNorthKorea', () => {
  it.each<[string, boolean]>([
    ['North Korean troops', true],
    ['the DPRK said', true],
    ['Pyongyang denied it', true],
    ['N. Korea sent more', true],
    ['Kim Jong Un visited', true],
    ['військові КНДР', true],
    ['Північна Корея', true],
    ['північнокорейських солдатів', true],
    ['Северная Корея', true],
    ['северокорейские военные', true],
    ['Nordkorea schickt', true],
    ['nordkoreanische Soldaten', true],
    ['북한군 1만 명', true],
    ['South Korea and Japan held talks', false],
    ['Південна Корея', false],
    ['Russia lost 1,500 soldiers a day', false],
    ['', false],
  ])('%s → %s', (text, want) => {
    expect(mentionsNorthKorea(text)).toBe(want);
  });
});
