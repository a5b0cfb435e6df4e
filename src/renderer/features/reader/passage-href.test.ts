import { describe, expect, it } from 'vitest';
import { compareHref, parseRouteHash } from '../../../shared/routes';
import { passageHref } from './passage-href';

describe('passageHref', () => {
  const comparing = parseRouteHash(compareHref('a', 'b'));

  it('opens the document alone when one is read', () => {
    expect(passageHref(parseRouteHash('#/open?doc=a'), 0, 'c', 10, 3)).toBe('#/open?doc=c&at=10&len=3');
    expect(passageHref(parseRouteHash('#/'), 1, 'c')).toBe('#/open?doc=c');
  });

  it('keeps the comparison: the pane holding the document, else the one with focus', () => {
    expect(passageHref(comparing, 0, 'b', 10, 3)).toBe('#/compare?left=a&right=b&pane=1&at=10&len=3');
    expect(passageHref(comparing, 1, 'a', 4)).toBe('#/compare?left=a&right=b&pane=0&at=4');
    expect(passageHref(comparing, 1, 'c', 10, 3)).toBe('#/compare?left=a&right=c&pane=1&at=10&len=3');
    expect(passageHref(comparing, 0, 'c', 10, 3)).toBe('#/compare?left=c&right=b&pane=0&at=10&len=3');
    expect(passageHref(comparing, 0, 'c')).toBe(compareHref('c', 'b'));
  });
});
