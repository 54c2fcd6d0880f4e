import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { itExtracts, summariseFigures, type Want } from './summarise-figures.test-helper.ts';

/** Korean counters (명, 문, 발, 기, 대, 개) and numbers written in hangul words. */
describe('Korean missiles and rocket shells', () => {
  it.each<[string, Want[]]>([
    ['북한은 전쟁 중인 러시아에 KN-23 탄도미사일 148기를 넘겼다.', [['148', 'munitions', 'exact', 148]]],
    [
      '북한은 전쟁 중인 러시아로 포탄과 방사포탄 최대 900만 발을 보냈다.',
      [['최대 900만', 'munitions', 'up_to', 9000000]],
    ],
    ['북한은 전쟁 중인 러시아에 자주포와 방사포 220여문을 넘겼다.', [['220여', 'equipment', 'about', 220]]],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual(want);
  });
});

describe('a counter with a genitive before the counted hardware: "220여 문의 자주포"', () => {
  it.each<[string, Want[]]>([
    ['북한은 러시아에 220여 문의 자주포를 보냈다.', [['220여', 'equipment', 'about', 220]]],
    ['북한은 러시아에 3백여 문의 방사포와 자주포를 넘겼다.', [['3백여', 'equipment', 'about', 300]]],
    ['북한은 러시아에 최대 900만 발의 포탄을 보냈다.', [['최대 900만', 'munitions', 'up_to', 9000000]]],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual(want);
  });

  it.each<string>([
    // "문의" (an inquiry) and "발의" (a motion) without one of our nouns after them count nothing
    '북한군 파병과 관련해 국방부에는 300여 문의가 접수됐다.',
    '북한군 파병 규탄 결의안은 의원 20여 발의로 제출됐다.',
  ])('%s', (text) => {
    expect(extractFigures(text, { lang: 'ko' })).toEqual([]);
  });
});

describe('대 counts hardware only after a weapon: "자주포 120대"', () => {
  it.each<[string, Want[]]>([
    ['북한은 러시아에 자주포 120대를 보냈다고 국정원이 밝혔다.', [['120', 'equipment', 'exact', 120]]],
    [
      '북한군은 전차 30대와 장갑차 50대를 러시아에 넘겼다.',
      [
        ['30', 'equipment', 'exact', 30],
        ['50', 'equipment', 'exact', 50],
      ],
    ],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual(want);
  });

  it.each<string>([
    // any other machine, a decade of age, the home army's arsenal after its strength
    '북한은 러시아에 버스 20대를 보냈다.',
    '러시아로 간 북한군은 대부분 20대 청년이다.',
    '러시아에 파병한 북한군, 병력 128만 명과 전차 4300여 대의 군대',
  ])('%s', (text) => {
    expect(extractFigures(text, { lang: 'ko' })).toEqual([]);
  });
});

describe('numbers a Korean article counts itself ("숫자 7개로 읽는"), and "이 숫자가" before a figure', () => {
  it.each<[string, Want[]]>([
    ['◇ 군복 입은 노동자, 학생 비자 받은 노동자\n\n숫자 7개로 읽는 북한군 러시아 파병', []],
    [
      '국정원은 북한이 러시아에 약 1만5천 명을 보냈다고 밝혔지만, 일부 외국어 기사에는 이 숫자가 1만8천 명으로 잘못 실렸다.',
      [
        ['약 1만5천', 'deployed_total', 'about', 15000],
        ['1만8천', 'deployed_total', 'exact', 18000],
      ],
    ],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual(want);
  });
});

describe('numbers in hangul words', () => {
  it.each<[string, Want[]]>([
    [
      '국가정보원은 북한군 사상자가 사천 명에 이른다고 밝혔다.',
      [['사천', 'casualties_total', 'exact', 4000]],
    ],
    ['북한은 러시아에 자주포 이백여 문을 보냈다.', [['이백여', 'equipment', 'about', 200]]],
    [
      '북한은 러시아에 자주포 이백이십여 문과 방사포 백이십여 문을 보냈다.',
      [
        ['이백이십여', 'equipment', 'about', 220],
        ['백이십여', 'equipment', 'about', 120],
      ],
    ],
    [
      '북한이 러시아에 포탄 오백만 발을 보냈다고 정보당국이 밝혔다.',
      [['오백만', 'munitions', 'exact', 5000000]],
    ],
    ['북한군 일만 이천 명이 러시아에 파병됐다.', [['일만 이천', 'deployed_total', 'exact', 12000]]],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual(want);
  });

  it('a small count of hardware in words is no figure ("포탄 세 개")', () => {
    expect(extractFigures('북한군 진지에서 포탄 세 개가 발견됐다.', { lang: 'ko' })).toEqual([]);
  });
});

