import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.ts';
import { compactSubtitleCues } from './subtitle-cues.ts';
import { itExtracts } from './summarise-figures.test-helper.ts';

const SRT = [
  '8',
  '00:00:24,920 --> 00:00:28,440',
  'By late November the agency said about 11,000',
  '',
  '9',
  '00:00:28,440 --> 00:00:32,080',
  'North Korean troops had moved',
  'to the front in Kursk.',
  '',
  '10',
  '00:00:32,080 --> 00:00:35,640',
  'Ukraine still held a strip there.',
].join('\n');

describe('compactSubtitleCues', () => {
  it('takes cue numbers and timecodes out, joins a sentence across cues and keeps a break after one that ended', () => {
    const compact = compactSubtitleCues(SRT);
    expect(compact?.text).toBe(
      'By late November the agency said about 11,000 North Korean troops had moved to the front in Kursk.\n\nUkraine still held a strip there.',
    );
  });

  it('maps offsets back to the text as given', () => {
    const compact = compactSubtitleCues(SRT)!;
    for (const word of ['11,000', 'North Korean', 'front', 'Ukraine']) {
      const at = compact.text.indexOf(word);
      expect(SRT.slice(compact.toOriginal(at), compact.toOriginal(at) + word.length)).toBe(word);
    }
  });

  it("joins lines only inside the cues' text, not in the rest of the page", () => {
    const page = `${SRT}\n\nEstimates\nsent: about 11,000\nkilled: about 2,000`;
    expect(
      compactSubtitleCues(page)?.text.endsWith('\n\nEstimates\nsent: about 11,000\nkilled: about 2,000'),
    ).toBe(true);
  });

  it('returns null for text without timecodes', () => {
    expect(compactSubtitleCues('North Korea sent 11,000 troops.\n\n10\nMore to follow.')).toBeNull();
  });
});

describe('figures in subtitles read on across cues, at their offsets in the text', () => {
  it('finds the figure whose noun is in the next cue', () => {
    const figures = extractFigures(SRT, { lang: 'en' });
    expect(figures.map((f) => [f.text, f.metric, SRT.slice(f.start, f.end)])).toEqual([
      ['about 11,000', 'deployed_total', 'about 11,000'],
    ]);
  });

  itExtracts([
    [
      'ru',
      '4\n00:00:10,300 --> 00:00:13,900\nПо данным НИС, около шести тысяч\n\n5\n00:00:14,000 --> 00:00:17,300\nвоеннослужащих КНДР\nубиты или ранены.',
      [['около шести тысяч', 'casualties_total', 'about', 6000]],
    ],
    [
      'ko',
      '7\n00:00:25,710 --> 00:00:30,070\n국정원은 러시아 함정이 북한 특수부대원 약 1천500\n\n8\n00:00:30,390 --> 00:00:35,070\n명을 블라디보스토크로 수송했다고 밝혔습니다.',
      [['약 1천500', 'deployed_total', 'about', 1500]],
    ],
  ]);
});

describe('an on-screen caption in capitals ends where it ends', () => {
  const text = [
    '1',
    '00:00:50,000 --> 00:00:54,000',
    "North Korea's losses in Kursk.",
    '',
    '2',
    '00:00:54,000 --> 00:00:58,000',
    'NIS ESTIMATE, SEPTEMBER 2025: ABOUT 2,000 KILLED',
    '',
    '3',
    '00:00:58,000 --> 00:01:01,640',
    'For comparison, the fighting cost Russia',
    'at least 80,000 of its own soldiers.',
  ].join('\n');

  it('keeps a paragraph break after the caption and joins the lines of a sentence', () => {
    expect(compactSubtitleCues(text)?.text).toBe(
      "North Korea's losses in Kursk.\n\nNIS ESTIMATE, SEPTEMBER 2025: ABOUT 2,000 KILLED\n\nFor comparison, the fighting cost Russia at least 80,000 of its own soldiers.",
    );
  });

  it("reads the caption's figure apart from the sentence after it", () => {
    expect(extractFigures(text, { lang: 'en' }).map((f) => [f.text, f.metric])).toEqual([
      ['ABOUT 2,000', 'killed'],
    ]);
  });
});
