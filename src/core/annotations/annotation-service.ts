// Highlights, notes and bookmarks: one record type, anchored with W3C selectors,
// re-anchored when their document's text changes, soft-deleted with undo.
import { randomUUID } from 'node:crypto';
import { describeRange, reanchor } from '../../shared/anchoring';
import { normalizeArabic, normalizeWithMap } from '../../shared/arabic';
import { UserError } from '../../shared/rpc';
import type { Annotation, HighlightColor } from '../../shared/types';
import type { LibraryService } from '../library/library-service';
import type { StoreService } from '../store/store-service';

export interface NewAnnotation {
  docId: string;
  kind?: Annotation['kind'];
  /** The passage by offsets in the document's text, or by its words (found with normalised matching). */
  start?: number;
  end?: number;
  quote?: string;
  color?: HighlightColor;
  style?: Annotation['style'];
  note?: string;
  tags?: string[];
  name?: string;
}

export type AnnotationChange = Partial<Pick<Annotation, 'note' | 'tags' | 'color' | 'style' | 'name'>>;

const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/** Tags trimmed, inner spaces collapsed, nested parts ("a / b") joined by "/". */
export function cleanTags(tags: string[]): string[] {
  const cleaned = tags
    .map((tag) =>
      tag
        .split('/')
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .join('/'),
    )
    .filter(Boolean);
  return [...new Set(cleaned)];
}

