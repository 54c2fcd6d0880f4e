import { describe, expect, it } from 'vitest';
import { parseBody } from '../test-helpers';
import { findMentionNodes } from './find-mention-nodes';
import { isTopicPage } from './page-scanner';

describe('isTopicPage', () => {
  it.each<[string, string, boolean]>([
    [
      'three names of North Korea',
      '<p>North Korea sent troops.</p><p>Pyongyang denied it.</p><p>Kim Jong Un said nothing.</p>',
      true,
    ],
    ['two names only', '<p>North Korea sent troops.</p><p>Pyongyang denied it.</p>', false],
    // (the prefilter's words are not the gate's: South Korea's intelligence service names no North Korea)
    [
      'words of the prefilter that the gate does not take',
      '<p>Der südkoreanische Dienst NIS.</p><p>Südkorea und Nordkorea.</p><p>Korea-Experten sind vorsichtig.</p>',
      false,
    ],
    ['three names in one node', '<p>North Korea, Pyongyang and the DPRK.</p>', true],
  ])('%s', (_, html, want) => {
    expect(isTopicPage(findMentionNodes(parseBody(html).body))).toBe(want);
  });
});
