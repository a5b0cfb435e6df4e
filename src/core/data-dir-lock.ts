// One Hamish per data folder: every shell (Electron, the web shell, the CLI's
// writing commands) holds a lock file naming its process, so two writers never
// save over each other's changes. The lock names the holder by pid and start
// time (a pid is reused after a reboot or a crash); a lock left by a process
// that is gone is taken over, one whose holder can't be told is refused with
// what to do. The lock appears whole (written aside, then linked into place),
// so an empty lock is a crash's leftover only once it is old enough.
//
// A running app also writes where it answers (its loopback URL and a per-run
// secret token; the file is the user's alone, mode 0600): a CLI command that
// would write while the app runs sends its call there instead (cli/forward.ts).
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../shared/errors';
import { isRunning, ownStartedAt, processStartedAt, processStartTicks } from './process';

const LOCK_FILE = 'hamish.lock';
/** An empty or unreadable lock younger than this is another process between its create and its write. */
export const EMPTY_LOCK_GRACE_MS = 10_000;
/** The holder touches its lock this often, so a lock whose holder can't be identified ages out. */
const HEARTBEAT_MS = 60_000;
/** Where no start time can be read (Windows, an older Hamish's lock), a lock untouched this long is stale even if its pid runs. */
export const UNREFRESHED_LOCK_MS = 5 * 60_000;

/** What a lock file says about its holder. */
export interface LockHolder {
  pid: number;
  owner: string;
  /** The holder's start time in clock ticks since boot (Linux), or null where unknown. */
  startTicks: string | null;
  /** The holder's start time in ms since the epoch. */
  startedAt: number | null;
  /** A random id per acquisition: release() deletes only the lock it wrote. */
  id: string | null;
  /** Where the holder takes forwarded calls, when it does (a running app). */
  address: LockAddress | null;
}

/** A running app's API: POST `${url}/api/<method>` with the token in the X-Hamish-Token header. */
export interface LockAddress {
  url: string;
  token: string;
}

/** The data folder is held by a live Hamish; `holder` says which, and where it takes calls, if it does. */
export class DataFolderBusy extends UserError {
  constructor(
    message: string,
    readonly holder: LockHolder,
  ) {
    super(message);
  }
}

type Verdict = 'alive' | 'gone';

export class DataDirLock {
  readonly path: string;
  #id: string | null = null;
  #holder: LockHolder | null = null;
  #heartbeat: NodeJS.Timeout | null = null;

  constructor(dataDir: string) {
    this.path = join(dataDir, LOCK_FILE);
  }

  get held(): boolean {
    return this.#id !== null;
  }

