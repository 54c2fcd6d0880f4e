/**
 * Parser of the attribution corpus: passages with figures marked ⟦figure text|claim id|relation⟧.
 * See README.md in this folder for the format.
 */
import type { Lang } from '../../../src/core/types.ts';
import type { Relation } from '../../../src/core/match/types.ts';

const RELATIONS: readonly Relation[] = ['same', 'metric_mismatch', 'differs', 'unknown'];
const MARK = /⟦([^|⟧]+)\|([^|⟧]+)\|([^|⟧]+)⟧/g;

/** One marked figure: where it is in the stripped passage text and what it should match. */
export interface AttributionCase {
  /** Exact text inside the mark. */
  text: string;
  start: number;
  end: number;
  /** Expected claim id; null for `unknown`. */
  claimId: string | null;
  relation: Relation;
}

export interface AttributionPassage {
  lang: Lang;
  /** 1-based number of the passage in its file. */
  number: number;
  description: string;
  pageDate: string | null;
  /** The passage with the marks removed. */
  text: string;
  cases: AttributionCase[];
}

/**
 * Parses one language file: passages separated by lines of `===`, each starting with `# description` and an
 * optional `@page-date YYYY-MM-DD`. Throws with the passage number on any malformed mark.
 */
export function parseAttributionFile(content: string, lang: Lang): AttributionPassage[] {
  return content
    .split(/^===\s*$/m)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk, i) => parsePassage(chunk, lang, i + 1));
}

function parsePassage(chunk: string, lang: Lang, number: number): AttributionPassage {
  const lines = chunk.split('\n');
  const header = lines.shift() ?? '';
  if (!header.startsWith('# '))
    throw new Error(`${lang} passage ${number}: first line must be "# description"`);
  let pageDate: string | null = null;
  if (lines[0]?.startsWith('@page-date')) {
    pageDate = (lines.shift() ?? '').replace('@page-date', '').trim();
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(pageDate)) throw new Error(`${lang} passage ${number}: bad page date`);
  }
  const marked = lines.join('\n').trim();
  const cases: AttributionCase[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    const [whole, figureText = '', claim = '', relation = ''] = m;
    text += marked.slice(last, m.index);
    const start = text.length;
    text += figureText;
    last = (m.index ?? 0) + whole.length;
    if (!RELATIONS.includes(relation as Relation)) {
      throw new Error(`${lang} passage ${number}: unknown relation "${relation}"`);
    }
    const claimId = claim.trim() === '-' ? null : claim.trim();
    if ((claimId === null) !== (relation === 'unknown')) {
      throw new Error(`${lang} passage ${number}: "-" goes with unknown and only with it ("${figureText}")`);
    }
    cases.push({ text: figureText, start, end: text.length, claimId, relation: relation as Relation });
  }
  text += marked.slice(last);
  if (text.includes('⟦') || text.includes('⟧')) throw new Error(`${lang} passage ${number}: unbalanced mark`);
  return { lang, number, description: header.slice(2).trim(), pageDate, text, cases };
}
