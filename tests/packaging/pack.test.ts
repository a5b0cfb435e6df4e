// Packs the app folder exactly as `npm run dist` does (electron-builder's `--dir` packaging, with
// this project's configuration) against a stand-in Electron distribution, since Electron's binary
// can't be downloaded here; then reads the archive it wrote. Slow (a build and a pack): ~20 s.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import config, { FUSES } from '../../electron-builder';
import { tempDirKept } from './temp-dir-kept';
import { fuseWire, standInElectronDist } from './stand-in-electron';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let appDir = '';
let files: string[] = [];
let packages = new Set<string>();

/** Package names under node_modules in archive paths ('/node_modules/@a/b/x.js' → '@a/b'). */
function packageNames(paths: string[]): Set<string> {
  const names = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/').filter(Boolean);
    for (let i = 0; i < parts.length - 1; i++) {
      if (parts[i] !== 'node_modules') continue;
      const name = parts[i + 1]!.startsWith('@') ? `${parts[i + 1]}/${parts[i + 2] ?? ''}` : parts[i + 1]!;
      if (!name.endsWith('/')) names.add(name);
    }
  }
  return names;
}

/** The packages the lockfile marks dev-only (needed by no production dependency). */
function devOnlyPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  const devPaths = Object.entries(lock.packages).filter(([path, entry]) => path && entry.dev);
  const production = packageNames(
    Object.entries(lock.packages)
      .filter(([path, entry]) => path && !entry.dev)
      .map(([path]) => `/${path}`),
  );
  return new Set([...packageNames(devPaths.map(([path]) => `/${path}`))].filter((name) => !production.has(name)));
}

/**
 * electron-builder finds the production dependencies with `npm ls`. Where node_modules is not an
 * install npm recognises (here a symlink to a folder other checkouts install into, whose npm
 * metadata then goes stale), `npm ls` can't place packages and the pack would be incomplete: then
 * the project is packed from a staged copy holding the lockfile's production packages instead.
 */
function npmTreeProblem(): string | null {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; optional?: boolean; peer?: boolean; devOptional?: boolean }>;
  };
  const expected = packageNames(
    Object.entries(lock.packages)
      .filter(([path, e]) => path && !e.dev && !e.optional && !e.peer && !e.devOptional)
      .map(([path]) => `/${path}`),
  );
  // A production package npm calls extraneous is one it could not place in the tree.
  const listed = spawnSync('npm', ['ls', '--omit=dev', '--all'], { cwd: root, encoding: 'utf8' });
  const extraneous = [...listed.stderr.matchAll(/extraneous: ((?:@[^/\s]+\/)?[^@\s]+)@/g)].map((m) => m[1]!);
  const lost = extraneous.filter((name) => expected.has(name));
  return lost.length > 0
    ? `npm ls can't place ${lost.length} production packages (${lost.slice(0, 3).join(', ')}…) in ${root}/node_modules`
    : null;
}

const problem = npmTreeProblem();

/** The lockfile's production packages (top-level folders; nested ones come with their parents). */
function productionPackagePaths(): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; optional?: boolean; peer?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, e]) => path.split('node_modules/').length === 2 && !e.dev && !e.optional && !e.peer && !e.devOptional)
    .map(([path]) => path);
}

/** The project as a clean install would leave it, with production dependencies only. */
async function stagedProject(dir: string): Promise<string> {
  for (const name of ['package.json', 'package-lock.json', 'out', 'seeds', 'resources', ...productionPackagePaths()]) {
    await cp(join(root, name), join(dir, name), { recursive: true, dereference: true });
  }
  return dir;
}

beforeAll(async () => {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-build.mjs')], { cwd: root, stdio: 'inherit' });
  expect(built.status).toBe(0);
  const work = await tempDirKept();
  const electronVersion = pkg.devDependencies.electron!.replace(/^\D+/, '');
  const electronDist = await standInElectronDist(join(work, 'electron-dist'), electronVersion);
  if (problem) console.warn(`packing a staged copy: ${problem}`);
  await build({
    projectDir: problem ? await stagedProject(join(work, 'project')) : root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: {
      ...config,
      electronDist,
      electronVersion,
      directories: { output: join(work, 'dist'), buildResources: 'build' },
    },
    publish: 'never',
  });
  appDir = join(work, 'dist', 'linux-unpacked');
  files = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  packages = packageNames(files);
}, 240_000);

