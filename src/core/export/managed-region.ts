// The part of an exported note Hamish owns. Between two HTML comments (invisible in Obsidian's
// reading view and on GitHub) is what Hamish rewrites on each export; everything outside them is
// the user's and is kept. The end marker carries a hash of what Hamish wrote, so a later export
// can tell whether the user edited inside the region: such a note is not overwritten unless forced.
// Front matter sits above the region (Obsidian reads it only at the top): Hamish's keys are
// rewritten, keys the user added are kept.
import { createHash } from 'node:crypto';
import { parse as parseYaml, stringify } from 'yaml';

export const REGION_BEGIN =
  '<!-- hamish:begin · Hamish rewrites the part between these two markers on each export; write your own notes above or below them -->';
const END_PREFIX = '<!-- hamish:end ';
const END = /^<!-- hamish:end ([0-9a-f]{16}) -->$/m;
const BEGIN = /^<!-- hamish:begin\b.*-->$/m;
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** What the region says, whitespace aside: a formatter that only re-spaces a note is not an edit. */
function hashOf(body: string): string {
  return createHash('sha256').update(body.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

/** A note as Hamish writes it: front matter, then its body inside the managed region. */
export function withRegion(frontMatter: string, body: string): string {
  // Blank lines around the body: the markers are blocks of their own in every Markdown renderer.
  const inner = `\n${body.trim()}\n\n`;
  return `${frontMatter}${REGION_BEGIN}\n${inner}${END_PREFIX}${hashOf(inner)} -->\n`;
}

/** Splits a rendered note into its front matter (with its fences, or '') and the rest. */
export function splitFrontMatter(note: string): { frontMatter: string; body: string } {
  const match = FRONT_MATTER.exec(note);
  return match ? { frontMatter: match[0], body: note.slice(match[0].length) } : { frontMatter: '', body: note };
}

export interface ExistingNote {
  /** The user's front matter keys that Hamish does not write. */
  userProperties: Record<string, unknown>;
  /** What the user wrote above and below the region. */
  before: string;
  after: string;
  /** The user changed something inside the region since Hamish wrote it. */
  edited: boolean;
}

/** The keys of a front matter block (Hamish's, as rendered). */
export function propertyKeys(frontMatter: string): Set<string> {
  return new Set(Object.keys(yamlObject(frontMatter)));
}

function yamlObject(frontMatter: string): Record<string, unknown> {
  const yaml = FRONT_MATTER.exec(frontMatter)?.[1];
  if (!yaml) return {};
  try {
    const parsed: unknown = parseYaml(yaml);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Reads an earlier export; null when it has no managed region (an export from before regions: all
 * Hamish's). A note with one marker left is taken as edited: it is not overwritten unless forced.
 */
export function readExisting(text: string, hamishKeys: Set<string>): ExistingNote | null {
  const { frontMatter, body } = splitFrontMatter(text.replace(/\r\n/g, '\n'));
  const begin = BEGIN.exec(body);
  const end = END.exec(body);
  if (!begin && !end) return null;
  // A marker removed or moved: where Hamish's part ends is unknown, so it counts as edited.
  if (!begin || !end || end.index < begin.index) return { userProperties: {}, before: '', after: '', edited: true };
  const inner = body.slice(begin.index + begin[0].length + 1, end.index);
  const properties = yamlObject(frontMatter);
  return {
    userProperties: Object.fromEntries(Object.entries(properties).filter(([key]) => !hamishKeys.has(key))),
    before: body.slice(0, begin.index),
    after: body.slice(end.index + end[0].length).replace(/^\n/, ''),
    edited: hashOf(inner) !== end[1],
  };
}

/**
 * A new export merged into an earlier one: Hamish's region and front matter keys replaced, the
 * user's writing above and below the region and their own keys kept.
 */
export function mergeInto(existing: ExistingNote, frontMatter: string, body: string): string {
  const extra = Object.keys(existing.userProperties).length ? stringify(existing.userProperties) : '';
  const merged =
    frontMatter && extra ? frontMatter.replace(/---\n$/, `${extra}---\n`) : frontMatter || (extra ? `---\n${extra}---\n` : '');
  return `${merged}${existing.before}${withRegion('', body)}${existing.after}`;
}
