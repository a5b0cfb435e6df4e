import { describe, expect, it } from 'vitest';
import {
  compareDeepLink,
  compareHref,
  comparePassageHref,
  deepLinkToHash,
  linkHref,
  openDeepLink,
  openDocumentHref,
  parseRouteHash,
  routeDocuments,
  webShellLinkToHash,
} from './routes';

const parsed = (hash: string) => {
  const route = parseRouteHash(hash);
  return { name: route.name, params: Object.fromEntries(route.params) };
};

describe('hash routes', () => {
  it('builds the renderer routes, encoding ids', () => {
    expect(openDocumentHref('a b')).toBe('#/open?doc=a%20b');
    expect(openDocumentHref('abc', 0)).toBe('#/open?doc=abc&at=0');
    expect(openDocumentHref('abc', 120, 7)).toBe('#/open?doc=abc&at=120&len=7');
    expect(openDocumentHref('abc', undefined, 7)).toBe('#/open?doc=abc');
    expect(compareHref('l', 'r/1')).toBe('#/compare?left=l&right=r%2F1');
    expect(linkHref('l', 'r', 'k&1')).toBe('#/compare?left=l&right=r&link=k%261');
    expect(comparePassageHref('l', 'r', 1, 40, 5)).toBe('#/compare?left=l&right=r&pane=1&at=40&len=5');
    expect(parsed(comparePassageHref('l', 'r', 0, 4)).params).toEqual({ left: 'l', right: 'r', pane: '0', at: '4' });
  });

  it('parses what it builds, and anything else as the library', () => {
    expect(parsed(openDocumentHref('a b', 120, 7))).toEqual({ name: 'open', params: { doc: 'a b', at: '120', len: '7' } });
    expect(parsed(linkHref('l', 'r', 'k'))).toEqual({ name: 'compare', params: { left: 'l', right: 'r', link: 'k' } });
    expect(parsed('/open?doc=x').name).toBe('open');
    for (const hash of ['', '#', '#/', '#/delete?doc=a', '#open?doc=a', '#/open/extra?doc=a', '#/constructor'])
      expect(parseRouteHash(hash).name, hash).toBe('library');
  });

  it('names the documents a route shows', () => {
    expect(routeDocuments(parseRouteHash(openDocumentHref('a')))).toEqual(['a']);
    expect(routeDocuments(parseRouteHash(compareHref('a', 'b')))).toEqual(['a', 'b']);
    expect(routeDocuments(parseRouteHash('#/compare?left=a'))).toEqual(['a']);
    expect(routeDocuments(parseRouteHash('#/'))).toEqual([]);
  });
});

describe('hamish:// deep links', () => {
  it('builds the links exports carry', () => {
    expect(openDeepLink('doc1')).toBe('hamish://open?doc=doc1');
    expect(openDeepLink('doc1', 50)).toBe('hamish://open?doc=doc1&at=50');
    expect(compareDeepLink('doc2', 'doc1', 'l1')).toBe('hamish://compare?left=doc2&right=doc1&link=l1');
  });

  it('turns hamish:// links into routes', () => {
    expect(deepLinkToHash('hamish://open?doc=abc&at=120')).toBe('#/open?doc=abc&at=120');
    expect(deepLinkToHash('hamish://compare?left=a&right=b')).toBe('#/compare?left=a&right=b');
    expect(deepLinkToHash('hamish:open?doc=abc')).toBe('#/open?doc=abc');
    expect(deepLinkToHash(compareDeepLink('a', 'b', 'l'))).toBe(linkHref('a', 'b', 'l'));
    expect(deepLinkToHash(openDeepLink('a b', 3))).toBe('#/open?doc=a+b&at=3');
    expect(parsed(deepLinkToHash(openDeepLink('a b', 3))!)).toEqual(parsed(openDocumentHref('a b', 3)));
  });

  it('refuses anything else', () => {
    expect(deepLinkToHash('https://evil.example/open?doc=a')).toBeNull();
    expect(deepLinkToHash('hamish://delete?doc=a')).toBeNull();
    expect(deepLinkToHash('hamish://constructor?doc=a')).toBeNull();
    expect(deepLinkToHash('hamish://compare?left=a')).toBeNull();
    expect(deepLinkToHash('not a url')).toBeNull();
    // Unknown parameters are dropped, long values cut.
    expect(deepLinkToHash('hamish://open?doc=a&script=x')).toBe('#/open?doc=a');
    expect(deepLinkToHash(`hamish://open?doc=${'x'.repeat(500)}`)).toBe(`#/open?doc=${'x'.repeat(200)}`);
  });
});

describe('web shell links', () => {
  it("maps a hamish:// link's path or the whole link to the route", () => {
    expect(webShellLinkToHash('/open', '?doc=d1&at=5')).toBe('#/open?doc=d1&at=5');
    expect(webShellLinkToHash('/compare', '?left=a&right=b')).toBe('#/compare?left=a&right=b');
    expect(webShellLinkToHash('/link', `?to=${encodeURIComponent(compareDeepLink('a', 'b', 'l'))}`)).toBe(
      '#/compare?left=a&right=b&link=l',
    );
    expect(webShellLinkToHash('/open', '')).toBeNull();
    expect(webShellLinkToHash('/assets/app.js', '')).toBeNull();
    expect(webShellLinkToHash('/link', '?to=https://example.com')).toBeNull();
  });
});
