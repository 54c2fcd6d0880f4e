// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../core/match/build-match-index';
import { searchClaims } from '../../core/match/search-claims';
import type { Claim, Dataset } from '../../core/types';
import bundledJson from '../../data/claims.json';
import {
  checkImport,
  EMPTY_USER_DATA,
  IMPORT_MAX_BYTES,
  isUserClaim,
  mergeUserData,
  type UserData,
} from '../../ext/user-claims';
import { FigureCard } from '../card/FigureCard';
import { FIGURE, makeResult } from '../components/test-fixtures';
import { installMessages } from '../format/test-messages';
import { LookUp } from './LookUp';

/**
 * A hostile import file, end to end: the options page's checks (checkImport), the merge into the data the
 * extension matches and searches, and the two places imported claims are shown (the popup's look-up and the
 * hover card). Markup in any text field stays text; a non-http(s) URL never gets past the validator, and a link
 * is only ever an http(s) href opening in a new tab without a referrer or an opener.
 */

const bundled = bundledJson as unknown as Dataset;
const HTML = '<img src=x onerror=alert(1)><script>alert(2)</script><b>bold</b>';
/** Markup short enough for an estimator's short name (60 characters). */
const IMG = '<img src=x onerror=alert(1)>';
/** An http(s) URL that tries to break out of the href attribute. */
const SNEAKY_URL = 'https://example.org/a"onmouseover="alert(3)';

/** The e2e import fixture, with markup in every free-text field. */
function hostileFile(): Record<string, unknown> {
  const file = JSON.parse(readFileSync('tests/e2e/fixtures/import-good.json', 'utf8'));
  const [estimator] = file.estimators;
  Object.assign(estimator, { name: `Monitor ${HTML}`, short: IMG });
  estimator.aliases.en.push(HTML);
  const [claim, second] = file.claims;
  Object.assign(claim, { scope: HTML, summary: `Summary ${HTML}`, caveats: HTML, via: HTML, period: HTML });
  Object.assign(claim.sources[0], { outlet: `Outlet ${HTML}`, url: SNEAKY_URL });
  second.sources[0].outlet = `Second ${HTML}`;
  file.misreadings = [
    {
      id: 'user-misreading',
      claim: claim.id,
      wrongValue: 5000,
      explanation: `Explanation ${HTML}`,
      examples: [{ outlet: `Example ${HTML}`, url: 'https://example.org/misread' }],
    },
  ];
  return file;
}

function importFile(file: unknown): ReturnType<typeof checkImport> {
  return checkImport(JSON.stringify(file), bundled, EMPTY_USER_DATA);
}

function imported(): UserData {
  const result = importFile(hostileFile());
  if (!result.ok) throw new Error(`hostile-text import refused: ${JSON.stringify(result)}`);
  return result.data;
}

/** Nothing in `root` came from markup in the data: no such elements, no event-handler attributes. */
function expectOnlyText(root: Element): void {
  expect(root.querySelectorAll('img, script, b, iframe, object, embed')).toHaveLength(0);
  const handlers = [...root.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].map((a) => a.name).filter((name) => /^on/i.test(name)),
  );
  expect(handlers).toEqual([]);
}

/** Every link is http(s), opens a new tab, and gives the target neither an opener nor a referrer. */
function expectSafeLinks(root: Element): HTMLAnchorElement[] {
  const links = [...root.querySelectorAll('a')];
  for (const link of links) {
    expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  }
  return links;
}

beforeEach(() => installMessages('en'));
afterEach(cleanup);

describe('importing claims', () => {
  it('accepts markup in text fields as plain text (it is only ever rendered as text)', () => {
    const data = imported();
    expect(data.claims[0]?.summary).toBe(`Summary ${HTML}`);
    expect(data.claims[0]?.sources[0]?.url).toBe(SNEAKY_URL);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'javascript://example.org/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//example.org/protocol-relative',
    '/relative/path',
  ])('refuses the whole file when a source or misreading example URL is %j', (url) => {
    const asSource = hostileFile() as { claims: { sources: { url: string }[] }[] };
    asSource.claims[1]!.sources[0]!.url = url;
    expect(importFile(asSource).ok).toBe(false);
    const asExample = hostileFile() as { misreadings: { examples: { url: string }[] }[] };
    asExample.misreadings[0]!.examples[0]!.url = url;
    expect(importFile(asExample).ok).toBe(false);
    // The same file with its http(s) URLs is accepted, so the URL is what was refused.
    expect(importFile(hostileFile()).ok).toBe(true);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const big = `{"pad": "${'x'.repeat(IMPORT_MAX_BYTES)}"}`;
    expect(checkImport(big, bundled, EMPTY_USER_DATA).ok).toBe(false);
  });
});

describe('imported claims on screen', () => {
  it('the look-up shows hostile imported text as text, with safe links only', () => {
    const index = buildMatchIndex(mergeUserData(bundled, imported()));
    const { container } = render(
      <LookUp
        index={index}
        search={(query, filters) => searchClaims(index, query, filters)}
        locale="en"
        isUserClaim={isUserClaim}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Who' }), { target: { value: 'example-monitor' } });
    const results = screen.getByTestId('lookup-results');
    expect(results.textContent).toContain(`Summary ${HTML}`);
    expect(results.textContent).toContain(`Outlet ${HTML}`);
    expectOnlyText(container);
    const links = expectSafeLinks(results);
    expect(links.map((a) => a.getAttribute('href'))).toContain(
      'https://example.org/a%22onmouseover=%22alert(3)',
    );
    expect(links.every((a) => a.getAttributeNames().every((n) => !/^on/i.test(n)))).toBe(true);
  });

  it('the hover card shows a hostile imported match, misreading and estimator as text, with safe links only', () => {
    const data = imported();
    const index = buildMatchIndex(mergeUserData(bundled, data));
    const [mine, other] = index.claims.map((c) => c.claim).filter(isUserClaim) as [Claim, Claim];
    const { container } = render(
      <FigureCard
        figure={FIGURE}
        result={makeResult({
          match: mine,
          relation: 'metric_mismatch',
          newer: other,
          misreading: data.misreadings[0]!,
          note: null,
        })}
        estimators={index.estimators}
        isUserClaim={isUserClaim}
        onClose={() => undefined}
        locale="en"
      />,
    );
    const text = container.textContent ?? '';
    expect(text).toContain(`Explanation ${HTML}`);
    expect(text).toContain(`Outlet ${HTML}`);
    expect(text).toContain(IMG);
    expectOnlyText(container);
    expect(expectSafeLinks(container).length).toBeGreaterThan(0);
  });
});
