// Bounds on a page's or chapter's markup, checked before jsdom builds it and before
// Readability or the block walk go over it: jsdom spends ~3 KB a element (a dense 48 MB
// page would need gigabytes), and Readability's time grows with the cube of the nesting.
import { UserError } from '../../../shared/errors';
import { MAX_ELEMENTS, MAX_NESTING_DEPTH } from '../parse-limits';

/** Elements that never hold others. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements HTML closes by itself (an unclosed <p> or <li> does not nest the next one): not counted as depth. */
const IMPLIED_END = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
]);

/** Elements whose content is text, not markup ("<div>" inside a script is not an element). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const tooMany = (max: number) => new UserError(`the page has more than ${max.toLocaleString('en')} elements`);
const tooDeep = (max: number) => new UserError(`the page's elements are nested more than ${max} deep`);

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function nameEnd(source: string, from: number): number {
  let i = from;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    // whitespace, "/", ">"
    if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62) break;
    i++;
  }
  return i;
}

/**
 * Counts elements and estimates their nesting from the markup alone, in one linear pass
 * (no backtracking regex), and refuses a page beyond the bounds. An estimate: it is exact
 * for well-formed markup and errs low on sloppy HTML; the DOM check below is exact.
 */
export function checkMarkupBounds(source: string, maxElements = MAX_ELEMENTS, maxDepth = MAX_NESTING_DEPTH): void {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let elements = 0;
  let i = 0;
  while ((i = source.indexOf('<', i)) !== -1) {
    const next = source.charCodeAt(i + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      // Comments, CDATA, doctype, processing instructions.
      const close = source.startsWith('<!--', i) ? '-->' : source.startsWith('<![CDATA[', i) ? ']]>' : '>';
      const end = source.indexOf(close, i + 2);
      if (end === -1) return;
      i = end + close.length;
      continue;
    }
    const closing = next === 47; /* / */
    const start = closing ? i + 2 : i + 1;
    if (!isNameStart(source.charCodeAt(start))) {
      i = start;
      continue;
    }
    const afterName = nameEnd(source, start);
    const name = source.slice(start, afterName).toLowerCase();
    const end = source.indexOf('>', afterName);
    if (end === -1) return;
    i = end + 1;
    if (closing) {
      if (!open.get(name)) continue;
      for (;;) {
        const top = stack.pop()!;
        open.set(top, open.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    if (++elements > maxElements) throw tooMany(maxElements);
    const selfClosing = source.charCodeAt(end - 1) === 47; /* "/>" */
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closeTag = new RegExp(`</${name}`, 'ig');
      closeTag.lastIndex = i;
      const found = closeTag.exec(source);
      if (!found) return;
      i = found.index;
      continue;
    }
    if (VOID.has(name) || IMPLIED_END.has(name) || selfClosing) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > maxDepth) throw tooDeep(maxDepth);
  }
}

/** The exact depth of a built DOM, walked without recursion; refuses one nested beyond the bound. */
export function checkNestingDepth(root: Node, maxDepth = MAX_NESTING_DEPTH): void {
  const pending: [Node, number][] = [[root, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    if (depth > maxDepth) throw tooDeep(maxDepth);
    for (let child = node.firstChild; child; child = child.nextSibling)
      if (child.nodeType === 1) pending.push([child, depth + 1]);
  }
}
