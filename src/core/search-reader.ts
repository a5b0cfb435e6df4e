// The search alone, for `hamish search`: a fresh process per query, so what it
// loads is what it costs. It reads the library file as every read-only command
// does (same checks, same refusal of a damaged file) and opens the search index
// over it, kept in step as the app keeps it; it builds none of the other services
// and loads none of their modules (parsers, exporters, comparing, the notes).
// Through the full core, `hamish search` took 1.4–1.75× as long on 15,000 real articles (issue 12).
import type { DocumentRecord, SearchResponse } from '../shared/types';
import { SearchService, type SearchArgs } from './search/search-service';
import { LibraryFile } from './store/library-file';

export class SearchReader {
  private constructor(private readonly service: SearchService) {}

  /**
   * Reads the library file (read-only: nothing written to it) and loads the search index, patched
   * with what changed since it was saved, or rebuilt when it is missing or too stale (as the core does).
   */
  static async open(dataDir: string, log: (message: string) => void = () => {}): Promise<SearchReader> {
    const libraryFile = new LibraryFile(dataDir);
    await libraryFile.boot({ readOnly: true });
    const service = new SearchService(dataDir, () => libraryFile.data.documents, readerOfTexts(libraryFile), log);
    await service.boot();
    await service.ready();
    return new SearchReader(service);
  }

  search(args: SearchArgs): SearchResponse {
    return this.service.search(args);
  }

  /** Saves what the index learned (documents patched in at open) as the core would. */
  async close(): Promise<void> {
    await this.service.shutdown();
  }
}

/**
 * Documents changed since the index was saved are read as the library reads them; its modules (and the
 * parsers behind them) are loaded only then, which an index in step with the library never needs.
 */
function readerOfTexts(libraryFile: LibraryFile): (record: DocumentRecord) => Promise<string> {
  let library: Promise<{ readText(record: DocumentRecord): Promise<string> }> | undefined;
  return async (record) => {
    library ??= import('./library/library-service').then(({ LibraryService }) => new LibraryService(libraryFile));
    return (await library).readText(record);
  };
}
