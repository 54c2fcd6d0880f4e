import { describe, expect, it } from 'vitest';
import {
  blockWeight,
  isCaption,
  countsContainers,
  isComment,
  isFigureList,
  isFurniture,
  isForumFurniture,
  startsEntry,
  startsPost,
} from './furniture.ts';

describe('isFurniture', () => {
  it.each<[string, boolean]>([
    ['(More to follow)', true],
    ['UPDATE 1 - adds details from briefing, background on earlier estimates and munitions', true],
    ['09:14 KST | 2 min read', true],
    ['Read also: Moscow–Pyongyang passenger trains resume', true],
    // headlines and subheadings may start a new story
    ['Why the numbers differ', false],
    ['Russian missile hits training ground', false],
    // sentences, single words, stand-ins and long lines are not
    ['North Korea sent about 11,000 troops.', false],
    ['Analysis', false],
    ['war', false],
    ['·', false],
    ['a'.repeat(60) + ' ' + 'b'.repeat(60), false],
    ['Two lines\nof text', false],
    // a forum post's header, its author's card, its buttons and its signature
    ['#41   21-02-2026, 08:47', true],
    ['Kestrel_Actual\nSenior Member\nJoin Date: Mar 2019\nPosts: 4,512\nLocation: Leeds', true],
    ['Panzergrenadier\nRegistriert seit: 03.2018\nBeiträge: 4.512', true],
    ['Reply   Quote   Like (14)', true],
    ['--\n"Amateurs talk tactics, professionals talk logistics."', true],
    // (a post's text is no furniture, whatever it says about posts)
    [
      'Posts: this thread has the numbers.\n' +
        'The NIS put the total at 15,000 in April, and the Yonhap recap later said some 13,000 had gone over since October.',
      false,
    ],
  ])('%j → %s', (text, want) => {
    expect(isFurniture(text)).toBe(want);
  });
});

describe('blockWeight', () => {
  const PROSE =
    'North Korea sent more troops in January, officials in Seoul said on Tuesday after a closed briefing in parliament.';
  it.each<[string, string | null, number]>([
    [PROSE, null, 1],
    [PROSE, 'Kursk region', 1],
    // a headline after a paragraph counts one; a line after a line a third
    ['Missile strike on Dnipro', PROSE, 1],
    ['~11,000 troops at peak', 'Kursk region', 1 / 3],
    // questions and labels count a third wherever they stand
    ['How many North Korean soldiers have died?', PROSE, 1 / 3],
    ['Losses:', PROSE, 1 / 3],
    ['-- 1차 파병 병력의 피해는 어느 정도인가.', PROSE, 1 / 3],
    ['The first line', null, 1],
  ])('%j after %j → %d', (text, previous, want) => {
    expect(blockWeight(text, previous)).toBe(want);
  });
});

describe("blockWeight: a transcript's turns", () => {
  it.each<[string, string | null, number]>([
    ['ПАК: Больше трёх тысяч, если считать раненых.', 'ЛЕБЕДЕВА: И сколько это в сумме?', 1 / 4],
    [
      'VOSS: Budanow sprach Mitte Oktober von knapp elftausend Infanteristen, die im Osten trainieren.',
      'ALBERS: Herr Voss, wie viele kämpfen schon?',
      1 / 4,
    ],
    [
      '정하윤: 국정원은 약 1만1천 명으로 봅니다. 다만 교대 병력은 빠져 있습니다.',
      '김태호: 그럼 지금은 몇 명입니까?',
      1 / 4,
    ],
    [
      'ОКСАНА РЯБКО, ведуча: Добрий вечір, в ефірі «Тема дня», і сьогодні говоримо про війну.',
      'АНДРІЙ КОВТУН: Так.',
      1 / 4,
    ],
    // (a print interview's turns: a name in its case, or a dash)
    ['Ellerbrock: Rund tausend, sagt der NIS.', 'Kurier: Wie viele sind schon dort?', 1 / 4],
    // (a role in brackets before the colon: the interpreter speaking for the guest)
    ['YOON (interpreting): Two. Both captured in January.', 'ALDOUS: How many were taken prisoner?', 1 / 4],
    ['— Понад чотири тисячі, якщо брати квітневий брифінг.', '— А поранених?', 1 / 4],
    // (a podcast's turns under their times)
    [
      "[00:03:45] OWEN: Right, South Korea's Joint Chiefs of Staff said around 1,100, killed and wounded together.",
      '[00:03:41] MAYA: And then in December the casualty numbers start coming in.',
      1 / 4,
    ],
    ['(12:05) 오태석: 네, 약 1만1천 명으로 봅니다.', '(12:01) 김하늘: 그럼 지금은 몇 명입니까?', 1 / 4],
    // (a turn after prose, and prose with a label of its own, count as paragraphs)
    [
      'VOSS: Budanow sprach Mitte Oktober von knapp elftausend Infanteristen, die im Osten Russlands für den Einsatz trainieren.',
      'Das Gespräch wurde für die Schriftfassung leicht gekürzt und redigiert, sagte der Sender am Abend in einer Mitteilung.',
      1,
    ],
    [
      'Update: Seoul now says about 2,000 North Korean soldiers have been killed in the fighting in Kursk so far this year.',
      'This article was corrected on Monday to fix the date of the briefing given to lawmakers by the agency, it said.',
      1,
    ],
  ])('%j after %j → %s', (text, previous, want) => {
    expect(blockWeight(text, previous)).toBe(want);
  });
});

