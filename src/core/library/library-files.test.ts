import { describe, expect, it } from 'vitest';
import { derivedId } from './library-files';

describe('derivedId', () => {
  it('is the same for the same path and text, and differs when either differs', () => {
    const id = derivedId('/a/report.txt', 'f1');
    expect(derivedId('/a/report.txt', 'f1')).toBe(id);
    expect(derivedId('/b/report.txt', 'f1')).not.toBe(id);
    expect(derivedId('/a/report.txt', 'f2')).not.toBe(id);
    expect(derivedId('/a/report.txt', 'f1', 1)).not.toBe(id);
  });

  it('is 8 characters that never read as a command-line option', () => {
    for (let i = 0; i < 2000; i++) expect(derivedId(`/f${i}`, 'x')).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{7}$/);
  });
});
