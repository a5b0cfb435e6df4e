// The start-up and import figures on a folder of real articles (`npm run bench -- --corpus DIR`),
// measured as a new user meets them: each in a fresh process of the built app (out/main), so that
// what a process loads at start, and its memory, count. The figures are medians unless said.
//   read_floor_real_ms: walk, then readFileSync and TextDecoder every file in one thread (min of 3)
//   import_real_ms, import_peak_rss_real_mb: `hamish add DIR` into a new library, search index included
//   cli_help_ms, cli_search_real_ms: a fresh `hamish --help`, `hamish search` (wall time)
//   serve_ready_real_ms: `hamish serve` started until listDocuments answers; rss_after_start_real_mb its RSS then
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..');
const hamish = join(root, 'bin', 'hamish.js');
/**
 * Prints the process's peak RSS (kB) and CPU time (µs), worker threads included, on fd 2 as it exits.
 * Only the main thread's exit counts: the hook is loaded in every worker thread too, which exit first.
 */
const PEAK_RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; import { isMainThread } from 'node:worker_threads'; " +
    "if (isMainThread) process.on('exit', () => { const u = process.resourceUsage(); " +
    'writeSync(2, `\\nbench-usage ${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\\n`); });',
)}`;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** The fastest plain way to read the files: one thread, synchronous reads, one decoder. */
export function readFloorMs(dir: string): number {
  const decoder = new TextDecoder('utf-8');
  const start = performance.now();
  let chars = 0;
  for (const path of walk(dir)) chars += decoder.decode(readFileSync(path)).length;
  if (!chars) throw new Error(`no text in ${dir}`);
  return performance.now() - start;
}

/** Runs `hamish ARGS` to its end; wall time, CPU time and peak RSS. */
function runHamish(args: string[]): { ms: number; cpuMs: number; peakMb: number; stdout: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', PEAK_RSS_HOOK, hamish, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const ms = performance.now() - start;
  const usage = /bench-usage (\d+) (\d+)/.exec(run.stderr);
  if (run.status !== 0 && run.status !== 1) throw new Error(`hamish ${args.join(' ')} failed: ${run.stderr.slice(-2000)}`);
  if (!usage) throw new Error(`hamish ${args.join(' ')} did not report its usage`);
  return { ms, cpuMs: Number(usage[2]) / 1000, peakMb: Number(usage[1]) / 1024, stdout: run.stdout };
}

/** A bare `node -e 0`, for scale: what no command can go under. */
function timeNode(): number {
  const start = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - start;
}

function post(port: number, path: string, cookie: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Host: `127.0.0.1:${port}` },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (data += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function login(url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path: `${url.pathname}${url.search}` }, (res) => {
      res.resume();
      const cookie = res.headers['set-cookie']?.[0]?.split(';')[0];
      if (cookie) resolve(cookie);
      else reject(new Error(`no session from ${url.href} (${res.statusCode})`));
    });
    req.on('error', reject);
    req.end();
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** `hamish serve` on the library until its first listDocuments answers; then its RSS once start-up work settles. */
export async function serveOnce(dataDir: string): Promise<{ urlMs: number; readyMs: number; rssMb: number; listed: number }> {
  const start = performance.now();
  const child = spawn(process.execPath, [hamish, '--data-dir', dataDir, 'serve', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  try {
    const url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        const found = /(http:\/\/127\.0\.0\.1:\d+\/\?code=\S+)/.exec(out);
        if (found) resolve(new URL(found[1]!));
      });
      child.once('exit', (code) => reject(new Error(`hamish serve exited (${code})`)));
    });
    const urlMs = performance.now() - start;
    const cookie = await login(url);
    const answer = await post(Number(url.port), '/api/listDocuments', cookie, '{}');
    const readyMs = performance.now() - start;
    if (answer.status !== 200) throw new Error(`listDocuments answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    const listed = (JSON.parse(answer.body) as { value: unknown[] }).value.length;
    // What the server holds once its start-up work (reconcile, indexes) has run.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return { urlMs, readyMs, rssMb: rssMb(child.pid!), listed };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** A query that has matches in Arabic news: the most common longer word of the first article. */
function someWord(dir: string): string {
  const text = readFileSync(walk(dir)[0]!, 'utf8');
  const words = text.match(/[\u0621-\u064A]{5,}/g) ?? ['العراق'];
  return words[Math.floor(words.length / 2)]!;
}

export async function realStartupFigures(dir: string): Promise<Record<string, number>> {
  const files = walk(dir).length;
  readFloorMs(dir); // the page cache warm, as for the import
  const floor = Math.min(readFloorMs(dir), readFloorMs(dir), readFloorMs(dir));
  const dataDir = join(tmpdir(), `hamish-bench-real-${process.pid}`);
  try {
    const imports: { ms: number; cpuMs: number; peakMb: number }[] = [];
    for (let run = 0; run < 3; run++) {
      await rm(dataDir, { recursive: true, force: true });
      const imported = runHamish(['--data-dir', dataDir, 'add', dir]);
      imports.push(imported);
      console.log(
        `real import ${run + 1}: ${Math.round(imported.ms)} ms (CPU ${Math.round(imported.cpuMs)} ms), peak ${Math.round(imported.peakMb)} MB`,
      );
    }
    const help = Array.from({ length: 7 }, () => runHamish(['--help']));
    const bare = Array.from({ length: 7 }, () => timeNode());
    const word = someWord(dir);
    const searches = Array.from({ length: 5 }, () => runHamish(['--data-dir', dataDir, 'search', word]));
    const serves = [];
    for (let run = 0; run < 3; run++) serves.push(await serveOnce(dataDir));
    if (serves[0]!.listed < files * 0.9) throw new Error(`listed ${serves[0]!.listed} of ${files} files`);
    return {
      real_docs: files,
      read_floor_real_ms: Math.round(floor),
      import_real_ms: Math.round(median(imports.map((i) => i.ms))),
      import_over_floor_real: Number((median(imports.map((i) => i.ms)) / floor).toFixed(1)),
      // CPU time (worker threads included) beside the wall time: on a shared machine it wanders less.
      import_cpu_real_ms: Math.round(median(imports.map((i) => i.cpuMs))),
      import_peak_rss_real_mb: Math.round(median(imports.map((i) => i.peakMb))),
      cli_help_ms: Math.round(median(help.map((h) => h.ms))),
      node_bare_ms: Math.round(median(bare)),
      cli_search_real_ms: Math.round(median(searches.map((s) => s.ms))),
      cli_search_cpu_real_ms: Math.round(median(searches.map((s) => s.cpuMs))),
      serve_url_real_ms: Math.round(median(serves.map((s) => s.urlMs))),
      serve_ready_real_ms: Math.round(median(serves.map((s) => s.readyMs))),
      rss_after_start_real_mb: Math.round(median(serves.map((s) => s.rssMb))),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx scripts/bench-real.ts DIR` (the app must be built).
if (process.argv[1] === import.meta.filename && process.argv[2]) {
  console.log(JSON.stringify(await realStartupFigures(process.argv[2])));
}