describe('isComment', () => {
  it.each<[string, boolean]>([
    ['mika_s · 2 h ago\nRead it again, it says around 2,000.\n👍 41  Reply', true],
    ['Сергей_К · 3 ч назад\n2 тысячи из 13 тысяч.\n👍 48  👎 6  Ответить', true],
    ['Nordlicht77 · vor 2 Std.\nErst hieß es 12.000.\n👍 15 · Antworten', true],
    ['평화가좋아 3시간 전\n이제 2천이라고?\n답글 23', true],
    // the header on the first line, the reactions in it or none at all
    ['owl_42 · 3 h ago · ▲ 120\nSo 2,000 dead out of 15,000 sent?', true],
    ['↳ Leserin_K · vor 5 Std.\nSo steht es im Text: 10.000 an der Grenze.', true],
    ['  → ivan.p · 4 ноября, 10:12 · ▲ 3\n  Это те же 10 тысяч.', true],
    ['Mykola B. · 4 листопада, 11:40 · 👍 17\nТо вже 13 тисяч?', true],
    [' └ 예비역병장 | 09:41\n 2천 명은 전사자 수예요', true],
    ['하늘바라기 | 2025.11.04 08:15\n1만 명이 국경에?', true],
    // a byline, a section line or a dateline is no header of a comment
    ['By Jane Doe · 5 November 2025\nNorth Korea sent about 11,000 troops.', false],
    ['Seoul | Reuters\nNorth Korea sent about 11,000 troops.', false],
    ['Politics · World\nNorth Korea sent about 11,000 troops.', false],
    // a paragraph, or a line alone, is no comment
    ['North Korea sent about 11,000 troops, Seoul said.', false],
    ['👍 41  Reply', false],
    ['The vote was 13 to 2.\nReply to the motion came later in the week from the minister.', false],
  ])('%j → %s', (text, want) => {
    expect(isComment(text)).toBe(want);
  });

  it('weighs nothing: a thread of comments does not wear out what the article is about', () => {
    expect(blockWeight('mika_s · 2 h ago\nRead it again.\n👍 41  Reply', null)).toBe(0);
  });
});

describe('isCaption', () => {
  it.each<[string, boolean]>([
    ['Bildunterschrift: Ein ukrainischer Soldat prüft eine Drohne. Foto: Reuters', true],
    ['A Ukrainian soldier checks a drone before a mission. Photo: AP', true],
    ['Фото: прикордонний пост біля Суджі', true],
    ['North Korea sent about 11,000 troops, the photo agency said.', false],
  ])('%j → %s', (text, want) => {
    expect(isCaption(text)).toBe(want);
  });
});

describe('startsEntry', () => {
  it.each<[string, boolean]>([
    ['12:40', true],
    ['12:40\nХарьков: удар управляемыми авиабомбами', true],
    ['10:00\n자포리자 미사일 공격으로 1명 숨져', true],
    ['14.05 Uhr\nKiew meldet neue Angriffe', true],
    // a news ticker's entry, the day before its time
    ['2025.09.02 13:05\n전세사기 일당 주범 징역 15년', true],
    ['02.09.2025, 13:05\nGericht verurteilt Betrüger', true],
    ['2025.09.02 13:05 | 3분 읽기', false],
    ['09:14 KST | 2 min read', false],
    ['North Korea sent about 11,000 troops, officials said at 12:40.', false],
    ['25:99', false],
  ])('%j → %s', (text, want) => {
    expect(startsEntry(text)).toBe(want);
  });

  // a bulletin's next item after a bracketed time, but not a speaker's turn, a ticker's or a chat's lines
  it.each<[string, string | null, boolean]>([
    [
      '[13:03] Back home now. A water main burst under the ring road.',
      'In Ukraine, the air force says …',
      true,
    ],
    ['[09:47] Dev R.: *6,000 not 600', 'Ukraine, …', false],
    ['[10:38] 대변인: 두 명으로 알고 있습니다.', null, false],
    ['[00:03:41] MAYA: And then in December?', null, false],
    ['[14:04] 지난 4월 추정서 상향', '[14:02] 국회 정보위 현안보고', false],
    ['[14:04] Seoul revises its estimate\n[14:05] More to follow', null, false],
  ])('%j after %j → %s', (text, previous, want) => {
    expect(startsEntry(text, previous)).toBe(want);
  });
});

