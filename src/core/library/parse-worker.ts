// A parse worker's entry (worker_threads): reads and parses files one at a time for the
// parse pool, which bounds its time and memory. Its own build entry (electron.vite.config.ts).
import { parentPort } from 'node:worker_threads';
import { UserError } from '../../shared/errors';
import { analyzeDocument, loadDocument } from './load-document';
import { TermFinder } from '../search/doc-terms';
import { compressText, type TextDictionary } from '../search/text-blob';
import type { DictionaryMessage, ParseFailure, ParseRequest, ParseResponse } from './parse-protocol';

function failure(error: unknown): ParseFailure {
  if (error instanceof UserError) return { message: error.message, user: true };
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // A system error (no such file, permission denied) is reported as the library reports those;
  // anything else a parser throws (a stack overflow, a library's own error) is the file's doing.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { message, user: false, code };
  return { message: `the file could not be read (${message})`, user: true };
}

/** Requests are parsed one after another, in order: the pool's time limit is for the one at the head. */
let queue: Promise<void> = Promise.resolve();
/** The dictionary an import's texts are compressed with for the search index, once it has one. */
let dictionary: TextDictionary | null = null;
/** This worker's vocabulary: the pool rebuilds it from the words each document adds (see doc-terms.ts). */
const finder = new TermFinder();

parentPort?.on('message', (message: ParseRequest | DictionaryMessage) => {
  if ('dictionary' in message) {
    dictionary = message.dictionary;
    return;
  }
  const request = message;
  queue = queue.then(async () => {
    let response: ParseResponse;
    try {
      const loaded = await loadDocument(request.path);
      if (!request.analyze) response = { id: request.id, ok: true, loaded };
      else {
        // The importer keeps the text, not the blocks: they are not copied across (a third of an import's messages).
        const { text, ...parsed } = loaded.parsed;
        // Compressed, the text crosses once, as the index keeps it (a third of its size).
        const compressing = dictionary && dictionary.id === request.compressWith ? dictionary : null;
        const compressed = compressing && { dictionaryId: compressing.id, blob: compressText(text, compressing.bytes) };
        // Last: once the words are numbered in the worker's vocabulary, the response must reach the pool.
        const analysis = analyzeDocument(loaded.parsed, request.path, finder);
        response = {
          id: request.id,
          ok: true,
          loaded: { ...loaded, parsed: { ...parsed, text: compressing ? '' : text, blocks: [] } },
          analysis,
          ...(compressed ? { compressed } : {}),
        };
      }
    } catch (error) {
      response = { id: request.id, ok: false, error: failure(error) };
    }
    // The terms' word list and the compressed text are moved, not copied.
    const moved = response.ok ? [response.analysis?.terms.ids.buffer, response.compressed?.blob.buffer] : [];
    parentPort!.postMessage(
      response,
      moved.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer),
    );
  });
});

// Told once the modules above are loaded, so that start-up does not count against a file's time limit.
parentPort?.postMessage({ ready: true });
