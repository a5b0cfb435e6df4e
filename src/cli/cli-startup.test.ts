// What `hamish` loads before it knows the command: --help, --version and a refused option
// must not load the core, the contract (zod) or a parser (jsdom), which cost most of a
// second at a real library's scale. Each mocked module records that it was imported.
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './cli';

const loaded = vi.hoisted(() => new Set<string>());

vi.mock('../core/container', async (original) => {
  loaded.add('core/container');
  return original();
});
vi.mock('../core/api-handlers', async (original) => {
  loaded.add('core/api-handlers');
  return original();
});
vi.mock('../shared/api', async (original) => {
  loaded.add('shared/api');
  return original();
});
vi.mock('../web/web-shell', async (original) => {
  loaded.add('web/web-shell');
  return original();
});
vi.mock('zod', async (original) => {
  loaded.add('zod');
  return original();
});
vi.mock('jsdom', async (original) => {
  loaded.add('jsdom');
  return original();
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    appRoot: '/nonexistent',
    version: '9.9.9',
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('hamish start-up', () => {
  it('prints the help, the version and option errors without loading the core, zod or jsdom', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: hamish');
    expect(help.stdout).toContain('.docx');
    expect((await run('--version')).stdout).toBe('9.9.9\n');
    expect((await run('search', '--nope')).code).toBe(2);
    expect((await run('serve', '--port', 'x')).stderr).toContain('--port must be a number');
    expect([...loaded]).toEqual([]);
  });

  it('loads the contract to check arguments, and still refuses them before the core boots', async () => {
    const refused = await run('search', 'x', '--limit', '0x10');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^hamish: --limit: .*\(see hamish --help\)\n$/);
    expect(loaded.has('shared/api')).toBe(true);
    expect(loaded.has('core/container')).toBe(false);
  });
});
