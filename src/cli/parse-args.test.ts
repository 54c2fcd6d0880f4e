import { describe, expect, it } from 'vitest';
import { parseScanArgs, UsageError } from './parse-args';

describe('parseScanArgs', () => {
  it.each([
    [['a.txt'], { json: false, lang: null, help: false, inputs: ['a.txt'] }],
    [
      ['--json', '--lang', 'KO', 'a.txt', '-'],
      { json: true, lang: 'ko', help: false, inputs: ['a.txt', '-'] },
    ],
    [['--lang=uk', 'a.html'], { json: false, lang: 'uk', help: false, inputs: ['a.html'] }],
    [['-h'], { json: false, lang: null, help: true, inputs: [] }],
    [['--', '--json'], { json: false, lang: null, help: false, inputs: ['--json'] }],
  ])('%j', (argv, expected) => {
    expect(parseScanArgs(argv)).toEqual(expected);
  });

  it.each([[[]], [['--json']], [['--lang', 'fr', 'a.txt']], [['--what', 'a.txt']], [['--lang']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseScanArgs(argv)).toThrow(UsageError);
    },
  );
});
