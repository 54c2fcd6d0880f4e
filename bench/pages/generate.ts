/**
 * Deterministic bench pages: a typical article, a 1 MB news page with North Korea figures spread through it,
 * a 1 MB page without any North Korea mention, and a page whose ticker mutates text 1,000 times a second.
 * Every page is plain static HTML (`<article><p>` with links and bold text inside paragraphs); nothing in it
 * measures anything: the bench adds its probes from outside.
 */
import { createRandom, fill, pick } from './fill.ts';
import { TEMPLATES, type PageLang } from './sentences.ts';

/** A generated page and what the bench expects of it. */
export interface BenchPage {
  html: string;
  /** Paragraphs in the page. */
  paragraphs: number;
  /** Topic paragraphs (each carries two North Korea troop figures). */
  topicParagraphs: number;
}

const STYLE =
  'body{font:17px/1.55 Georgia,serif;margin:0}header,footer{background:#f3f3f3;padding:8px 24px}' +
  'nav a{margin-right:12px}main{display:flex;gap:32px;padding:0 24px}article{max-width:720px}' +
  'aside{width:280px;font-size:14px}h2{font-size:20px}';

function shell(lang: PageLang, title: string, body: string, script = ''): string {
  const t = TEMPLATES[lang];
  const nav = t.navigation.map((item, i) => `<a href="/section/${i}">${item}</a>`).join('');
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<title>${title}</title><style>${STYLE}</style></head><body>` +
    `<header><nav>${nav}</nav></header><main>${body}</main>` +
    `<footer><p>© 2025 Example News. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>` +
    `${script}</body></html>`
  );
}

function paragraph(html: string): string {
  return `<p>${html}</p>\n`;
}

/** Side column of teasers: links and short filler, as news sites have around an article. */
function aside(lang: PageLang, random: () => number, items: number): string {
  const t = TEMPLATES[lang];
  let html = '<aside><h2>Most read</h2><ol>';
  for (let i = 0; i < items; i++) {
    html += `<li><a href="/story/${i}">${fill(pick(random, t.filler), random, lang)}</a></li>`;
  }
  return `${html}</ol></aside>`;
}

/** A filler paragraph: one or two number-heavy sentences (about 200 bytes on average). */
function filler(lang: PageLang, random: () => number): string {
  const t = TEMPLATES[lang];
  const first = fill(pick(random, t.filler), random, lang);
  return random() < FILLER_SECOND ? `${first} ${fill(pick(random, t.filler), random, lang)}` : first;
}

/** Share of filler paragraphs with a second sentence (sets the 1 MB pages' size at 5,000 paragraphs). */
const FILLER_SECOND = 0.5;

/**
 * (a) A typical article page of about 60 KB: one article with five topic paragraphs (ten figures) among
 * context and filler paragraphs, navigation, a side column of teasers and related stories.
 */
export function articlePage(lang: PageLang, seed = 1): BenchPage {
  const random = createRandom(seed);
  const t = TEMPLATES[lang];
  let article = `<article><h1>${t.headline}</h1>`;
  let paragraphs = 0;
  let topic = 0;
  for (let i = 0; i < 30; i++) {
    let source: readonly string[] = t.filler;
    if (i % 6 === 0) source = t.topic;
    else if (i % 3 === 0) source = t.context;
    if (source === t.topic) topic++;
    article += paragraph(
      fill(t.topic === source ? t.topic[topic % t.topic.length]! : pick(random, source), random, lang),
    );
    paragraphs++;
  }
  article += '</article>';
  let related = '<section><h2>Related</h2>';
  while (related.length < 46_000) {
    related += paragraph(fill(pick(random, t.filler), random, lang));
    paragraphs++;
  }
  related += '</section>';
  const html = shell(lang, t.headline, `<div>${article}${related}</div>${aside(lang, random, 40)}`);
  return { html, paragraphs, topicParagraphs: topic };
}

/**
 * (b) A 1 MB news page: 5,000 paragraphs in 250 stories; every 100th paragraph is a topic paragraph (two figures
 * each, so 100 figures), every 37th names North Korea without a figure, the rest are number-heavy filler.
 */
export function newsPage(lang: PageLang, seed = 2, paragraphs = 5000): BenchPage {
  const random = createRandom(seed);
  const t = TEMPLATES[lang];
  let body = '<div>';
  let topic = 0;
  for (let i = 0; i < paragraphs; i++) {
    if (i % 20 === 0)
      body += `${i > 0 ? '</article>' : ''}<article><h2>${fill(pick(random, t.filler), random, lang)}</h2>`;
    let html: string;
    if (i % 100 === 50) html = fill(t.topic[topic++ % t.topic.length]!, random, lang);
    else if (i % 37 === 0) html = fill(pick(random, t.context), random, lang);
    else html = filler(lang, random);
    body += paragraph(html);
  }
  body += '</article></div>';
  return {
    html: shell(lang, t.headline, body + aside(lang, random, 20)),
    paragraphs,
    topicParagraphs: topic,
  };
}

/**
 * (c) A 1 MB page with no North Korea mention: 5,000 number-heavy paragraphs (scores, prices, dates), the
 * languages taking turns story by story.
 */
export function offTopicPage(seed = 3, paragraphs = 5000): BenchPage {
  const random = createRandom(seed);
  const langs: PageLang[] = ['en', 'uk', 'ko'];
  let body = '<div>';
  for (let i = 0; i < paragraphs; i++) {
    const lang = langs[Math.floor(i / 20) % langs.length]!;
    if (i % 20 === 0)
      body += `${i > 0 ? '</article>' : ''}<article><h2>${fill(pick(random, TEMPLATES[lang].filler), random, lang)}</h2>`;
    body += paragraph(filler(lang, random));
  }
  body += '</article></div>';
  return { html: shell('en', 'Scores, prices and weather', body), paragraphs, topicParagraphs: 0 };
}

/** Mutations per second the storm page's ticker makes, and for how long. */
export const STORM = { perSecond: 1000, seconds: 5 };

/**
 * (5) The article page plus a ticker inside a paragraph that names North Korea and carries figures: once the
 * page calls `window.__startStorm()`, it rewrites the ticker's text node 1,000 times a second for 5 s (catching
 * up by the clock, so timer clamping does not lower the rate). `window.__stormDone` resolves with the count.
 */
export function stormPage(lang: PageLang, seed = 4): BenchPage {
  const base = articlePage(lang, seed);
  const ticker =
    '<p id="ticker-p">North Korea has sent about 11,000 troops to Russia, and at least 3,000 more soldiers ' +
    'arrived in January, officials said. Live: <span id="ticker">0</span> updates</p>';
  const script =
    '<script>(()=>{const node=document.getElementById("ticker").firstChild;' +
    `const rate=${STORM.perSecond},total=${STORM.perSecond * STORM.seconds};` +
    'let done;window.__stormDone=new Promise(r=>done=r);' +
    'window.__startStorm=()=>{const t0=performance.now();let n=0;' +
    'const tick=()=>{const due=Math.min(total,Math.floor((performance.now()-t0)*rate/1000));' +
    'while(n<due){n++;node.data=String(n);}' +
    'if(n<total)setTimeout(tick,1);else done({count:n,ms:performance.now()-t0});};tick();};})();</script>';
  const html = base.html.replace('<article>', `<article>${ticker}`).replace('</body>', `${script}</body>`);
  return { html, paragraphs: base.paragraphs + 1, topicParagraphs: base.topicParagraphs + 1 };
}
