/**
 * The topic gate as the scanner gets it (wxt.config.ts points the scanner's imports of
 * src/core/extract/topic-gate.ts here): the functions and patterns the small content script every page loads has
 * already compiled and shared (run-loader.ts), so the scanner, injected only where North Korea is mentioned, does
 * not carry and compile them a second time.
 */
import type * as TopicGate from '@/src/core/extract/topic-gate';
import { readIsolatedGlobals } from './shared-globals';

const gate = readIsolatedGlobals().__nkfTopicGate as typeof TopicGate;

export const { GATE_SOURCE, PREFILTER, mentionsNorthKorea } = gate;
