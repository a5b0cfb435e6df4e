// The texts of the documents last opened or annotated, so that adding a
// highlight does not read and parse the file again (a saved web page runs jsdom).
import type { DocumentRecord } from '../../shared/types';

/** Documents whose texts are kept: the two panes side by side, and a few recently opened. */
const TEXT_CACHE_SIZE = 8;

/** A small LRU of document texts keyed by (id, fingerprint): a re-read document's new text has a new key. */
export class TextCache {
  #entries = new Map<string, string>();
  constructor(private readonly capacity = TEXT_CACHE_SIZE) {}

  get(record: DocumentRecord): string | undefined {
    const key = `${record.id}:${record.fingerprint}`;
    const text = this.#entries.get(key);
    if (text === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, text);
    return text;
  }

  set(record: DocumentRecord, text: string): void {
    const key = `${record.id}:${record.fingerprint}`;
    this.#entries.delete(key);
    this.#entries.set(key, text);
    while (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
