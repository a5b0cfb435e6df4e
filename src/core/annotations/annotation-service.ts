// Highlights, notes, bookmarks and cross-document links: one record type, anchored
// with W3C selectors, re-anchored when their document's text changes, soft-deleted
// with undo. Kept in the annotation log, not the library file (see annotation-log.ts).
import { randomUUID } from 'node:crypto';
import { documentsOf, endsFrom } from '../../shared/annotation-ends';
import type { ValidArgs } from '../../shared/api';
import { describeRange, reanchor, type Selectors } from '../../shared/anchoring';
import { normalizeArabic, normalizeWithMap } from '../../shared/arabic';
import { UserError } from '../../shared/errors';
import { textMatcher } from '../../shared/search/find-in-text';
import { tokenize, type Token } from '../../shared/search/tokenize';
import type { Annotation, AnnotationFilter, Passage } from '../../shared/types';
import { EventHub } from '../event-hub';
import type { AnnotationLog } from '../store/annotation-log';

/** A passage: by offsets in the document's text, or by its words (found with normalised matching). */
export type PassageInput = Passage;

/** What addAnnotation takes, as the contract validates it. */
export type NewAnnotation = ValidArgs<'addAnnotation'>;

/** What updateAnnotation may change, as the contract validates it. */
export type AnnotationChange = Omit<ValidArgs<'updateAnnotation'>, 'id'>;

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

/** What annotations need of the library: whether a document is in it, and its text (the library caches it). */
export interface DocumentTexts {
  has(docId: string): boolean;
  /** The document's plain text; a UserError when it is not in the library or cannot be read. */
  textOf(docId: string): Promise<string>;
}

export class AnnotationService {
  /** `events` hears annotationsChanged with every document a change touches (both ends of a link). */
  constructor(
    private readonly annotationLog: AnnotationLog,
    private readonly texts: DocumentTexts,
    private readonly events: EventHub = new EventHub(),
  ) {}

  /** The first `limit` of list(filter), and how many there are in all. */
  page({ limit, ...filter }: AnnotationFilter & { limit?: number }): { items: Annotation[]; total: number } {
    const all = this.list(filter);
    return { items: limit === undefined ? all : all.slice(0, limit), total: all.length };
  }

