// How Obsidian names things: note file names a [[wiki-link]] can reach, and tags it recognises.
// Names are stable: a document's note is named after its title, and titles that several documents
// of the library share get the document's short id, so the name does not depend on which notes
// an export writes or in what order (a wiki-link from another note finds it on every export).
import type { DocumentSummary } from '../../shared/types';

/** Names Windows keeps for devices, whatever the extension (CON.md is the console). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/**
 * Characters a file name may not hold: control characters, bidi controls, lone surrogates, what
 * file systems forbid, and what breaks an Obsidian wiki-link ([ ] # ^ |).
 */
const UNSAFE = /[\u202A-\u202E\u2066-\u2069<>:"/\\|?*…[\]#^]|^[\uD800-\uDFFF]$/;

/** A title as a file name's stem: readable, safe on every OS and in a wiki-link, Arabic kept, at most 80 characters. */
export function nameStem(title: string): string {
  const cleaned = [...title]
    .map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || UNSAFE.test(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut at 80 characters, never inside a surrogate pair.
  let base =
    [...cleaned]
      .slice(0, 80)
      .join('')
      .replace(/[. ]+$/, '') || 'document';
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;
  return base;
}

/** A file name from a title, numbered when `taken` (lower-cased names) already holds it. */
export function fileNameFor(title: string, taken: Set<string>): string {
  const base = nameStem(title);
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}

/** A document's short id, as a name's suffix. */
function shortId(id: string): string {
  return id.replace(/[^A-Za-z0-9]/g, '').slice(0, 6) || id.slice(0, 6);
}

/**
 * Each document's note name (without .md) in the whole library: its title, or title and short id
 * when another document's title makes the same name (file systems compare names without case).
 */
export function noteNames(docs: Pick<DocumentSummary, 'id' | 'title'>[]): Map<string, string> {
  const stems = new Map(docs.map((d) => [d.id, nameStem(d.title)]));
  const counts = new Map<string, number>();
  for (const stem of stems.values()) counts.set(stem.toLowerCase(), (counts.get(stem.toLowerCase()) ?? 0) + 1);
  return new Map(
    docs.map((d) => {
      const stem = stems.get(d.id)!;
      return [d.id, counts.get(stem.toLowerCase())! > 1 ? `${stem} (${shortId(d.id)})` : stem];
    }),
  );
}

/** A [[wiki-link]] to a note, shown as `label` (without what would end the link early). */
export function wikiLink(note: string, label?: string): string {
  const shown = label
    ?.replace(/[|[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return shown && shown !== note ? `[[${note}|${shown}]]` : `[[${note}]]`;
}

/**
 * A tag as Obsidian reads it, without its '#': a leading '#' the user typed is not doubled, nested
 * tags keep their '/', spaces become '_' (Obsidian's tags hold none), other punctuation too, and a
 * tag of digits only (which Obsidian ignores) gets a leading '_'. Empty when nothing is left.
 */
export function obsidianTag(tag: string): string {
  const cleaned = tag
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '_')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '_')
    .split('/')
    .filter(Boolean)
    .join('/');
  return cleaned && /^[\p{N}/]+$/u.test(cleaned) ? `_${cleaned}` : cleaned;
}
