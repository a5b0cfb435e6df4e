// An annotation's passages: one, or for a cross-document link two (one in each
// document). Listing, painting, re-anchoring and export all ask the same questions.
import type { Selectors } from './anchoring';
import type { Annotation } from './types';

export interface AnnotationEnd {
  docId: string;
  /** Absent for a note on a whole document. */
  selectors?: Selectors;
  orphaned: boolean;
}

/** The documents an annotation is on: its own, and a link's other one. */
export function documentsOf(a: Annotation): string[] {
  return a.target ? [a.docId, a.target.docId] : [a.docId];
}

/**
 * The annotation seen from document `from`: its passage there (`here`) and, for a link, the
 * other end (`there`). From null (a library-wide view), `here` is the annotation's own end.
 */
export function endsFrom(a: Annotation, from: string | null): { here: AnnotationEnd; there: AnnotationEnd | null } {
  const source: AnnotationEnd = { docId: a.docId, selectors: a.selectors, orphaned: a.orphaned };
  if (!a.target) return { here: source, there: null };
  return from === a.target.docId && from !== a.docId ? { here: a.target, there: source } : { here: source, there: a.target };
}