  #changed(a: Annotation): Annotation {
    this.events.emit('annotationsChanged', { docIds: documentsOf(a) });
    return a;
  }

  /** Live annotations in reading order (by document, then position); a link is listed on both its documents. */
  list(filter: AnnotationFilter = {}): Annotation[] {
    const tag = filter.tag && cleanTags([filter.tag])[0];
    const matches = filter.query?.trim() ? textMatcher(filter.query) : null;
    const found: Annotation[] = [];
    for (const a of this.annotationLog.all()) {
      if (!filter.includeDeleted && a.deletedAt) continue;
      if (filter.docId && a.docId !== filter.docId && a.target?.docId !== filter.docId) continue;
      if (tag && !a.tags.some((t) => t === tag || t.startsWith(`${tag}/`))) continue;
      if (filter.color && a.color !== filter.color) continue;
      if (filter.kind && a.kind !== filter.kind) continue;
      if (filter.orphaned !== undefined && filter.orphaned !== (a.orphaned || !!a.target?.orphaned)) continue;
      if (matches && !matches(this.#tokens(a))) continue;
      found.push(a);
    }
    const start = (a: Annotation) => endsFrom(a, filter.docId ?? null).here.selectors?.position.start ?? -1;
    // One document's list is in its reading order, links placed by their end in it.
    const byDoc = (a: Annotation, b: Annotation) => (filter.docId ? 0 : a.docId.localeCompare(b.docId));
    return found.sort((a, b) => byDoc(a, b) || start(a) - start(b) || a.createdAt.localeCompare(b.createdAt));
  }

  /** Words of an annotation's searchable text; records never change in place, so each is tokenized once. */
  #tokenCache = new WeakMap<Annotation, Token[]>();
  #tokens(a: Annotation): Token[] {
    let tokens = this.#tokenCache.get(a);
    if (!tokens) this.#tokenCache.set(a, (tokens = tokenize(searchableText(a))));
    return tokens;
  }

  /** Tokenizes every annotation in the background, a slice at a time, so the first notes search is quick too. */
  async warmSearch(): Promise<void> {
    const all = [...this.annotationLog.all()];
    for (let i = 0; i < all.length; i += 2000) {
      for (const a of all.slice(i, i + 2000)) this.#tokens(a);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  #find(id: string): Annotation {
    const annotation = this.annotationLog.get(id);
    if (!annotation) throw new UserError(`No note or highlight with id "${id}"`);
    return annotation;
  }

  async #selectors(docId: string, passage: PassageInput, allowEmpty: boolean): Promise<Selectors> {
    const text = await this.texts.textOf(docId);
    let range: { start: number; end: number };
    if (passage.quote !== undefined) range = findQuote(text, passage.quote);
    else {
      range = { start: passage.start!, end: passage.end ?? passage.start! };
      if (range.start < 0 || range.end > text.length || range.end < range.start) {
        throw new UserError(`the passage ${range.start}–${range.end} is outside the document (${text.length} characters)`);
      }
    }
    if (!allowEmpty && range.end === range.start) throw new UserError('select some text to highlight');
    return describeRange(text, range.start, range.end);
  }

  async add(input: NewAnnotation): Promise<Annotation> {
    const kind = input.kind ?? (input.target ? 'link' : 'highlight');
    const hasPassage = (p: PassageInput) => p.quote !== undefined || p.start !== undefined;
    let selectors: Selectors | undefined;
    if (hasPassage(input)) {
      selectors = await this.#selectors(input.docId, input, kind === 'bookmark');
    } else if (kind === 'highlight' || kind === 'link') {
      throw new UserError(`a ${kind} needs a passage (a quote, or start and end)`);
    } else if (!this.texts.has(input.docId)) {
      // A document note or bookmark without a passage still needs its document.
      throw new UserError(`No document with id "${input.docId}" in the library`);
    }
    let target: Annotation['target'];
    if (kind === 'link') {
      if (!input.target || !hasPassage(input.target)) throw new UserError('a link needs a passage in the other document too');
      if (input.target.docId === input.docId) throw new UserError('a link joins passages of two different documents');
      target = {
        docId: input.target.docId,
        selectors: await this.#selectors(input.target.docId, input.target, false),
        orphaned: false,
      };
    }
    const now = new Date().toISOString();
    const annotation: Annotation = {
      id: randomUUID(),
      docId: input.docId,
      kind,
      ...(selectors ? { selectors } : {}),
      ...(target ? { target } : {}),
      color: input.color ?? (kind === 'link' ? 'blue' : 'yellow'),
      style: input.style ?? 'highlight',
      note: input.note ?? '',
      tags: cleanTags(input.tags ?? []),
      ...(input.name ? { name: input.name } : {}),
      orphaned: false,
      createdAt: now,
      updatedAt: now,
    };
    await this.annotationLog.put([annotation]);
    return this.#changed(annotation);
  }

  async update(id: string, change: AnnotationChange): Promise<Annotation> {
    const clean = { ...change, ...(change.tags ? { tags: cleanTags(change.tags) } : {}) };
    return this.#set(id, clean);
  }

  /** Soft delete: restore() undoes it; purge() forgets it after 30 days. */
  async remove(id: string): Promise<Annotation> {
    return this.#set(id, { deletedAt: new Date().toISOString() });
  }

  async restore(id: string): Promise<Annotation> {
    return this.#set(id, { deletedAt: undefined });
  }

  async #set(id: string, change: Partial<Annotation>): Promise<Annotation> {
    const updated: Annotation = { ...this.#find(id), ...change, updatedAt: new Date().toISOString() };
    for (const key of Object.keys(change) as (keyof Annotation)[]) if (change[key] === undefined) delete updated[key];
    await this.annotationLog.put([updated]);
    return this.#changed(updated);
  }

  async purge(now = Date.now()): Promise<number> {
    const old = [...this.annotationLog.all()].filter((a) => a.deletedAt && now - Date.parse(a.deletedAt) > PURGE_AFTER_MS);
    if (old.length) await this.annotationLog.delete(old.map((a) => a.id));
    return old.length;
  }

  /**
   * After documents' texts changed (document id → new text): place each annotation again, or mark
   * it orphaned (never drop it). One pass over the notes, however many documents changed.
   * Returns counts, and the documents whose annotations changed (a link's other end too).
   */
  async reanchor(
    texts: Pick<ReadonlyMap<string, string>, 'get'>,
  ): Promise<{ moved: number; orphaned: number; docIds: string[] }> {
    let moved = 0;
    let orphaned = 0;
    const changed: Annotation[] = [];
    // Places one end; returns its new state, or null when it stays as it is.
    const place = (text: string, selectors: Selectors, wasOrphaned: boolean) => {
      const anchor = reanchor(text, selectors);
      if (!anchor) {
        if (wasOrphaned) return null;
        orphaned++;
        return { selectors, orphaned: true };
      }
      if (anchor.method === 'position' && !wasOrphaned) return null;
      moved++;
      // The new place becomes the reference for the next edit; the note keeps its words.
      return { selectors: describeRange(text, anchor.start, anchor.end), orphaned: false };
    };
    for (const a of this.annotationLog.all()) {
      let next = a;
      const sourceText = texts.get(a.docId);
      if (sourceText !== undefined && a.selectors) {
        const placed = place(sourceText, a.selectors, a.orphaned);
        if (placed) next = { ...next, ...placed };
      }
      const targetText = a.target && texts.get(a.target.docId);
      if (a.target && targetText !== undefined) {
        const placed = place(targetText, a.target.selectors, a.target.orphaned);
        if (placed) next = { ...next, target: { ...a.target, ...placed } };
      }
      if (next !== a) changed.push(next);
    }
    if (changed.length) await this.annotationLog.put(changed);
    const docIds = [...new Set(changed.flatMap(documentsOf))];
    if (docIds.length) this.events.emit('annotationsChanged', { docIds });
    return { moved, orphaned, docIds };
  }

  /** Re-attaches an orphan (or moves any annotation) to a new passage; `end` of a link's other document with `side`. */
  async reattach(id: string, start: number, end: number, side: 'source' | 'target' = 'source'): Promise<Annotation> {
    const annotation = this.#find(id);
    const docId = side === 'target' ? annotation.target?.docId : annotation.docId;
    if (!docId) throw new UserError('this note has no other end to re-attach');
    const text = await this.texts.textOf(docId);
    if (start < 0 || end > text.length || end <= start) throw new UserError('choose a passage inside the document');
    const selectors = describeRange(text, start, end);
    if (side === 'target') return this.#set(id, { target: { docId, selectors, orphaned: false } });
    return this.#set(id, { selectors, orphaned: false });
  }
}

/** What a notes search looks through: the quoted passage(s), the note, tags and a bookmark's name. */
function searchableText(a: Annotation): string {
  return [a.selectors?.quote.exact, a.target?.selectors.quote.exact, a.note, a.name, ...a.tags].filter(Boolean).join('\n');
}