describe('the packed app (resources/app.asar)', () => {
  it('holds out/, seeds/, resources/ and package.json, and nothing else at its top', () => {
    const top = new Set(files.map((f) => f.split('/')[1]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json', 'resources', 'seeds']);
    for (const file of [
      '/out/main/index.js',
      '/out/main/cli.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/out/renderer/favicon.svg',
      '/out/renderer/icon.png',
      '/resources/icon.svg',
      '/package.json',
    ]) {
      expect(files).toContain(file);
    }
    const seeds = readdirSync(join(root, 'seeds'));
    for (const seed of seeds) expect(files).toContain(`/seeds/${seed}`);
    const packed = JSON.parse(extractFile(join(appDir, 'resources', 'app.asar'), 'package.json').toString()) as { main: string };
    expect(packed.main).toBe('out/main/index.js');
  });

  it('holds no sources, tests, source maps, signing files or native modules', () => {
    const outside = files.filter((f) => !f.startsWith('/node_modules/'));
    expect(outside.filter((f) => /^\/(src|tests|e2e|scripts|docs|bin)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(test|spec)\.[cm]?[jt]sx?$|\.map$|\.tsx?$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.node'))).toEqual([]);
    expect(files).not.toContain('/resources/entitlements.mac.plist');
  });

  it('holds production dependencies only, and every package the main process imports', () => {
    const devOnly = devOnlyPackages();
    expect(devOnly.size).toBeGreaterThan(100);
    expect([...packages].filter((name) => devOnly.has(name))).toEqual([]);
    for (const name of Object.keys(pkg.devDependencies)) expect(packages.has(name), name).toBe(false);
    // Every bare import of the built main process and CLI resolves inside the archive.
    const mainDir = join(root, 'out', 'main');
    const sources = readdirSync(mainDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(mainDir, f), 'utf8'))
      .join('\n');
    const imported = new Set(
      [...sources.matchAll(/(?:from |import\()"((?:@[^/"]+\/)?[^/".][^/"]*)[^"]*"/g)]
        .map((m) => m[1]!)
        .filter((name) => !name.startsWith('node:') && name !== 'electron'),
    );
    expect(imported.size).toBeGreaterThan(5);
    for (const name of imported) expect(packages.has(name), name).toBe(true);
    // And every dependency of a packed package is packed too (a broken `npm ls` can't drop them silently).
    const archive = join(appDir, 'resources', 'app.asar');
    for (const file of files.filter((f) => /^\/node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(f))) {
      const manifest = JSON.parse(extractFile(archive, file.slice(1)).toString()) as { dependencies?: Record<string, string> };
      for (const dependency of Object.keys(manifest.dependencies ?? {}))
        expect(packages.has(dependency), `${file} needs ${dependency}`).toBe(true);
    }
    // Renderer-only packages are bundled by Vite, not packed.
    for (const name of ['react', 'react-dom', '@fontsource/noto-naskh-arabic', 'i18next'])
      expect(packages.has(name), name).toBe(false);
  });

  it('stays small', () => {
    const bytes = statSync(join(appDir, 'resources', 'app.asar')).size;
    console.log(`app.asar: ${(bytes / 1e6).toFixed(1)} MB, ${files.length} entries, ${packages.size} packages`);
    expect(bytes).toBeLessThan(30e6);
  });

  it('has the production fuses set on the executable', async () => {
    expect(await fuseWire(join(appDir, 'hamish'))).toBe(
      [
        FUSES.runAsNode,
        FUSES.enableCookieEncryption,
        FUSES.enableNodeOptionsEnvironmentVariable,
        FUSES.enableNodeCliInspectArguments,
        FUSES.enableEmbeddedAsarIntegrityValidation,
        FUSES.onlyLoadAppFromAsar,
      ]
        .map((on) => (on ? '1' : '0'))
        .join('') + '00',
    );
  });
});
