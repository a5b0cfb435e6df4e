// What a news page wraps around its article: ads, cookie banners, share bars,
// comments, related links. Readability drops most of it but keeps short ad
// slots that sit inside the article body, so they are removed before it runs.
import { collapseWhitespace } from './dom-blocks';

/** Class or id words of page furniture, matched as whole hyphen/underscore-separated parts. */
const CLUTTER_NAME =
  /(^|[-_])(ads?|adv|advert\w*|sponsor\w*|promo\w*|cookies?|consent|gdpr|newsletter|subscribe|comments?|share|sharing|social|related|sidebar|outbrain|taboola|dfp|paywall|popup|modal)([-_]|$)/i;

/** Layout regions of a page that are never the article itself. */
const LAYOUT = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

/** Containers of the article: layout regions inside them (an article's own header) may be content. */
const ARTICLE_CONTAINERS = 'article, main, [itemprop="articleBody"], [role="main"]';

/** Never removed: these hold the article, whatever their class names say. */
const ARTICLE_MARKERS = `${ARTICLE_CONTAINERS}, h1`;

function hasClutterName(el: Element): boolean {
  const names = [...(el.getAttribute('class') ?? '').split(/\s+/), el.id];
  return names.some((name) => name && CLUTTER_NAME.test(name));
}

function textLength(node: Node): number {
  return collapseWhitespace(node.textContent ?? '').length;
}

/**
 * Removes page furniture under `root`: elements named like it, and the page's
 * own header, footer, sidebars and menus (outside the article). With
 * `everywhere`, layout regions inside the article go too, for pages where no
 * article was found and the whole body is read. A candidate that holds the
 * article (or most of the page's text) is kept, so a class like "has-sidebar"
 * on a wrapper is harmless.
 */
export function removePageClutter(root: Element, { everywhere = false } = {}): void {
  const total = textLength(root);
  const candidates = Array.from(root.querySelectorAll('[class], [id]')).filter(hasClutterName);
  const layout = Array.from(root.querySelectorAll(LAYOUT));
  candidates.push(...(everywhere ? layout : layout.filter((el) => !el.parentElement?.closest(ARTICLE_CONTAINERS))));
  for (const el of candidates) {
    if (!el.isConnected || el === root || el.localName === 'body' || el.localName === 'html') continue;
    if (el.matches(ARTICLE_MARKERS) || el.querySelector(ARTICLE_MARKERS)) continue;
    if (total > 0 && textLength(el) > total / 2) continue;
    el.remove();
  }
}
