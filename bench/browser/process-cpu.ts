import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ; 100 on Linux everywhere we run). */
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds (user + system) used so far by Chromium's extension processes (`--extension-process`: the
 * extension's service worker lives there), read from /proc. Off the page's main thread, so the page's own
 * metrics never see it; the storm bench adds it to the extension's share.
 * @returns the total over all such processes; 0 when there are none (or no /proc).
 */
export function readExtensionProcessCpuMs(): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--extension-process')) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which is in parentheses and may hold spaces): utime is the 14th field.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
