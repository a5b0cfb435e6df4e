// Why a file was refused, in the interface language. The core says it in English (the CLI's
// words, and what the library keeps); the interface matches each known reason and says it in
// its own words, the parts it quotes (a size, a file type, a detail) kept and isolated. A reason
// it does not know is shown as it came.
import type { MessageKey } from './resources';

type ReasonKey = Extract<MessageKey, `reason_${string}`>;

/** Known reasons: the English pattern, the message, and the names of its captured parts. */
const REASONS: readonly (readonly [RegExp, ReasonKey, ...string[]])[] = [
  [/^no such file or folder$/, 'reason_noSuchFile'],
  [/^permission denied$/, 'reason_permission'],
  [/^symbolic link loop$/, 'reason_linkLoop'],
  [/^is a folder$/, 'reason_isFolder'],
  [/^too many open files; try again$/, 'reason_tooManyOpen'],
  [/^not a regular file$/, 'reason_notRegular'],
  [/^file is empty$/, 'reason_empty'],
  [/^file has no text$/, 'reason_noText'],
  [/^the web page has no article text$/, 'reason_noArticle'],
  [/^not a text file \(it contains binary data\)$/, 'reason_binary'],
  [/^cannot tell its text encoding/, 'reason_encoding'],
  [/^starts with a (\S+) byte-order mark but is not valid \1$/, 'reason_badBom', 'encoding'],
  [/^not valid UTF-8: the bytes at offset (\d+) are damaged/, 'reason_damagedUtf8', 'offset'],
  [/^file is larger than the (.+) limit \((.+)\)$/, 'reason_tooLarge', 'limit', 'size'],
  [/^file grew past the (.+) limit while it was read$/, 'reason_grew', 'limit'],
  [/^unsupported file type "(.*)" \(Hamish reads (.*)\)$/, 'reason_unsupported', 'type', 'formats'],
  [/^not a valid Word document \((.*)\)$/, 'reason_invalidDocx', 'detail'],
  [/^not a valid EPUB \((.*)\)$/, 'reason_invalidEpub', 'detail'],
  [/^the page has more than (.+) elements$/, 'reason_tooManyElements', 'max'],
  [/^the page's elements are nested more than (\d+) deep$/, 'reason_tooDeep', 'max'],
  [/^needed more than (\d+) MB of memory to read \(stopped\)$/, 'reason_memory', 'mb'],
  [/^took longer than (.+) s to read \(stopped\)$/, 'reason_time', 'seconds'],
  [/^the reader stopped unexpectedly$/, 'reason_stopped'],
  [/^the reader failed: (.*)$/, 'reason_readerFailed', 'detail'],
  // Errors the interface can meet (exports, notes, comparing), beyond a file's reasons.
  [/^No document with id "(.*)" in the library$/, 'reason_noDocument', 'id'],
  [/^No note or highlight with id "(.*)"$/, 'reason_noNote', 'id'],
  [/^There are no notes to export yet$/, 'reason_noNotesYet'],
  [/^No notes are tagged "(.*)"$/, 'reason_noNotesTagged', 'tag'],
  [/^The library is empty: there is nothing to cite$/, 'reason_nothingToCite'],
  [/^Invalid arguments for \w+: (?:\w+: )?choose a folder to export to$/, 'reason_chooseFolder'],
  [/^choose two different documents to compare$/, 'reason_twoDocuments'],
  [/^Pinned paragraphs must follow the same order on both sides$/, 'reason_pinOrder'],
  [/^select some text to highlight$/, 'reason_selectText'],
  [/^a link joins passages of two different documents$/, 'reason_linkTwoDocuments'],
  [/^your notes are open read-only \(or closed\): changes cannot be saved$/, 'reason_notesReadOnly'],
  [/^earlier changes to your notes are not saved yet; try again once they are$/, 'reason_notesPending'],
  [/^your notes are being rewritten by the running app; try again in a moment$/, 'reason_notesBusy'],
  [/^a note was edited inside the part Hamish writes since the last export/, 'reason_exportEdited'],
  [/^(\d+) notes were edited inside the part Hamish writes since the last export/, 'reason_exportEditedMany', 'count'],
];

const NOT_RETRIED = / \(not read again until the file changes\)$/;
const CANNOT_OPEN = /^Cannot open "(.*)": (.*) \((.*)\)$/;

/**
 * `reason` in the interface language, through `t` (which isolates the quoted parts); null when it is
 * not one Hamish knows (then show it as it is).
 */
export function translateReason(
  reason: string,
  t: (key: MessageKey, options?: Record<string, unknown>) => string,
): string | null {
  const open = CANNOT_OPEN.exec(reason);
  if (open) {
    const [, title, why, path] = open as unknown as [string, string, string, string];
    return t('reason_cannotOpen', { title, reason: translateReason(why, t) ?? why, path: `\u2066${path}\u2069` });
  }
  if (NOT_RETRIED.test(reason)) {
    const first = reason.replace(NOT_RETRIED, '');
    const inner = translateReason(first, t);
    return inner === null ? null : t('reason_notRetried', { reason: inner });
  }
  for (const [pattern, key, ...names] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return t(key, Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])));
  }
  return null;
}
