// The search index builder's worker thread (its own build entry, see electron.vite.config.ts):
// builds one compact segment and hands it back, so that the thread answering the user does not
// stop for the seconds a large library's build takes (see segment-thread.ts).
import { parentPort } from 'node:worker_threads';
import { buildSegment, type SegmentSource } from './build-segment';
import { segmentParts } from './segment';

parentPort?.once('message', (sources: SegmentSource[]) => {
  const parts = segmentParts(buildSegment(sources));
  const arrays = [parts.terms.blocks, parts.terms.blockStart, parts.terms.dataStart, parts.keys.blocks];
  arrays.push(parts.keys.blockStart, parts.keys.dataStart, parts.postings, parts.keyTerms, parts.docLen);
  // Moved, not copied; an array that shares its buffer with another is copied.
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) {
    const { buffer } = array;
    if (buffer instanceof ArrayBuffer && array.byteOffset === 0 && array.byteLength === buffer.byteLength) buffers.add(buffer);
  }
  parentPort!.postMessage(parts, [...buffers]);
});
