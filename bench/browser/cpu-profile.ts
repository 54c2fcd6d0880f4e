import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time of one function inside the extension's call stacks. */
export interface FunctionCost {
  /** "name (file:line)"; native and builtin callees keep their own name, e.g. "getBoundingClientRect". */
  fn: string;
  selfMs: number;
}

/** Starts the V8 sampling profiler (100 µs interval) on a page's session. */
export async function startProfile(cdp: CDPSession): Promise<{ stop(): Promise<Profile> }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.send('Profiler.disable');
      return profile as Profile;
    },
  };
}

/** The profile's nodes by id, and each node's parent. */
function indexNodes(profile: Profile): { byId: Map<number, ProfileNode>; parent: Map<number, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return url ? `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})` : functionName || '(native)';
}

/**
 * Sums sampled self time per function for samples whose stack passes through a script under `urlPrefix`
 * (the extension). Sampled wall time: use for ranking, not for absolute cost.
 * @returns the functions by descending self time, and the total sampled time inside the extension's stacks.
 */
export function extensionHotspots(
  profile: Profile,
  urlPrefix: string,
): { totalMs: number; top: FunctionCost[] } {
  const { byId, parent } = indexNodes(profile);
  const inExtension = new Map<number, boolean>();
  const isExt = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = (node?.callFrame.url.startsWith(urlPrefix) ?? false) || (up !== undefined && isExt(up));
    inExtension.set(id, value);
    return value;
  };
  const self = new Map<string, number>();
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    // A sample's time is the delta to the next sample.
    const us = deltas[i + 1] ?? 0;
    if (!isExt(id)) continue;
    const key = label(byId.get(id)!);
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  }
  const top = [...self.entries()]
    .map(([fn, us]) => ({ fn, selfMs: us / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs: total / 1000, top };
}

/**
 * Sums sampled inclusive time per function for samples whose stack passes through a script under `urlPrefix`:
 * each function on a sample's stack counts the sample once (recursion too).
 * @returns the functions by descending inclusive time; empty when no sample is in the extension's stacks.
 */
export function extensionInclusive(profile: Profile, urlPrefix: string): FunctionCost[] {
  const { byId, parent } = indexNodes(profile);
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    const stack: string[] = [];
    let inExtension = false;
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id)!;
      if (node.callFrame.url.startsWith(urlPrefix)) inExtension = true;
      stack.push(label(node));
    }
    if (!inExtension) continue;
    for (const fn of new Set(stack)) total.set(fn, (total.get(fn) ?? 0) + us);
  }
  return [...total.entries()]
    .map(([fn, us]) => ({ fn, selfMs: us / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

/**
 * The call chains (innermost first, `depth` frames) that lead to samples in function `name`, by sampled ms.
 * For native functions: V8 may label extension-API bindings with one shared name (seen as "getUILanguage" for
 * runtime.sendMessage and i18n.getMessage calls), so the caller tells which call it really is.
 */
export function callersOf(profile: Profile, name: string, depth = 4): Array<{ chain: string; ms: number }> {
  const { byId, parent } = indexNodes(profile);
  const chains = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    if (!node || label(node) !== name) continue;
    const chain: string[] = [];
    for (
      let id: number | undefined = node.id;
      id !== undefined && chain.length < depth;
      id = parent.get(id)
    ) {
      chain.push(label(byId.get(id)!));
    }
    const key = chain.join(' < ');
    chains.set(key, (chains.get(key) ?? 0) + (deltas[i + 1] ?? 0));
  }
  return [...chains.entries()].map(([chain, us]) => ({ chain, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
}
