// `npm test` stops before the end-to-end run, in one line, where no Chromium can be launched.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const check = (env: Record<string, string>) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'chromium.mjs')], { env: { ...process.env, ...env }, encoding: 'utf8' });

describe('the Chromium check before the end-to-end tests', () => {
  it('stops with one line saying how to get one when the Chromium named is not there', () => {
    const result = check({ CHROMIUM_PATH: join(root, 'no-such-chromium') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/playwright install chromium/);
  });

  it('passes where the Chromium named exists', () => {
    expect(check({ CHROMIUM_PATH: process.execPath }).status).toBe(0);
  });

  it('runs before playwright in test:e2e', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['test:e2e']).toMatch(/^node scripts\/chromium\.mjs && .*playwright test/);
  });
});
