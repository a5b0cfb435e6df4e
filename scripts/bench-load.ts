// Loads a saved search index in a fresh process (as the app does at start) and prints
// {loadMs, heapMb}: the time, and the heap plus array buffers the loaded index holds.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SearchService } from '../src/core/search/search-service';
import type { DocumentRecord } from '../src/shared/types';

function memoryMb(): number {
  if (!globalThis.gc) throw new Error('run with --expose-gc');
  globalThis.gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
}

const dataDir = process.argv[2]!;
const records = (JSON.parse(await readFile(join(dataDir, 'hamish.json'), 'utf8')) as { documents: DocumentRecord[] }).documents;
const before = memoryMb();
const start = performance.now();
const service = new SearchService(
  dataDir,
  () => records,
  () => Promise.reject(new Error('must not rebuild')),
);
await service.boot();
const loadMs = performance.now() - start;
if (service.indexing || service.size !== records.length) throw new Error('the saved index was rebuilt or is incomplete at load');
const heapMb = memoryMb() - before;
await service.shutdown();
console.log(JSON.stringify({ loadMs, heapMb }));
