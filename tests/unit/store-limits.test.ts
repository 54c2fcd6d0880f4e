/**
 * Store limits on what the manifest shows (Chrome's manifest reference and MDN): a description of at most 132
 * characters and a name of at most 75, in every interface language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOCALES = new URL('../../public/_locales/', import.meta.url);

const catalogs = readdirSync(LOCALES).map((lang) => {
  const messages = JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8')) as Record<
    string,
    { message: string }
  >;
  return [lang, messages] as const;
});

describe('manifest texts fit the stores', () => {
  it('has catalogs to check', () => {
    expect(catalogs.map(([lang]) => lang).sort()).toEqual(['en', 'ko', 'uk']);
  });

  it.each(catalogs)('%s: description ≤ 132 characters, name ≤ 75', (_, messages) => {
    expect([...(messages.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
    expect([...(messages.extDescription?.message ?? '')].length).toBeGreaterThan(20);
    expect([...(messages.extName?.message ?? '')].length).toBeLessThanOrEqual(75);
  });
});
