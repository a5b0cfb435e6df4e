import { describe, expect, it } from 'vitest';
import { deepLinkToHash } from './deep-link';

describe('deepLinkToHash', () => {
  it('turns hamish:// links into routes', () => {
    expect(deepLinkToHash('hamish://open?doc=abc&at=120')).toBe('#/open?doc=abc&at=120');
    expect(deepLinkToHash('hamish://compare?left=a&right=b')).toBe('#/compare?left=a&right=b');
    expect(deepLinkToHash('hamish:open?doc=abc')).toBe('#/open?doc=abc');
  });

  it('refuses anything else', () => {
    expect(deepLinkToHash('https://evil.example/open?doc=a')).toBeNull();
    expect(deepLinkToHash('hamish://delete?doc=a')).toBeNull();
    expect(deepLinkToHash('hamish://compare?left=a')).toBeNull();
    expect(deepLinkToHash('not a url')).toBeNull();
    // Unknown parameters are dropped.
    expect(deepLinkToHash('hamish://open?doc=a&script=x')).toBe('#/open?doc=a');
  });
});