describe('Korean verbs of dying and clauses joined by -고', () => {
  it.each<[string, Want[]]>([
    [
      '국정원은 북한이 약 1만5천 명을 보냈으며, 그 가운데 600명가량이 숨지는 등 사상자가 4천700여 명에 이른다고 밝혔다.',
      [
        ['약 1만5천', 'deployed_total', 'about', 15000],
        ['600명가량', 'killed', 'about', 600],
        ['4천700여', 'casualties_total', 'about', 4700],
      ],
    ],
    [
      '국정원 집계로는 북한군 300여 명이 숨지고 2천700여 명이 다쳤다.',
      [
        ['300여', 'killed', 'about', 300],
        ['2천700여', 'wounded', 'about', 2700],
      ],
    ],
    [
      '보고서는 북한이 2024년 한 해에만 1만1천 명 넘게 파병했고 올해 초 3천 명 정도를 추가로 보냈다고 적었다.',
      [
        ['1만1천 명 넘게', 'deployed_total', 'more_than', 11000],
        ['3천 명 정도', 'reinforcements', 'about', 3000],
      ],
    ],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual(want);
  });
});

describe('한 명 and model names before a count', () => {
  it.each<[string, Want[]]>([
    [
      '북한군이 싸웠다. 지난달 26일에도 북한군 한 명이 생포됐지만 중상을 입은 상태였다.',
      [['한', 'captured', 'exact', 1]],
    ],
    ['북한군 병사 한 명이 숨졌다.', [['한', 'killed', 'exact', 1]]],
    // one of two described in turn, one in two
    [
      '북한군 포로 두 명이 조사를 받고 있다. 한 명은 2005년생, 다른 한 명은 1999년생으로 다리를 다쳤다.',
      [['두', 'captured', 'exact', 2]],
    ],
    [
      '부다노프 국장은 북한이 2024년 한 해 KN-23 148발을 보냈다고 밝혔다.',
      [['148', 'munitions', 'exact', 148]],
    ],
  ])('%s', (text, want) => {
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual(want);
  });
});

describe('Korean lists of numbers: the description names its count last', () => {
  it('reads each number by the line after it', () => {
    const text =
      '숫자로 본 북한군 파병.\n\n2. 6천 명 이상\n영국 국방부가 추산한 쿠르스크 전선의 북한군 사상자. 처음 투입된 병력의 절반을 웃돈다.\n\n3. 600여 명\n국정원이 4월 말 내놓은 북한군 전사자 추정치.\n\n9. 8만 명\n시르스키 총사령관이 밝힌, 쿠르스크 작전 중 러시아군 사상자.';
    expect(summariseFigures(extractFigures(text, { lang: 'ko' }))).toEqual([
      ['6천 명 이상', 'casualties_total', 'at_least', 6000],
      ['600여', 'killed', 'about', 600],
    ]);
  });
});

describe('what befell a part of a whole, after "가운데", is no metric of the whole', () => {
  itExtracts([
    [
      'ko',
      '북한군 파병 1진 1만1천여 명 가운데 산 채로 붙잡힌 사례는 극히 드물다.',
      [['1만1천여', 'deployed_total', 'about', 11000]],
    ],
  ]);
});

describe('batch 52 join: a count inside its paragraph takes no noun from the block above', () => {
  itExtracts([
    [
      'ko',
      '■ 돈: 노동자 임금부터 포탄 대금까지 | ■ 기술: 방공망과 미사일 정확도\n\n상비군 128만 명 북한군, 실전 경험까지\n\n전문가들은 러시아 파병이 북한군의 질적 변수가 될 수 있다고 본다. 러시아와 우크라이나의 전쟁이 계속되고 있다.',
      [],
    ],
  ]);
});

