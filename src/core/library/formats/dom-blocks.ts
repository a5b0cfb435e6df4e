// Turns a DOM subtree into Hamish blocks. The HTML, DOCX and EPUB parsers all
// end in HTML, so they share one set of rules for what counts as a block.
import type { Block } from '../../../shared/types';
import type { TextBuilder } from '../document-builder';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Never text a reader wants: code, embedded content, page furniture, form controls. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'form',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'nav',
  'img',
  'picture',
  'svg',
  'math',
  'video',
  'audio',
  'canvas',
  'map',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
]);

/** Elements that start a new block; anything else is inline and joins the surrounding text. */
const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

interface BlockContext {
  type: Block['type'];
  level?: number;
}

const PARAGRAPH: BlockContext = { type: 'paragraph' };

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Hidden by markup: what a browser would not show is not part of the article. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important\s*)?(;|$)/i.test(style);
}

/** A heading, list item or quote sets the block type for everything inside it; other blocks inherit. */
function contextOf(name: string, outer: BlockContext): BlockContext {
  const heading = /^h([1-6])$/.exec(name);
  if (heading) return { type: 'heading', level: Number(heading[1]) };
  if (name === 'li') return { type: 'list-item' };
  if (name === 'blockquote') return { type: 'quote' };
  return outer;
}

/**
 * Appends the visible text under `root` to `builder`, one block per innermost
 * block-level element. Text directly inside a container, beside its child
 * blocks, becomes a block of its own, so no text is lost or repeated.
 */
export function appendBlocks(root: Node, builder: TextBuilder): void {
  let pending = '';
  const flush = (ctx: BlockContext) => {
    const text = collapseWhitespace(pending);
    pending = '';
    if (text) builder.push(ctx.type, text, ctx.level);
  };
  const visit = (node: Node, ctx: BlockContext) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        pending += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const name = el.localName.toLowerCase();
      if (SKIPPED.has(name) || isHidden(el)) continue;
      if (name === 'br' || name === 'wbr') {
        pending += name === 'br' ? ' ' : '';
      } else if (name === 'td' || name === 'th') {
        // A table row reads as one line; its cells are separated by spaces.
        pending += ' ';
        visit(el, ctx);
        pending += ' ';
      } else if (BLOCK_LEVEL.has(name)) {
        flush(ctx);
        const inner = contextOf(name, ctx);
        visit(el, inner);
        flush(inner);
      } else {
        visit(el, ctx);
      }
    }
  };
  const start = root.nodeType === ELEMENT_NODE ? contextOf((root as Element).localName.toLowerCase(), PARAGRAPH) : PARAGRAPH;
  if (root.nodeType === ELEMENT_NODE && isHidden(root as Element)) return;
  visit(root, start);
  flush(start);
}

/** The text of the first heading block, used as a declared title. */
export function firstHeadingText(builder: TextBuilder): string | undefined {
  const heading = builder.blocks.find((b) => b.type === 'heading');
  return heading ? builder.text.slice(heading.start, heading.end) : undefined;
}