/** Finds a quote in a text by normalised matching: exactly one place, or a clear error. */
export function findQuote(text: string, quote: string): { start: number; end: number } {
  const { text: norm, map } = normalizeWithMap(text);
  const wanted = normalizeArabic(quote).trim().replace(/\s+/g, ' ');
  if (!wanted) throw new UserError('the quote is empty');
  const places: number[] = [];
  for (let at = norm.indexOf(wanted); at !== -1; at = norm.indexOf(wanted, at + 1)) places.push(at);
  if (!places.length) throw new UserError(`the quote "${quote.slice(0, 60)}" is not in the document`);
  if (places.length > 1) {
    throw new UserError(
      `the quote "${quote.slice(0, 60)}" is in the document ${places.length} times; quote more words to pick one`,
    );
  }
  const start = map[places[0]!]!;
  let end = map[places[0]! + wanted.length]!;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export class AnnotationService {
  constructor(
    private readonly store: StoreService,
    private readonly library: LibraryService,
  ) {}

  /** Live annotations in reading order (by document, then position). */
  list(filter: { docId?: string; tag?: string; includeDeleted?: boolean } = {}): Annotation[] {
    const tag = filter.tag && cleanTags([filter.tag])[0];
    return this.store.data.annotations
      .filter(
        (a) =>
          (filter.includeDeleted || !a.deletedAt) &&
          (!filter.docId || a.docId === filter.docId) &&
          (!tag || a.tags.some((t) => t === tag || t.startsWith(`${tag}/`))),
      )
      .sort(
        (a, b) => a.docId.localeCompare(b.docId) || (a.selectors?.position.start ?? -1) - (b.selectors?.position.start ?? -1),
      );
  }

  #find(id: string): Annotation {
    const annotation = this.store.data.annotations.find((a) => a.id === id);
    if (!annotation) throw new UserError(`No note or highlight with id "${id}"`);
    return annotation;
  }

  async add(input: NewAnnotation): Promise<Annotation> {
    const kind = input.kind ?? 'highlight';
    let selectors: Annotation['selectors'];
    if (input.quote !== undefined || input.start !== undefined) {
      const { text } = await this.library.get(input.docId);
      let range: { start: number; end: number };
      if (input.quote !== undefined) range = findQuote(text, input.quote);
      else {
        range = { start: input.start!, end: input.end ?? input.start! };
        if (range.start < 0 || range.end > text.length || range.end < range.start) {
          throw new UserError(`the passage ${range.start}–${range.end} is outside the document (${text.length} characters)`);
        }
      }
      if (kind !== 'bookmark' && range.end === range.start) throw new UserError('select some text to highlight');
      selectors = describeRange(text, range.start, range.end);
    } else if (kind === 'highlight') {
      throw new UserError('a highlight needs a passage (a quote, or start and end)');
    } else if (!this.library.records().some((d) => d.id === input.docId)) {
      // A document note or bookmark without a passage still needs its document.
      throw new UserError(`No document with id "${input.docId}" in the library`);
    }
    const now = new Date().toISOString();
    const annotation: Annotation = {
      id: randomUUID(),
      docId: input.docId,
      kind,
      ...(selectors ? { selectors } : {}),
      color: input.color ?? 'yellow',
      style: input.style ?? 'highlight',
      note: input.note ?? '',
      tags: cleanTags(input.tags ?? []),
      ...(input.name ? { name: input.name } : {}),
      orphaned: false,
      createdAt: now,
      updatedAt: now,
    };
    await this.store.update((data) => {
      data.annotations = [...data.annotations, annotation];
    });
    return annotation;
  }

  async update(id: string, change: AnnotationChange): Promise<Annotation> {
    this.#find(id);
    const clean = { ...change, ...(change.tags ? { tags: cleanTags(change.tags) } : {}) };
    let updated!: Annotation;
    await this.store.update((data) => {
      data.annotations = data.annotations.map((a) =>
        a.id === id ? (updated = { ...a, ...clean, updatedAt: new Date().toISOString() }) : a,
      );
    });
    return updated;
  }

  /** Soft delete: restore() undoes it; purge() forgets it after 30 days. */
  async remove(id: string): Promise<Annotation> {
    this.#find(id);
    return this.#set(id, { deletedAt: new Date().toISOString() });
  }

  async restore(id: string): Promise<Annotation> {
    this.#find(id);
    return this.#set(id, { deletedAt: undefined });
  }

  async #set(id: string, change: Partial<Annotation>): Promise<Annotation> {
    let updated!: Annotation;
    await this.store.update((data) => {
      data.annotations = data.annotations.map((a) => {
        if (a.id !== id) return a;
        const next = { ...a, ...change, updatedAt: new Date().toISOString() };
        if (change.deletedAt === undefined && 'deletedAt' in change) delete next.deletedAt;
        return (updated = next);
      });
    });
    return updated;
  }

  async purge(now = Date.now()): Promise<number> {
    const old = this.store.data.annotations.filter((a) => a.deletedAt && now - Date.parse(a.deletedAt) > PURGE_AFTER_MS);
    if (!old.length) return 0;
    await this.store.update((data) => {
      data.annotations = data.annotations.filter((a) => !old.includes(a));
    });
    return old.length;
  }

  /** After a document's text changed: place each annotation again, or mark it orphaned (never drop it). */
  async reanchorDocument(docId: string, text: string): Promise<{ moved: number; orphaned: number }> {
    const mine = this.store.data.annotations.filter((a) => a.docId === docId && a.selectors);
    if (!mine.length) return { moved: 0, orphaned: 0 };
    let moved = 0;
    let orphaned = 0;
    const placed = new Map<string, Partial<Annotation>>();
    for (const a of mine) {
      const anchor = reanchor(text, a.selectors!);
      if (!anchor) {
        if (!a.orphaned) orphaned++;
        placed.set(a.id, { orphaned: true });
      } else if (anchor.method !== 'position' || a.orphaned) {
        moved++;
        // The new place becomes the reference for the next edit; the note keeps its words.
        placed.set(a.id, { orphaned: false, selectors: describeRange(text, anchor.start, anchor.end) });
      }
    }
    if (placed.size) {
      await this.store.update((data) => {
        data.annotations = data.annotations.map((a) => (placed.has(a.id) ? { ...a, ...placed.get(a.id) } : a));
      });
    }
    return { moved, orphaned };
  }

  /** Re-attaches an orphan (or moves any annotation) to a new passage. */
  async reattach(id: string, start: number, end: number): Promise<Annotation> {
    const annotation = this.#find(id);
    const { text } = await this.library.get(annotation.docId);
    if (start < 0 || end > text.length || end <= start) throw new UserError('choose a passage inside the document');
    return this.#set(id, { selectors: describeRange(text, start, end), orphaned: false });
  }
}
