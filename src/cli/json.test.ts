// The command line's pieces: --help built from the commands, the documented
// --json shapes, and arguments checked by the API's own schemas.
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { DOCUMENT_FORMATS } from '../shared/formats';
import type { Annotation, DocumentSummary, SearchHit } from '../shared/types';
import { COMMANDS } from './cli';
import { helpText } from './help';
import { annotationJson, documentJson, searchHitJson } from './json';
import { hamish } from '../../tests/hamish-cli';

/** The help text as it was written by hand before the commands were modules (plus .text, .xhtml, compare, similar and cite). */
const HELP = `Hamish: an offline reader and note-taker for article files.

Usage: hamish [--data-dir DIR] <command> [options]

Commands:
  serve [--port N] [--no-open]   start the web shell on 127.0.0.1 and print its URL
  add PATH... [--json]           add article files, or folders of them (recursively):
                                 .txt .text .md .markdown .html .htm .xhtml .docx .epub, up to 50 MB each
  list [--json]                  list the library
  show ID [--json]               print a document's text (--json: with metadata and blocks)
  remove ID...                   remove documents from the library (their files stay)
  folders list [--json]          list the watched folders (re-checked at every start)
  folders remove PATH            stop watching a folder (its documents stay)
  notes list [--doc ID] [--tag T] [--json]
                                 list highlights and notes (a tag includes its nested tags)
  notes add --doc ID --quote TEXT [--note TEXT] [--tag T]... [--color C]
                                 highlight a passage, found by its words (spelling folded)
  export --format md|json|csl|bibtex|ris|apa|chicago --out DIR
    [--doc ID] [--tag T] [--template FILE] [--lang ar|en] [--force]
                                 Markdown notes for Obsidian (one file per document, labels in
                                 --lang; a Mustache template may replace the default; a note whose
                                 Hamish part you edited is kept unless --force), a JSON backup,
                                 or the documents' citations (one file)
  cite ID... | --all | --search QUERY [--format F] [--quote TEXT]
                                 print citations: csl, bibtex, ris, apa (default) or chicago;
                                 --quote: the quote, then its reference
  import FILE [--merge] [--preview] [--watch-folders] [--json]
                                 restore a JSON backup (the current library is kept beside it);
                                 --merge: add what is not there instead (a conflict keeps both);
                                 --preview: say what would change, change nothing;
                                 --watch-folders: also watch the backup's folders (listed first)
  search QUERY [--limit N] [--json] [--exact]
                                 search the library: words (all must match), "a phrase",
                                 -excluded, lang:ar outlet:NAME folder:PATH from:YYYY-MM-DD
                                 to:YYYY-MM-DD; --exact turns light stemming off
  compare LEFT RIGHT [--json]    pair two documents' passages by what they say (by length
                                 for a translation); what each alone has; the numbers,
                                 names and quotations that differ
  similar ID [--limit N] [--json]
                                 other reports of a document's story, most similar first;
                                 near-identical copies flagged
  help                           show this help

Global options:
  --data-dir DIR   the library's data folder (also HAMISH_DATA_DIR);
                   default: the folder the desktop app uses
  -h, --help       show this help
  -v, --version    print the version

While the app runs, add, notes add, remove, folders remove and import are sent to it.

Exit status: 0 done; 1 refused, with the reason on stderr (add: some paths were
refused, each named; the others were added); 2 a usage error; 70 an unexpected error.
Output cut short by its reader (hamish list | head) ends quietly, with 0.
`;

describe('hamish --help', () => {
  it('is built from the commands, with the same text as before', async () => {
    expect(helpText(COMMANDS)).toBe(HELP);
    expect((await hamish('help')).stdout).toBe(HELP);
  });

  it('lists every extension the format registry reads', () => {
    const help = helpText(COMMANDS);
    for (const format of Object.values(DOCUMENT_FORMATS)) for (const ext of format.extensions) expect(help).toContain(` ${ext}`);
  });
});

