// The layer table in eslint.config.js is enforced: an import that breaks it fails the lint run.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers', () => {
  it.each([
    ['src/renderer/features/probe.ts', "import '../../core/library/library-service';", 'src/renderer may import only'],
    ['src/shared/probe.ts', "import '../core/search/search-index';", 'src/shared may import only'],
    ['src/core/probe.ts', "import '../web/web-shell';", 'src/core may import only'],
    ['src/core/export/probe.test.ts', "import '../../cli/cli';", 'src/core may import only'],
    ['src/web/probe.ts', "import '../cli/cli';", 'src/web may import only'],
    ['src/preload/probe.ts', "import '../core/container';", 'src/preload may import only'],
    ['src/renderer/probe.ts', "import 'node:fs';", 'no Node built-ins'],
    ['src/core/probe.ts', "import 'electron';", 'Only src/main and src/preload may import electron'],
  ])('%s: %s is refused', async (file, source, message) => {
    const messages = await restrictedImports(file, source);
    expect(messages.join('\n')).toContain(message);
  });

  it.each([
    ['src/renderer/probe.ts', "import '../shared/arabic';"],
    ['src/cli/probe.ts', "import '../web/web-shell'; import '../core/container';"],
    ['src/main/probe.ts', "import 'electron'; import '../core/container';"],
    ['src/core/probe.test.ts', "import 'node:fs'; import '../shared/arabic';"],
  ])('%s: %s is allowed', async (file, source) => {
    expect(await restrictedImports(file, source)).toEqual([]);
  });
});
