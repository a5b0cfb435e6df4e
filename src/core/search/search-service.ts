// Keeps the search index in step with the library: loads the cache at start
// (never rebuilding a fresh one), patches what changed since, rebuilds in the
// background when the cache is missing or too stale, and saves changes.
import { existsSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ValidArgs } from '../../shared/api';
import { parseQuery } from '../../shared/search/query';
import type { DocumentRecord, SearchResponse } from '../../shared/types';
import type { LibraryChange } from '../library/library-service';
import { BUILD_ID_BYTES, INDEX_FORMAT, readIndexFile, TextsFile, textsBuildId, writeIndexFiles } from './index-file';
import { SearchIndex, type IndexedDoc } from './search-index';

/** Bump when tokenising, normalising or stemming changes: caches built before are rebuilt. */
export const ANALYZER = 'hamish-1';

export type { LibraryChange } from '../library/library-service';

/** What search takes, as the contract validates it. */
export type SearchArgs = ValidArgs<'search'>;

interface KnownText {
  text: string;
  normalized?: string;
}

interface LiveState {
  analyzer: string;
  upserts: { doc: IndexedDoc; text: string }[];
  removed: string[];
}

function indexedDoc(record: DocumentRecord): IndexedDoc {
  const { id, title, outlet, date, lang, folder, fingerprint } = record;
  return { id, title, outlet, date, lang, folder, fingerprint };
}

export class SearchService {
  readonly indexPath: string;
  readonly textsPath: string;
  readonly livePath: string;
  #index = SearchIndex.build([]);
  #liveTexts = new Map<number, string>();
  #textsFile: TextsFile | null = null;
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
    this.textsPath = join(dataDir, 'search-texts.bin');
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
    if (!existsSync(this.indexPath) || !existsSync(this.textsPath)) return false;
    const { header, segment } = await readIndexFile(this.indexPath);
    if (header.format !== INDEX_FORMAT || header.analyzer !== ANALYZER) return false;
    const textUnits = header.textRanges.reduce((sum, [, length]) => sum + length, 0);
    if ((await stat(this.textsPath)).size !== BUILD_ID_BYTES + textUnits * 2 || textsBuildId(this.textsPath) !== header.buildId) {
      throw new Error('the texts file does not match the index');
    }
    this.#liveTexts = new Map();
    this.#textsFile?.close();
    this.#textsFile = new TextsFile(this.textsPath, header.textRanges, this.#liveTexts);
    this.#index = new SearchIndex(segment, header.docs, header.docLen, this.#textsFile);
    if (existsSync(this.livePath)) {
      const live = JSON.parse(await readFile(this.livePath, 'utf8')) as LiveState;
      if (live.analyzer === ANALYZER) {
        for (const id of live.removed) this.#index.remove(id);
        for (const { doc, text } of live.upserts) this.#upsert(doc, text);
        this.#live = live;
      }
    }
    return true;
  }

  #upsert(doc: IndexedDoc, text: string): void {
    this.#index.upsert(doc, text, (docNum, t) => this.#liveTexts.set(docNum, t));
  }

  /** Applies the library's changes; a large batch (a first import) rebuilds instead. */
  apply(change: LibraryChange): void {
    if (this.#building) {
      // The rebuild reads the library as it was; run again once it is done.
      void this.#building.then(() => this.apply(change));
      return;
    }
    if (change.upserts.length > Math.max(500, this.#index.size * 0.2)) {
      const byId = new Map(change.upserts.map((u) => [u.record.id, { text: u.text, normalized: u.normalized }]));
      this.#rebuildInBackground(byId);
      return;
    }
    for (const id of change.removed) {
      this.#index.remove(id);
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

  #rebuildInBackground(knownTexts: Map<string, KnownText> = new Map()): void {
    this.#building ??= this.#rebuild(knownTexts)
      .catch((error: unknown) => this.log(`search index rebuild failed: ${(error as Error).message}`))
      .finally(() => {
        this.#building = null;
      });
  }

  async #rebuild(knownTexts: Map<string, KnownText>): Promise<void> {
    // Missing files stay searchable while their text is at hand (as at boot), until removed.
    const records = this.records().filter((r) => !r.missing || knownTexts.has(r.id) || this.#index.byId.has(r.id));
    const entries: { doc: IndexedDoc; text: string; normalized?: string }[] = [];
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
    const index = SearchIndex.build(entries);
    const texts = entries.map((e) => e.text);
    // Searchable at once, texts in memory; saving the cache files follows in the background.
    const liveTexts = new Map<number, string>();
    index.setTextSource({ text: (docNum) => liveTexts.get(docNum) ?? texts[docNum] ?? '' });
    this.#index = index;
    this.#liveTexts = liveTexts;
    this.#live = { analyzer: ANALYZER, upserts: [], removed: [] };
    this.#saving = this.#saving
      .then(() => this.#persist(index, texts))
      .catch((error: unknown) => this.log(`saving the search index: ${(error as Error).message}`));
  }

  /** Writes a freshly built index, then reads its texts from the file instead of memory. */
  async #persist(index: SearchIndex, texts: string[]): Promise<void> {
    const ranges = await writeIndexFiles(
      this.indexPath,
      this.textsPath,
      {
        format: INDEX_FORMAT,
        analyzer: ANALYZER,
        docs: index.docs.slice(0, texts.length),
        docLen: index.docLen.slice(0, texts.length),
      },
      index.compact,
      texts,
    );
    // Changes since the build are in the live state: save it, or clear an old one.
    if (this.#live.upserts.length || this.#live.removed.length) await this.#writeLive();
    else await rm(this.livePath, { force: true });
    if (this.#index !== index) return;
    this.#textsFile?.close();
    this.#textsFile = new TextsFile(this.textsPath, ranges, this.#liveTexts);
    index.setTextSource(this.#textsFile);
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
    // Many live documents: fold them into the compact segment; few: keep them in the small live file.
    // At shutdown, always the live file: a compaction would outlive the process.
    if (!final && this.#index.liveCount > Math.max(300, this.#index.size * 0.1)) {
      this.#rebuildInBackground();
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
    this.#textsFile?.close();
    this.#textsFile = null;
  }
}
