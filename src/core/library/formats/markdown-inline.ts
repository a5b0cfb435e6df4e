// Markdown's inline markup (links, images, emphasis, code), taken out of a line's text with where
// each styled run lands in what is left. The text is exactly what the earlier stripping gave (the
// same rules, in the same order), so a document's offsets, and the annotations anchored on them,
// do not move; the runs let the reader show emphasis and links styled instead of dropped.
import type { InlineMark } from '../../../shared/types';

type Kind = InlineMark['kind'];

/** One UTF-16 code unit of the line, with the styles wrapped around it so far. */
interface Unit {
  c: string;
  kinds: Kind[];
  href?: string;
}

interface Rule {
  pattern: RegExp;
  /** The group whose text is kept. */
  keep: number;
  kind?: Kind;
  /** The group holding a link's target. */
  href?: number;
}

// In the order the stripping always applied them: images first (their alt text stays plain), then links.
const RULES: Rule[] = [
  { pattern: /!\[([^\]]*)\]\([^)]*\)/dg, keep: 1 },
  { pattern: /\[([^\]]+)\]\(([^)]*)\)/dg, keep: 1, kind: 'link', href: 2 },
  { pattern: /(\*\*|__)(.+?)\1/dg, keep: 2, kind: 'strong' },
  { pattern: /(\*|_)(\S.*?\S|\S)\1/dg, keep: 2, kind: 'em' },
  { pattern: /`([^`]+)`/dg, keep: 1, kind: 'code' },
];

function apply(units: Unit[], rule: Rule): Unit[] {
  const text = units.map((u) => u.c).join('');
  const out: Unit[] = [];
  let from = 0;
  for (const match of text.matchAll(rule.pattern)) {
    const [start, end] = match.indices![rule.keep]!;
    const href = rule.href === undefined ? undefined : match[rule.href];
    out.push(...units.slice(from, match.index));
    for (const unit of units.slice(start, end)) {
      out.push(rule.kind ? { ...unit, kinds: [...unit.kinds, rule.kind], href: href ?? unit.href } : unit);
    }
    from = match.index + match[0].length;
  }
  out.push(...units.slice(from));
  return out;
}

/** Characters every rule's markup needs one of: a line without any (most lines of prose) is plain text. */
const MARKUP = /[[*_`]/;

/** A line without its inline markup, and its styled runs as offsets into that text. */
export function parseInline(line: string): { text: string; marks: InlineMark[] } {
  if (!MARKUP.test(line)) return { text: line, marks: [] };
  let units: Unit[] = [...Array(line.length).keys()].map((i) => ({ c: line[i]!, kinds: [] }));
  for (const rule of RULES) units = apply(units, rule);
  const marks: InlineMark[] = [];
  const open = new Map<Kind, InlineMark>();
  units.forEach((unit, i) => {
    for (const [kind, mark] of open) {
      if (!unit.kinds.includes(kind) || (kind === 'link' && unit.href !== mark.href)) open.delete(kind);
    }
    for (const kind of unit.kinds) {
      const mark = open.get(kind);
      if (mark && mark.end === i) mark.end = i + 1;
      else {
        const started: InlineMark = { kind, start: i, end: i + 1, ...(kind === 'link' ? { href: unit.href ?? '' } : {}) };
        marks.push(started);
        open.set(kind, started);
      }
    }
  });
  return { text: units.map((u) => u.c).join(''), marks };
}
