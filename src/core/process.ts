// Facts about other processes on this machine: whether a pid runs, and which
// process it is (a pid is reused, so a lock records the start time beside it).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Whether a process is alive (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The kernel's start time of a process (Linux: /proc/PID/stat field 22, in clock ticks since
 * boot), which tells a pid's holder from a later process given the same pid; null where /proc
 * is missing (macOS, Windows) or the process is gone.
 */
export function processStartTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) is in parentheses and may hold spaces: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command start at field 3, so field 22 is index 19.
    const ticks = fields[19];
    return ticks && /^\d+$/.test(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

/** When this process started, in ms since the epoch (the fallback identity where /proc is missing). */
export function ownStartedAt(): number {
  return Math.round(Date.now() - process.uptime() * 1000);
}

/**
 * When another process started, in ms since the epoch, where `ps` can say (macOS, the BSDs; one
 * second's precision); null elsewhere (Windows) or when it is gone.
 */
export function processStartedAt(pid: number): number | null {
  if (process.platform === 'win32' || !Number.isInteger(pid) || pid <= 0) return null;
  try {
    const result = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
      encoding: 'utf8',
      timeout: 2000,
      env: { ...process.env, LC_ALL: 'C' },
    });
    const started = Date.parse(result.stdout.trim().replace(/\s+/g, ' '));
    return result.status === 0 && Number.isFinite(started) ? started : null;
  } catch {
    return null;
  }
}
