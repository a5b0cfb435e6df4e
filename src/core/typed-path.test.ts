import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../tests/temp-dir';
import { createApiHandlers } from './api-handlers';
import { HamishCore } from './container';
import { typedPath } from './typed-path';

describe('typedPath', () => {
  it('reads ~ and relative paths from the home folder, and leaves absolute ones', () => {
    expect(typedPath('~', '/home/r')).toBe('/home/r');
    expect(typedPath('~/مقالات', '/home/r')).toBe('/home/r/مقالات');
    expect(typedPath(' articles/2025 ', '/home/r')).toBe('/home/r/articles/2025');
    expect(typedPath('../shared', '/home/r')).toBe('/home/shared');
    expect(typedPath('/srv/articles', '/home/r')).toBe('/srv/articles');
    expect(typedPath('~other/x', '/home/r')).toBe('/home/r/~other/x');
  });
});

describe('paths typed into the interface', () => {
  let core: HamishCore | undefined;
  afterEach(async () => {
    vi.unstubAllEnvs();
    await core?.shutdown();
    core = undefined;
  });

  it('are added from the home folder, not from where the server started', async () => {
    const home = await tempDir();
    await mkdir(join(home, 'articles'));
    await writeFile(join(home, 'articles', 'a.txt'), 'عنوان أول\n\nنص المقال الأول.\n');
    await writeFile(join(home, 'b.txt'), 'عنوان ثان\n\nنص المقال الثاني.\n');
    vi.stubEnv('HOME', home);
    core = await HamishCore.boot({ dataDir: await tempDir(), shell: 'web', version: 'test', lockOwner: 'test' });
    const handlers = createApiHandlers(core);
    expect((await handlers.addPaths({ paths: ['~/articles'] })).added).toBe(1);
    expect((await handlers.addPaths({ paths: ['b.txt'] })).added).toBe(1);
    expect(
      core.library
        .list()
        .map((d) => d.path)
        .sort(),
    ).toEqual([join(home, 'articles', 'a.txt'), join(home, 'b.txt')]);
  });
});
