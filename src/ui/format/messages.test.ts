import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, renderMessage } from './test-messages';

const LANGS = Object.keys(CATALOGS) as (keyof typeof CATALOGS)[];

function namedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locale catalogs', () => {
  it('have the same keys in every language', () => {
    const english = Object.keys(CATALOGS.en).sort();
    for (const lang of LANGS) expect(Object.keys(CATALOGS[lang]).sort(), lang).toEqual(english);
  });

  it('declare every placeholder they use, the same ones in every language', () => {
    for (const [key, entry] of Object.entries(CATALOGS.en)) {
      const declared = Object.keys(entry.placeholders ?? {})
        .map((k) => k.toLowerCase())
        .sort();
      for (const lang of LANGS) {
        const other = CATALOGS[lang][key];
        expect([...new Set(namedPlaceholders(other?.message ?? ''))].sort(), `${lang}:${key}`).toEqual(
          declared,
        );
        expect(other?.message.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('substitute numbers into placeholders', () => {
    expect(renderMessage(CATALOGS.en, 'valueRange', ['10,000', '12,000'])).toBe('10,000–12,000');
    expect(renderMessage(CATALOGS.ko, 'qualifierMoreThan', '3,000명')).toBe('3,000명 이상');
    expect(renderMessage(CATALOGS.en, 'noSuchKey')).toBe('');
  });

  it('contain every key the UI code asks for', () => {
    const root = join(__dirname, '..');
    const used = listSources(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? ''),
    );
    expect(used.length).toBeGreaterThan(10);
    for (const key of used) expect(CATALOGS.en, key).toHaveProperty(key);
  });
});