describe('page numbers and thread posts', () => {
  it.each<[string, boolean]>([
    ['15', true],
    ['2.3 Materiel flows', false],
    ['12,000', false],
  ])('isFurniture(%j) is %s', (text, want) => {
    expect(isFurniture(text)).toBe(want);
  });

  it('weighs a thread post after another a third of a paragraph', () => {
    const previous =
      'Mara Kellner\n@mkellner_osint\n3/ Early Nov 2024: the Pentagon says at least 10,000 of them are now inside Kursk oblast itself, a long way from training.';
    const post =
      'Mara Kellner\n@mkellner_osint\n4/ Dec 2024–Jan 2025 was the worst stretch by far. Ukraine captured two of them alive on Jan 9, and footage showed them.';
    expect(blockWeight(post, previous)).toBeCloseTo(1 / 3);
    expect(blockWeight(post.replace('4/ ', ''), previous)).toBe(1);
  });
});

describe('startsPost and isForumFurniture', () => {
  it.each<[string, boolean]>([
    ['#41   21-02-2026, 08:47', true],
    ['#2', true],
    ['#1\nBohdan_Lviv\nМодератор\nПовідомлень: 4 512', true],
    ['# Forum thread about the estimates', false],
    ['#NorthKorea trends again', false],
    ['North Korea sent #1 troops', false],
    // a thread's numbered post, a reply's handle and time
    ['2/9 База. Перший контингент — бл. 11 тис.', true],
    ['↳ @kobzar_osint · 28 бер.\nСтаном на кінець лютого — бл. 400.', true],
    ['@hanbit_watch · 2h\nWasn’t it 18,000 in April?', true],
    ['24/7 coverage of the war', false],
    ['Write to @editor for corrections', false],
    // a wiki talk page's reply, indented by colons, or a post signed at its end
    [':Проти простої заміни. Є ще ОКНШ Південної Кореї.', true],
    ['::Agreed on the sum.', true],
    ['Propose updating the infobox. —Quillon Marsh (talk) 08:41, 3 September 2025 (UTC)', true],
    ['Quelle fehlt. -- Kursker Bogen (Diskussion) 10:14, 3. Mär. 2025 (CET)', true],
    ['출처가 없습니다. --한강물결 (토론) 2025년 9월 3일 (수) 10:14 (KST)', true],
    ['Ratio: 3:1 in favour', false],
    ['The NIS (South Korea) said so on 2 May (UTC)', false],
  ])('startsPost(%j) → %s', (text, want) => {
    expect(startsPost(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['--\n"Amateurs talk tactics, professionals talk logistics."', true],
    ['--------------------\nK9 1문이면 다 해결 / 2사단 포병 2014년 전역', true],
    ['---\nОборона — справа кожного.', true],
    ['Kestrel_Actual\nSenior Member\nJoin Date: Mar 2019\nPosts: 4,512', true],
    // (every line of a card is 80 characters at most, the last one too)
    [`Posts: 4,512\n${'x'.repeat(80)}`, true],
    [`Posts: 4,512\n${'x'.repeat(81)}`, false],
    [`${'x'.repeat(81)}\nPosts: 4,512`, false],
    ['-- The NIS put the total at 15,000 in April.', false],
    ['--\n' + 'A long post that goes on. '.repeat(12), false],
    [
      'Posts: the NIS put the total at 15,000 in April, and the Yonhap recap later said some 13,000 had gone over.',
      false,
    ],
  ])('isForumFurniture(%j) → %s', (text, want) => {
    expect(isForumFurniture(text)).toBe(want);
  });
});

describe('isFigureList', () => {
  it.each([
    ['About 6,000 — killed or wounded in total (NIS, February 2026)', true],
    ['3,000+ — second wave sent in early 2025 (JCS)', true],
    ['ca. 11.000 – Soldaten der ersten Welle (NIS)\nmehr als 3000 – zusätzliche Soldaten (JCS)', true],
    ['über 10 Mio. – Artilleriegranaten, geliefert seit 2023', true],
    ['bis zu 40 % – Anteil an der Munition, die Russland verbraucht', true],
    ['понад 12 млн — артилерійські снаряди', true],
    ['2,000명가량 — 본국에 후송된 부상병', true],
    ['수백명 — 미군 고위 당국자가 처음 언급한 사상자 규모', true],
    ['사망 약 300명, 부상 약 2,700명 — 쿠르스크 전투 초기 피해', true],
    // a line of another shape in the block
    ['ca. 11.000 – Soldaten der ersten Welle\nDie Zahl stammt aus Seoul.', false],
    // prose with a date and a dash further on, a clock time, a heading
    ['Полонених узяли 9 січня в Курській області: одного — бійці ССО, іншого — десантники.', false],
    ['12:40 — Kursk: what the briefing said', false],
    ['THE LOSSES', false],
    ['', false],
  ])('%j → %s', (text, want) => {
    expect(isFigureList(text)).toBe(want);
  });
});

describe('countsContainers', () => {
  it.each([
    ['traced roughly 16,000 containers on 64 voyages', true],
    ['Sie kam auf rund 16.000 Container', true],
    ['понад 20 000 контейнерів', true],
    ['약 2만8000개 컨테이너', true],
    ['Seoul lent the United States 500,000 155 mm shells', false],
  ])('%j → %s', (text, want) => {
    expect(countsContainers(text)).toBe(want);
  });
});