  acquire(owner: string): void {
    mkdirSync(join(this.path, '..'), { recursive: true, mode: 0o700 });
    const id = randomBytes(12).toString('hex');
    const holder: LockHolder = {
      pid: process.pid,
      owner,
      startTicks: processStartTicks(process.pid),
      startedAt: ownStartedAt(),
      id,
      address: null,
    };
    const content = JSON.stringify(holder);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (this.#create(content, id)) {
        this.#id = id;
        this.#holder = holder;
        this.#heartbeat = setInterval(() => this.#touch(), HEARTBEAT_MS);
        this.#heartbeat.unref();
        return;
      }
      const raw = this.#read();
      if (raw === null) continue; // Released between our create and our read: try again.
      const found = parseHolder(raw);
      if (!found) {
        if (this.#ageMs() < EMPTY_LOCK_GRACE_MS) {
          throw new UserError(
            `another Hamish is opening this data folder just now (${this.path} is being written); try again in a few seconds`,
          );
        }
      } else if (this.#verdict(found) === 'alive') {
        throw new DataFolderBusy(
          `the data folder is in use by another Hamish (${found.owner}, pid ${found.pid}); close it first or use another --data-dir. ` +
            `If no Hamish is running, delete ${this.path}`,
          found,
        );
      }
      this.#takeOver(raw);
    }
    throw new UserError(`could not lock the data folder: ${this.path} keeps changing. Is another Hamish starting?`);
  }

  /**
   * Writes where this holder takes forwarded calls into its lock (replaced whole: written aside at
   * mode 0600, then renamed over it), while the lock is still ours.
   */
  advertise(address: LockAddress): void {
    if (!this.#id || !this.#holder) return;
    const raw = this.#read();
    if (raw === null || parseHolder(raw)?.id !== this.#id) return;
    this.#holder = { ...this.#holder, address };
    const aside = `${this.path}.${this.#id}.address`;
    writeFileSync(aside, JSON.stringify(this.#holder), { mode: 0o600 });
    renameSync(aside, this.path);
  }

  /** Deletes the lock only while it is still ours (one taken over meanwhile is left alone). */
  release(): void {
    if (!this.#id) return;
    const id = this.#id;
    this.#id = null;
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    this.#heartbeat = null;
    const raw = this.#read();
    if (raw === null || parseHolder(raw)?.id !== id) return;
    try {
      unlinkSync(this.path);
    } catch {
      // Already gone: nothing to release.
    }
  }

  /** Writes the lock aside and links it into place, so no one ever reads it half-written. */
  #create(content: string, id: string): boolean {
    const aside = `${this.path}.${id}.new`;
    writeFileSync(aside, content, { mode: 0o600 });
    try {
      linkSync(aside, this.path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // A file system without hard links: an exclusive create (briefly empty) is the next best.
      try {
        writeFileSync(this.path, content, { flag: 'wx', mode: 0o600 });
        return true;
      } catch (fallback) {
        if ((fallback as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw fallback;
      }
    } finally {
      try {
        unlinkSync(aside);
      } catch {
        // Never written or already gone.
      }
    }
  }

  #verdict(holder: LockHolder): Verdict {
    // Our own process (another core in this process, or a pid reused by us): the holder is gone.
    if (holder.pid === process.pid) return 'gone';
    if (!isRunning(holder.pid)) return 'gone';
    const ticks = processStartTicks(holder.pid);
    // The pid runs but started at another time than the holder did: it is another process now.
    if (holder.startTicks && ticks) return ticks === holder.startTicks ? 'alive' : 'gone';
    // Without /proc, `ps` tells the start time to the second (the holder's own clock reading may be a little off).
    const startedAt = ticks === null && holder.startedAt !== null ? processStartedAt(holder.pid) : null;
    if (startedAt !== null && holder.startedAt !== null) return Math.abs(startedAt - holder.startedAt) < 3000 ? 'alive' : 'gone';
    // Unknown identity: a live holder refreshes its lock; one left untouched this long is stale.
    return this.#ageMs() > UNREFRESHED_LOCK_MS ? 'gone' : 'alive';
  }

  /** Removes a stale lock, unless it changed since we judged it (then another process was faster). */
  #takeOver(staleRaw: string): void {
    const aside = `${this.path}.${randomBytes(6).toString('hex')}.stale`;
    try {
      renameSync(this.path, aside);
    } catch {
      return; // Gone already: the next attempt creates it.
    }
    let raw: string | null = null;
    try {
      raw = readFileSync(aside, 'utf8');
    } catch {
      // Unreadable: treated as what we judged.
    }
    if (raw !== null && raw !== staleRaw) {
      // Someone else's fresh lock: put it back.
      try {
        linkSync(aside, this.path);
      } catch {
        // A third process locked meanwhile: its lock stands.
      }
    }
    try {
      unlinkSync(aside);
    } catch {
      // Nothing to clean.
    }
  }

  #read(): string | null {
    try {
      return readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      return '';
    }
  }

  #ageMs(): number {
    try {
      return Date.now() - statSync(this.path).mtimeMs;
    } catch {
      return 0;
    }
  }

  #touch(): void {
    const now = new Date();
    try {
      utimesSync(this.path, now, now);
    } catch {
      // The lock is gone; release() will find nothing to delete.
    }
  }
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const parsed = JSON.parse(raw) as Partial<Record<keyof LockHolder, unknown>>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      owner: String(parsed.owner ?? 'unknown'),
      startTicks: typeof parsed.startTicks === 'string' ? parsed.startTicks : null,
      startedAt: typeof parsed.startedAt === 'number' ? parsed.startedAt : null,
      id: typeof parsed.id === 'string' ? parsed.id : null,
      address: addressOf(parsed.address),
    };
  } catch {
    return null;
  }
}

function addressOf(value: unknown): LockAddress | null {
  const address = value as Partial<LockAddress> | null | undefined;
  if (typeof address?.url !== 'string' || typeof address.token !== 'string') return null;
  // Only a loopback URL: a lock file is never a way to send notes elsewhere.
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(address.url)) return null;
  return { url: address.url, token: address.token };
}
