// The documented `--json` output shapes (README "Command line"): stable for
// scripts, so they are built here field by field, not passed through from the API.
import type { Annotation, DocumentSummary, SearchHit } from '../shared/types';

/** `list --json`: one object a document. */
export function documentJson(d: DocumentSummary) {
  return {
    id: d.id,
    title: d.title,
    path: d.path,
    words: d.words,
    lang: d.lang,
    outlet: d.outlet ?? null,
    author: d.author ?? null,
    date: d.date ?? null,
    dir: d.dir,
    format: d.format,
    encoding: d.encoding,
    missing: d.missing,
  };
}

/** `search --json`: match offsets are relative to each snippet's text. */
export function searchHitJson(hit: SearchHit) {
  return {
    docId: hit.docId,
    title: hit.title,
    score: hit.score,
    snippets: hit.snippets.map(({ text, matches }) => ({ text, matches })),
  };
}

/** `notes list --json`: the quote rather than the selectors; a link with its other end. */
export function annotationJson(a: Annotation) {
  return {
    id: a.id,
    docId: a.docId,
    kind: a.kind,
    quote: a.selectors?.quote.exact ?? null,
    note: a.note,
    tags: a.tags,
    color: a.color,
    orphaned: a.orphaned || !!a.target?.orphaned,
    ...(a.target ? { target: { docId: a.target.docId, quote: a.target.selectors.quote.exact } } : {}),
  };
}
