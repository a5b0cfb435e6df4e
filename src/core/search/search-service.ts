// Keeps the search index in step with the library: loads the cache at start
// (never rebuilding a fresh one), patches what changed since, rebuilds in the
// background when the cache is missing or too stale, saves changes in a small live
// file, and merges them into a new index file in the background once they are many.
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ValidArgs } from '../../shared/api';
import { parseQuery } from '../../shared/search/query';
import type { DocumentRecord, SearchResponse } from '../../shared/types';
import type { LibraryChange } from '../library/library-service';
import { INDEX_FORMAT, readIndexFile, textDictionary, writeIndexFile, type FileText, type LoadedIndex } from './index-file';
import type { DocTerms } from './doc-terms';
import { decompressText } from './text-blob';
import { SearchIndex, type IndexedDoc, type TextSource } from './search-index';

/** Bump when tokenising, normalising or stemming changes: caches built before are rebuilt. */
export const ANALYZER = 'hamish-2';
/** The cache files of earlier formats, removed when the index is next written. */
const OLD_FILES = ['search-texts.bin'];

export type { LibraryChange } from '../library/library-service';

/** What search takes, as the contract validates it. */
export type SearchArgs = ValidArgs<'search'>;

/** A document's text as a rebuild has it: plain, or compressed with the rebuild's dictionary (a large import's). */
type KnownText = { text: string; terms?: DocTerms } | { blob: Uint8Array; terms: DocTerms };
/** The text alone, as kept until the index file is written. */
type IndexText = { text: string } | { blob: Uint8Array };

interface LiveState {
  analyzer: string;
  upserts: { doc: IndexedDoc; text: string }[];
  removed: string[];
}

/** Texts of an index just built, until its file is written: plain, or compressed by the import. */
class MemoryTexts implements TextSource {
  readonly extra = new Map<number, string>();

  constructor(
    private readonly texts: readonly IndexText[],
    private readonly dictionary?: Uint8Array,
  ) {}

  text(docNum: number): string {
    const extra = this.extra.get(docNum);
    if (extra !== undefined) return extra;
    const known = this.texts[docNum];
    if (!known) return '';
    return 'text' in known ? known.text : decompressText(known.blob, this.dictionary!);
  }
}

function indexedDoc(record: DocumentRecord): IndexedDoc {
  const { id, title, outlet, date, lang, folder, fingerprint } = record;
  return { id, title, outlet, date, lang, folder, fingerprint };
}

