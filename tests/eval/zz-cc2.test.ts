import { it } from 'vitest';
import { findUnitFigures } from '../../src/core/extract/find-unit-figures.ts';
import { loadCorpus } from './load-corpus.ts';
it('cc2', () => {
  const docs = loadCorpus();
  const doc = docs.find((d) => d.file.includes('quotes-heavy-b53') && d.lang === 'ru')!;
  const own = doc.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const C = ['Марія Гордієнко', '9 березня 2026, 12:05', 'Ще різкіше змінився валютний курс. Якщо у 2023 році за один долар США на чорному ринку давали близько 8 тисяч вон, то наприкінці 2025-го — понад 30 тисяч. Юань, основна валюта прикордонної торгівлі, подорожчав пропорційно. «Зарплату на державному заводі ніхто не переглядав, тож живемо тільки з ринку», — розповів по телефону мешканець провінції Північна Хамгьон, який попросив не називати його імені.'];
  const variants: Record<string, string[]> = {
    full: C, s0: ['war', C[1]!, C[2]!], s1: [C[0]!, '·', C[2]!], s2: [C[0]!, C[1]!, '·'], short2: [C[0]!, C[1]!, 'Ще різкіше змінився валютний курс.'], none: [], one: [C[2]!],
    longN: [C[0]!, C[1]!, 'Погода была холодной всю неделю, и никто не выходил из дома, рассказали потом соседи, и так было долго.'], longS: ['·', '·', 'Погода была холодной всю неделю, и никто не выходил из дома, рассказали потом соседи, и так было долго.'], lastOnly: ['·','·','·'],
    ctxA: [C[0]!, C[1]!, 'Юань подорожчав пропорційно.'], ctxB: [C[0]!, C[1]!, '«Зарплату ніхто не переглядав», — розповів мешканець провінції Північна Хамгьон.'],
  };
  for (const [k, ctx] of Object.entries(variants)) {
    const f = findUnitFigures({ texts: [...ctx, ...own], context: ctx.length }, 'ru').map((x) => x.figure.text);
    console.log('V ' + k + ' ' + f.slice(0, 2).join(' | '));
  }
  console.log('OWN0 ' + own[0]!.slice(0, 200));
  console.log('OWN1 ' + own[1]!.slice(0, 300));
});
