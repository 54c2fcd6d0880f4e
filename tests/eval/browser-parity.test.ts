/**
 * The browser and the `scan` CLI must find the same figures in the same page. The CLI (and this evaluation)
 * extracts from the whole text at once; the content script reads only the blocks around mentions of North
 * Korea, in units of a few blocks with context before them (src/dom/scan). This runs every corpus passage,
 * as a page of paragraphs, through both paths and compares what they find.
 *
 * The one difference by design: the CLI reads the first paragraphs of a text that names North Korea
 * repeatedly as being about it (the page-wide topic rule of extractFigures), while the browser reads blocks
 * before the first mention only as context. So a figure in a lead paragraph before the first mention is the
 * CLI's alone. On a real page the headline above it usually names North Korea, and then both find it. (Further
 * on, a unit of a page with three mentions or more is marked as such, TextUnit.topic, so a paragraph that speaks
 * of losses before it names North Korea is read alike.)
 */
import { describe, expect, it } from 'vitest';
import { extractFiguresFromBlocks } from '../../src/core/extract/extract-from-blocks.ts';
import { findUnitFigures } from '../../src/core/extract/find-unit-figures.ts';
import { mentionsNorthKorea } from '../../src/core/extract/topic-gate.ts';
import type { Lang } from '../../src/core/types.ts';
import { collectBlocks } from '../../src/dom/collect-blocks.ts';
import { toTextUnit } from '../../src/dom/scan/find-block-figures.ts';
import { findMentionNodes } from '../../src/dom/scan/find-mention-nodes.ts';
import { isTopicPage, unitNamesNorthKorea } from '../../src/dom/scan/page-scanner.ts';
import { planUnits } from '../../src/dom/scan/plan-units.ts';
import { walkMentionRegions } from '../../src/dom/scan/walk-mention-regions.ts';
import { parseBody } from '../../src/dom/test-helpers.ts';
import { CORPUS_ROOT, loadCorpus } from './load-corpus.ts';

/** The page scanner's first unit size (page-scanner.ts): the first region is cut smaller. */
const FIRST_UNIT_CHARS = 2_000;

/** A figure as `<block index>:<offset in block>:<text>`. */
type FigureKey = string;

function toPage(text: string): Document {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`);
  return parseBody(paragraphs.join('\n'));
}

/** What the content script's scan finds: mentions, the regions around them, units, unit extraction. */
async function findAsBrowser(
  doc: Document,
  lang: Lang,
  blockIndex: Map<Node, number>,
  withMetric = false,
): Promise<FigureKey[]> {
  const body = doc.body;
  const keys: FigureKey[] = [];
  const mentions = findMentionNodes(body);
  // (the page scanner marks its units when the page names North Korea three times or more: as the CLI's page-wide
  // topic)
  const topic = isTopicPage(mentions);
  const regions = walkMentionRegions(body, mentions, null, {
    pause: () => Promise.resolve(),
    budgetMs: Infinity,
    topic,
  });
  let first = true;
  for await (const region of regions) {
    for (const unit of planUnits(
      region.blocks,
      undefined,
      region.context,
      first ? FIRST_UNIT_CHARS : undefined,
    )) {
      // (the page scanner sends only units that may hold a figure)
      if (!unitNamesNorthKorea(unit, region.named)) continue;
      const own = unit.kind === 'group' ? [...unit.context, ...unit.blocks] : [unit.block];
      const from = unit.kind === 'window' ? unit.from : 0;
      for (const { block, figure } of findUnitFigures({ ...toTextUnit(unit), topic }, lang)) {
        const index = blockIndex.get(own[block]!.pieces[0]!.node);
        keys.push(`${index}:${figure.start + from}:${figure.text}${withMetric ? `:${figure.metric}` : ''}`);
      }
    }
    first = false;
  }
  return keys;
}

describe('the browser finds what the CLI finds', () => {
  const docs = loadCorpus(CORPUS_ROOT);
  let foundByBoth = 0;

  it.each(docs.map((d) => [d.file, d] as const))('%s', async (_file, passage) => {
    const doc = toPage(passage.text);
    const blocks = collectBlocks(doc, { visibility: 'structural' });
    const blockIndex = new Map<Node, number>(blocks.map((b, i) => [b.pieces[0]!.node, i]));
    const texts = blocks.map((b) => b.text);
    const cli = extractFiguresFromBlocks(texts, { lang: passage.lang }).map(
      (h): FigureKey => `${h.block}:${h.figure.start}:${h.figure.text}`,
    );
    const browser = await findAsBrowser(doc, passage.lang, blockIndex);

    expect(
      browser.filter((k) => !cli.includes(k)),
      'found only by the browser',
    ).toEqual([]);
    foundByBoth += browser.length;
    const firstNamed = texts.findIndex((t) => mentionsNorthKorea(t));
    const cliOnly = cli.filter((k) => !browser.includes(k));
    expect(
      cliOnly.filter((k) => Number(k.split(':')[0]) >= firstNamed),
      'found only by the CLI, at or after the first block that names North Korea',
    ).toEqual([]);
  });

  // Runs after the passages (vitest keeps a file's order): a comparison of two empty lists proves nothing.
  it('compared the corpus figures (both paths found most of them)', () => {
    const gold = docs.reduce((n, d) => n + d.gold.length, 0);
    expect(foundByBoth).toBeGreaterThan(gold * 0.9);
  });
});

describe('the browser finds what the CLI finds on a page with a long table', () => {
  it('reads every row, with the same metrics', async () => {
    const rows = [
      ['22.01.2025', 'BBC', 'about 4,000', 'killed or wounded'],
      ['15.06.2025', 'UK MoD', 'more than 6,000', 'Kursk only'],
      ['13.02.2026', 'NIS', 'about 6,000', 'killed or wounded'],
      ['02.09.2025', 'NIS', 'about 2,000', 'killed'],
      ['19.12.2024', 'NIS', 'at least 100', 'killed'],
    ];
    const html =
      '<p>Selected estimates of North Korean casualties</p><table><tr><th>Date</th><th>Estimator</th><th>Estimate</th><th>What is counted</th></tr>' +
      rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('') +
      '</table><p>Russia loses 1,000 soldiers a day.</p><p>Another 500 died.</p>';
    const doc = parseBody(html);
    const blocks = collectBlocks(doc, { visibility: 'structural' });
    const blockIndex = new Map<Node, number>(blocks.map((b, i) => [b.pieces[0]!.node, i]));
    const cli = extractFiguresFromBlocks(
      blocks.map((b) => b.text),
      { lang: 'en' },
    ).map((h): FigureKey => `${h.block}:${h.figure.start}:${h.figure.text}:${h.figure.metric}`);
    const browser = await findAsBrowser(doc, 'en', blockIndex, true);
    expect(cli).toHaveLength(5);
    expect(browser).toEqual(cli);
  });
});
