// What is left of a library whose file was lost: the search index (derived data
// beside the store) still names each document it indexed by id, fingerprint and
// folder. A rebuilt library re-reads those folders and gives each file with a
// known text its old id back, so the notes on it stay attached.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readIndexFile } from '../search/index-file';
import type { IndexedDoc } from '../search/search-index';
import { ANALYZER } from '../search/search-service';

export interface LibraryRemains {
  /** Fingerprint of a document's text → the ids of the documents that had it. */
  ids: Map<string, string[]>;
  /** The folders the indexed documents came from. */
  folders: string[];
}

/** The documents the search index knew, from its compact file and the live changes after it; none when unreadable. */
async function indexedDocs(dataDir: string): Promise<IndexedDoc[]> {
  const docs = new Map<string, IndexedDoc>();
  const indexPath = join(dataDir, 'search-index.bin');
  if (existsSync(indexPath)) {
    try {
      const loaded = await readIndexFile(indexPath, ANALYZER);
      loaded?.texts.close();
      for (const doc of loaded?.header.docs ?? []) docs.set(doc.id, doc);
    } catch {
      // A damaged index: nothing to learn from it.
    }
  }
  try {
    const live = JSON.parse(await readFile(join(dataDir, 'search-live.json'), 'utf8')) as {
      upserts?: { doc: IndexedDoc }[];
      removed?: string[];
    };
    for (const id of live.removed ?? []) docs.delete(id);
    for (const { doc } of live.upserts ?? []) docs.set(doc.id, doc);
  } catch {
    // No live changes, or unreadable ones.
  }
  return [...docs.values()];
}

/** What the search index remembers of the library in `dataDir`, leaving out documents `known` already has. */
export async function libraryRemains(dataDir: string, known: ReadonlySet<string>): Promise<LibraryRemains> {
  const ids = new Map<string, string[]>();
  const folders = new Set<string>();
  for (const doc of await indexedDocs(dataDir)) {
    if (known.has(doc.id)) continue;
    ids.set(doc.fingerprint, [...(ids.get(doc.fingerprint) ?? []), doc.id]);
    if (doc.folder) folders.add(doc.folder);
  }
  return { ids, folders: [...folders] };
}
