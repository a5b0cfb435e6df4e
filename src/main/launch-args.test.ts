import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from './launch-args';

const packaged = (...args: string[]) => parseLaunchArgs(['/opt/Hamish/hamish', ...args], { defaultApp: false, cwd: '/home/u' });

describe('the command line', () => {
  it('opens files given by "Open with Hamish", resolved against the working folder', () => {
    expect(packaged('report.md', '/tmp/a.DOCX', 'notes.pdf.bak')).toEqual({
      cli: null,
      files: ['/home/u/report.md', '/tmp/a.DOCX'],
      deepLink: null,
    });
  });

  it('takes file:// URLs, as Linux desktop entries pass them', () => {
    expect(packaged('file:///home/u/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.md').files).toEqual(['/home/u/تقرير.md']);
  });

  it('skips Chromium switches and the data folder', () => {
    expect(packaged('--no-sandbox', '--data-dir', '/d/x.txt', '--enable-features=X', 'b.epub').files).toEqual(['/home/u/b.epub']);
  });

  it('takes a hamish:// link', () => {
    expect(packaged('hamish://open?doc=abc').deepLink).toBe('hamish://open?doc=abc');
  });

  it('runs the CLI when the first argument is a CLI command', () => {
    expect(packaged('search', 'الكاظمي', '--json').cli).toEqual(['search', 'الكاظمي', '--json']);
    expect(packaged('--version').cli).toEqual(['--version']);
    expect(packaged('--data-dir', '/d', 'list').cli).toEqual(['--data-dir', '/d', 'list']);
    expect(packaged('list.txt').cli).toBeNull();
    expect(packaged().cli).toBeNull();
  });

  it('reads arguments after the app path when run unpackaged', () => {
    const args = parseLaunchArgs(['/x/electron', '/repo', 'a.txt'], { defaultApp: true, cwd: '/w' });
    expect(args.files).toEqual(['/w/a.txt']);
  });
});