describe('hamish arguments', () => {
  it("are checked by the contract's schemas", async () => {
    const dataDir = await tempDir();
    const empty = await hamish('--data-dir', dataDir, 'add', '');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe('hamish: PATH: a path is empty (see hamish --help)\n');
    await hamish('--data-dir', dataDir, 'add', seedsDir);
    for (const limit of ['0x10', '0', '501', '2.5', 'ten']) {
      const result = await hamish('--data-dir', dataDir, 'search', 'الكاظمي', '--limit', limit);
      expect(result.code, limit).toBe(1);
      expect(result.stderr, limit).toMatch(/^hamish: --limit: .+ \(see hamish --help\)\n$/);
    }
    expect((await hamish('--data-dir', dataDir, 'search', 'الكاظمي', '--limit', '1', '--json')).code).toBe(0);
    const [doc] = JSON.parse((await hamish('--data-dir', dataDir, 'list', '--json')).stdout) as { id: string }[];
    const purple = await hamish(
      '--data-dir',
      dataDir,
      'notes',
      'add',
      '--doc',
      doc!.id,
      '--quote',
      'الكاظمي',
      '--color',
      'purple',
    );
    expect(purple).toMatchObject({ code: 1, stderr: expect.stringMatching(/^hamish: --color: /) });
    expect((await hamish('--data-dir', dataDir, 'notes', 'frob')).stderr).toBe(
      'hamish: notes needs "list" or "add" (see hamish --help)\n',
    );
  });
});

describe('--json shapes', () => {
  it('lists documents with null for unknown metadata, and nothing internal', () => {
    const doc = {
      id: 'd1',
      title: 'T',
      path: '/a.txt',
      words: 3,
      lang: 'ar',
      dir: 'rtl',
      format: 'txt',
      encoding: 'utf-8',
      missing: false,
      folder: '/',
      addedAt: 'x',
      readingMinutes: 1,
    } as unknown as DocumentSummary;
    expect(documentJson(doc)).toEqual({
      id: 'd1',
      title: 'T',
      path: '/a.txt',
      words: 3,
      lang: 'ar',
      outlet: null,
      author: null,
      date: null,
      dir: 'rtl',
      format: 'txt',
      encoding: 'utf-8',
      missing: false,
    });
  });

  it('gives search hits with snippet-relative matches only', () => {
    const hit = {
      docId: 'd1',
      title: 'T',
      score: 2.5,
      matchCount: 1,
      snippets: [{ text: 'abc', matches: [{ start: 0, end: 1 }], offset: 10 }],
    } as unknown as SearchHit;
    expect(searchHitJson(hit)).toEqual({
      docId: 'd1',
      title: 'T',
      score: 2.5,
      snippets: [{ text: 'abc', matches: [{ start: 0, end: 1 }] }],
    });
  });

  it('gives a note its quote, and a link its other end', () => {
    const selectors = (exact: string) => ({
      quote: { exact, prefix: '', suffix: '' },
      position: { start: 0, end: exact.length },
    });
    const link = {
      id: 'a1',
      docId: 'd1',
      kind: 'link',
      selectors: selectors('here'),
      target: { docId: 'd2', selectors: selectors('there'), orphaned: true },
      color: 'blue',
      style: 'highlight',
      note: 'n',
      tags: ['t'],
      orphaned: false,
      createdAt: 'x',
      updatedAt: 'x',
    } as Annotation;
    expect(annotationJson(link)).toEqual({
      id: 'a1',
      docId: 'd1',
      kind: 'link',
      quote: 'here',
      note: 'n',
      tags: ['t'],
      color: 'blue',
      orphaned: true,
      target: { docId: 'd2', quote: 'there' },
    });
    const { selectors: _s, target: _t, ...note } = link;
    expect(annotationJson({ ...note, kind: 'note' })).toMatchObject({ quote: null, orphaned: false });
    expect(annotationJson({ ...note, kind: 'note' })).not.toHaveProperty('target');
  });
});