export class SearchService {
  readonly indexPath: string;
  readonly livePath: string;
  #index = SearchIndex.build([]);
  /** Where the current index's texts are: its file, or memory; `extra` holds live documents' texts. */
  #texts: LoadedIndex['texts'] | MemoryTexts = new MemoryTexts([]);
  #live: LiveState = { analyzer: ANALYZER, upserts: [], removed: [] };
  #building: Promise<void> | null = null;
  #saveTimer: NodeJS.Timeout | null = null;
  #saving: Promise<void> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly records: () => readonly DocumentRecord[],
    private readonly loadText: (record: DocumentRecord) => Promise<string>,
    private readonly log: (message: string) => void = () => {},
  ) {
    this.indexPath = join(dataDir, 'search-index.bin');
    this.livePath = join(dataDir, 'search-live.json');
  }

  get indexing(): boolean {
    return this.#building !== null;
  }

  get size(): number {
    return this.#index.size;
  }

  /** Loads the cache; returns at once and rebuilds in the background when needed (see ready()). */
  async boot(): Promise<void> {
    const loaded = await this.#load().catch((error: unknown) => {
      this.log(`search index cache unreadable (${(error as Error).message}); rebuilding`);
      return false;
    });
    if (!loaded) {
      this.#rebuildInBackground();
      return;
    }
    // Patch what changed while the cache was written: few changes are indexed now, many mean a rebuild.
    const records = this.records();
    const known = new Set(records.map((r) => r.id));
    const stale = records.filter((r) => {
      const docNum = this.#index.byId.get(r.id);
      return (docNum === undefined || this.#index.docs[docNum]!.fingerprint !== r.fingerprint) && !r.missing;
    });
    const gone = [...this.#index.byId.keys()].filter((id) => !known.has(id));
    if (stale.length > Math.max(100, records.length * 0.2)) {
      this.#rebuildInBackground();
      return;
    }
    const upserts: LibraryChange['upserts'] = [];
    for (const record of stale) {
      try {
        upserts.push({ record, text: await this.loadText(record) });
      } catch {
        // Unreadable now: it will be indexed when the library reads it again.
      }
    }
    if (upserts.length || gone.length) this.apply({ upserts, removed: gone });
  }

  /**
   * The plain text the index holds for a document, when it was indexed from this very version (same
   * fingerprint): lets other indexes (similar reports) skip re-reading and re-parsing the file.
   */
  textOf(id: string, fingerprint: string): string | undefined {
    const docNum = this.#index.byId.get(id);
    if (docNum === undefined || this.#index.docs[docNum]!.fingerprint !== fingerprint) return undefined;
    return this.#index.text(docNum);
  }

  /** Resolves when no rebuild is running. */
  async ready(): Promise<void> {
    while (this.#building) await this.#building;
  }

  async #load(): Promise<boolean> {
    if (!existsSync(this.indexPath)) return false;
    const loaded = await readIndexFile(this.indexPath, ANALYZER);
    if (!loaded) return false;
    this.#live = { analyzer: ANALYZER, upserts: [], removed: [] };
    if (existsSync(this.livePath)) {
      const live = JSON.parse(await readFile(this.livePath, 'utf8')) as LiveState;
      if (live.analyzer === ANALYZER) this.#live = live;
    }
    this.#open(loaded);
    return true;
  }

  /** Makes a loaded index file the index, with the live changes (this.#live) applied on top. */
  #open(loaded: LoadedIndex): void {
    this.#closeTexts();
    this.#texts = loaded.texts;
    this.#index = new SearchIndex(loaded.segment, loaded.header.docs, loaded.texts);
    for (const id of this.#live.removed) this.#index.remove(id);
    for (const { doc, text } of this.#live.upserts) this.#upsert(doc, text);
  }

  #closeTexts(): void {
    if ('close' in this.#texts) this.#texts.close();
  }

  #upsert(doc: IndexedDoc, text: string): void {
    this.#index.upsert(doc, text, (docNum, t) => this.#texts.extra.set(docNum, t));
  }

  /** Applies the library's changes; a large batch (a first import) rebuilds instead. */
  apply(change: LibraryChange): void {
    if (this.#building) {
      // The rebuild reads the library as it was; run again once it is done.
      void this.#building.then(() => this.apply(change));
      return;
    }
    if (change.upserts.length > Math.max(500, this.#index.size * 0.2)) {
      // Texts the import compressed already go into the file as they are, with the import's dictionary.
      const dictionary = change.textDictionary;
      const byId = new Map<string, KnownText>(
        change.upserts.map((u) => [
          u.record.id,
          u.blob && dictionary && u.terms
            ? { blob: u.blob, terms: u.terms }
            : { text: u.text, ...(u.terms ? { terms: u.terms } : {}) },
        ]),
      );
      this.#rebuildInBackground(byId, dictionary);
      return;
    }
    for (const id of change.removed) {
      this.#index.remove(id);
      this.#live.upserts = this.#live.upserts.filter((u) => u.doc.id !== id);
      this.#live.removed.push(id);
    }
    for (const { record, text } of change.upserts) {
      this.#upsert(indexedDoc(record), text);
      this.#live.upserts = this.#live.upserts.filter((u) => u.doc.id !== record.id);
      this.#live.upserts.push({ doc: indexedDoc(record), text });
    }
    this.#scheduleSave();
  }

  search(args: SearchArgs): SearchResponse {
    const query = parseQuery(args.query, { prefix: args.prefix, stemming: args.stemming, filters: args.filters });
    const { hits, total } = this.#index.search(query, {
      limit: args.limit ?? 20,
      offset: args.offset ?? 0,
      sort: args.sort ?? 'relevance',
    });
    return { hits, total, indexing: this.indexing };
  }

  // --- building and saving ---------------------------------------------------

  /** dictionary: the one the known texts' blobs were compressed with. */
  #rebuildInBackground(knownTexts: Map<string, KnownText> = new Map(), dictionary?: Uint8Array): void {
    this.#building ??= this.#rebuild(knownTexts, dictionary)
      .catch((error: unknown) => this.log(`search index rebuild failed: ${(error as Error).message}`))
      .finally(() => {
        this.#building = null;
      });
  }

  async #rebuild(knownTexts: Map<string, KnownText>, dictionary?: Uint8Array): Promise<void> {
    // Missing files stay searchable while their text is at hand (as at boot), until removed.
    const records = this.records().filter((r) => !r.missing || knownTexts.has(r.id) || this.#index.byId.has(r.id));
    const entries: ({ doc: IndexedDoc } & KnownText)[] = [];
    let next = 0;
    const current = this.#index;
    const worker = async () => {
      while (next < records.length) {
        const record = records[next++]!;
        let known = knownTexts.get(record.id);
        if (known === undefined) {
          const docNum = current.byId.get(record.id);
          if (docNum !== undefined && current.docs[docNum]!.fingerprint === record.fingerprint)
            known = { text: current.text(docNum) };
        }
        try {
          entries.push({ doc: indexedDoc(record), ...(known ?? { text: await this.loadText(record) }) });
        } catch {
          // A file that can't be read now is left out; it comes back when the library re-reads it.
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    knownTexts.clear(); // the terms go once the segment is built
    const texts = entries.map(({ doc: _doc, terms: _terms, ...text }) => text);
    const building = SearchIndex.buildOffThread(entries);
    entries.length = 0; // their terms are the builder's now
    const index = await building;
    // Searchable at once, texts in memory; saving the cache file follows in the background.
    this.#closeTexts();
    this.#texts = new MemoryTexts(texts, dictionary);
    index.setTextSource(this.#texts);
    this.#index = index;
    this.#live = { analyzer: ANALYZER, upserts: [], removed: [] };
    const plain = (known: IndexText | undefined) => (known && 'text' in known ? known.text : '');
    this.#saving = this.#saving
      .then(() =>
        this.#persist(index, dictionary ?? textDictionary(texts.map(plain)), (docNum) => {
          const known = texts[docNum];
          return known && 'blob' in known ? { blob: known.blob } : { text: plain(known) };
        }),
      )
      .catch((error: unknown) => this.log(`saving the search index: ${(error as Error).message}`));
  }

  /**
   * Writes the index's compact segment (one file, renamed into place), saves or clears the live
   * file, then reads the index from the file (its texts no longer in memory), live changes on top.
   */
  async #persist(
    index: SearchIndex,
    dictionary: Uint8Array,
    texts: (docNum: number) => FileText,
    written: () => void = () => {},
  ): Promise<void> {
    const docs = index.docs.slice(0, index.compact.docLen.length);
    await writeIndexFile(this.indexPath, { format: INDEX_FORMAT, analyzer: ANALYZER, docs }, index.compact, dictionary, texts);
    written();
    for (const name of OLD_FILES) await rm(join(this.indexPath, '..', name), { force: true });
    // Changes since the build are in the live state: save it, or clear an old one.
    if (this.#live.upserts.length || this.#live.removed.length) await this.#writeLive();
    else await rm(this.livePath, { force: true });
    if (this.#index !== index) return;
    const loaded = await readIndexFile(this.indexPath, ANALYZER);
    if (!loaded) throw new Error('the index file just written does not read back');
    if (this.#index === index) this.#open(loaded);
    else loaded.texts.close();
  }

  /** Folds the live changes into a new index file now (done in the background once they are many). */
  async merge(): Promise<void> {
    await this.ready();
    this.#mergeInBackground();
    await this.ready();
  }

  #mergeInBackground(): void {
    this.#building ??= this.#merge()
      .catch((error: unknown) => this.log(`merging the search index: ${(error as Error).message}`))
      .finally(() => {
        this.#building = null;
      });
  }

  /**
   * Folds the live segment into a new compact one (postings copied, texts copied compressed) and
   * writes it as the new index file. Changes wait until it is done (as during a rebuild). Until the
   * new file is renamed into place nothing else changes, in memory or on disk: a failure or a crash
   * before leaves the old file and the live file, which load as before; one after, the new file and
   * the old live file, whose changes are in it already (applying them again changes nothing).
   */
  async #merge(): Promise<void> {
    await this.#saving; // a file being written (after a rebuild) first
    const index = this.#index;
    const { segment, docs, from } = index.merged();
    const file = 'blob' in this.#texts ? this.#texts : null;
    const dictionary = file?.dictionary ?? textDictionary(from.slice(0, 500).map((doc) => index.text(doc)));
    const merged = new SearchIndex(segment, docs, { text: (docNum) => index.text(from[docNum]!) });
    const texts = (docNum: number): FileText => {
      const old = from[docNum]!;
      return file?.inFile(old) && !file.extra.has(old) ? { blob: file.blob(old) } : { text: index.text(old) };
    };
    await this.#persist(merged, dictionary, texts, () => {
      this.#live = { analyzer: ANALYZER, upserts: [], removed: [] };
      this.#index = merged;
    });
  }

  #scheduleSave(): void {
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null;
      this.#saving = this.#saving
        .then(() => this.#save())
        .catch((error: unknown) => this.log(`saving the search index: ${(error as Error).message}`));
    }, 500);
  }

  async #save(final = false): Promise<void> {
    // Many changes: merge them into a new index file too (the live file first, should it fail); few:
    // keep them in the small live file. At shutdown, only the live file: a merge would outlive the process.
    const changed = this.#index.liveCount + this.#index.deadCount;
    if (!final && changed > Math.max(300, this.#index.size * 0.1) && existsSync(this.indexPath)) {
      await this.#writeLive();
      this.#mergeInBackground();
      return;
    }
    if (!final && !existsSync(this.indexPath)) {
      this.#rebuildInBackground();
      return;
    }
    await this.#writeLive();
  }

  async #writeLive(): Promise<void> {
    // A temp name per process: the CLI's search may save beside a running app.
    const temp = `${this.livePath}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(this.#live));
    await rename(temp, this.livePath);
  }

  async shutdown(): Promise<void> {
    await this.ready();
    if (this.#saveTimer) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
      this.#saving = this.#saving.then(() => this.#save(true));
    }
    await this.#saving.catch(() => {});
    await this.ready();
    await this.#saving.catch(() => {});
    this.#closeTexts();
    this.#texts = new MemoryTexts([]);
  }
}
