// Builds a compact segment in a worker thread of its own (segment-worker.ts): a library of tens of
// thousands of articles takes seconds to build, and the app's main thread answers the window and
// the web shell meanwhile. The worker lives for one build, so the build's garbage goes with it.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry';
import type { SegmentSource } from './build-segment';
import { segmentOfParts, type CompactSegment, type SegmentParts } from './segment';

/** The segment of these documents, built off this thread. The sources' terms are spent (moved there). */
export async function buildSegmentOffThread(sources: readonly SegmentSource[]): Promise<CompactSegment> {
  // A small young generation: the build makes many short-lived objects, and a new thread's default
  // lets them pile up beside the main thread's memory (an import's peak: ~415 → ~385 MB, 14,613 articles).
  const worker = new Worker(workerEntry(import.meta.url, 'segment-worker'), {
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  try {
    const parts = await new Promise<SegmentParts>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the search index builder stopped (exit code ${code})`)));
      const moved = new Set<ArrayBuffer>();
      for (const source of sources) {
        if (!('ids' in source)) continue;
        const { buffer, byteOffset, byteLength } = source.ids;
        if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) moved.add(buffer);
      }
      worker.postMessage(sources, [...moved]);
    });
    return segmentOfParts(parts);
  } finally {
    void worker.terminate();
  }
}