describe('batch 57 join: a question is answered in its own language', () => {
  itExtracts([
    [
      'ko',
      'Цифры НСР всегда консервативные. А раненых сколько?\n\n1만1천 명 중 2천 명 사망…북한군 인용 보도 분석',
      [
        ['1만1천', 'deployed_total', 'exact', 11000],
        ['2천', 'killed', 'exact', 2000],
      ],
    ],
  ]);
});

describe('batch 58: 北 in headlines, 사망+부상, the two prisoners, a quote in a headline, growth', () => {
  itExtracts([
    [
      'ko',
      '北 파병군 사상자. 미 당국 추정은 사망+부상 약 1,200 명.',
      [['약 1,200', 'casualties_total', 'about', 1200]],
    ],
    [
      'ko',
      '키이우의 두 북한 병사…"남쪽으로 가겠다"는 요청은 어디쯤 왔나\n\n[심층] 생포 열 달 만에 한국행 의사 밝혔지만 외교 셈법은 복잡',
      [['두', 'captured', 'exact', 2]],
    ],
    ['ko', '북한군 포로. 키이우의 두 병사는 아직 한국에 오지 못했다.', [['두', 'captured', 'exact', 2]]],
    // (a quote's "one" in a headline is no one the words after the quote befell)
    ['ko', '[특집] "드론이 뜨면 한 명은 미끼가 된다"…쿠르스크서 숨진 北병사가 남긴 수첩', []],
    [
      'ko',
      '북한군 최소 1만 명이 쿠르스크 지역으로 이동한 것으로 본다고 밝혔다. 지난주 평가보다 2천 명가량 늘어난 규모다.',
      [
        ['최소 1만', 'deployed_total', 'at_least', 10000],
        ['2천 명가량', 'reinforcements', 'about', 2000],
      ],
    ],
    ['ko', '北 참전 첫 인정\n많이 본 뉴스\n1 강릉 경포해수욕장 7월 1일 개장…안전요원 120명 배치', []],
  ]);
});

describe('batch 59: a further dispatch asked of, concurrent viewers', () => {
  itExtracts([
    [
      'ko',
      '북한군 파병 토론.\n\n이미란: 러시아군 손실하고 비교하면 규모가 완전히 다릅니다. 러시아군은 최소 8만 명을 잃었습니다.\n\n한서윤: 앞으로가 더 문제입니다. 추가 파병 얘기도 나왔죠?\n\n최태석: 국정원은 3차로 육천여 명이 더 갈 걸로 봅니다.',
      [['육천여', 'reinforcements', 'about', 6000]],
    ],
    ['ko', '[시사라이브 녹취 | 동시 접속 2만3천여 명]\n\n북한군 파병 1년을 짚어봅니다.', []],
  ]);
});

describe("blind batch 90: a newsletter's other items in Korean (a team coming home, a quiz's participants)", () => {
  itExtracts([
    [
      'ko',
      '북한군 1만1천 명이 파병됐다. 체육계에 따르면 우리 선수단 본진 130여 명은 오늘 귀국할 예정입니다.',
      [['1만1천', 'deployed_total', 'exact', 11000]],
    ],
    [
      'ko',
      '북한군 1만1천 명이 파병됐다. 지난주 퀴즈 정답은 ③번이었습니다. 참여자 1,482명 중 64%가 맞혔어요.',
      [['1만1천', 'deployed_total', 'exact', 11000]],
    ],
  ]);
});

describe('blind batch 93: one of a pair in Korean ("한 명은 … 다른 한 명은")', () => {
  itExtracts([
    [
      'ko',
      '북한군 포로 두 명이 있다. 처음 공개된 영상에서 포로들의 태도는 서로 달랐다. 한 명은 돌려보내 주면 북한으로 돌아가겠다고 했고, 다른 한 명은 한국행을 원했다.',
      [['두', 'captured', 'exact', 2]],
    ],
    ['ko', '북한군 1명이 붙잡혔지만 곧 숨졌다.', [['1', 'captured', 'exact', 1]]],
  ]);
});
