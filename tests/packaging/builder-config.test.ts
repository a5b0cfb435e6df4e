// The electron-builder configuration, checked the way electron-builder checks it before a build,
// and the fuses, applied by @electron/fuses to a stand-in binary.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import config, { FILE_ASSOCIATIONS, FUSES } from '../../electron-builder';
import { ALL_EXTENSIONS } from '../../src/shared/formats';
import { tempDir } from '../temp-dir';
import { fuseWire, standInElectronDist } from './stand-in-electron';

describe('the electron-builder configuration', () => {
  it('passes electron-builder’s own validation (its JSON schema and deprecation checks)', async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    // The check has teeth: an unknown option is refused.
    const wrong = { ...structuredClone(config), linux: { ...config.linux, targets: ['deb'] } };
    await expect(validateConfiguration(wrong, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  });

  it('builds AppImage and .deb, NSIS, and a DMG for x64 and arm64', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac?.entitlements).toBe('resources/entitlements.mac.plist');
  });

  it('offers "Open with Hamish" for every extension Hamish reads, and registers hamish://', () => {
    const extensions = FILE_ASSOCIATIONS.flatMap((a) => a.ext);
    expect(extensions.map((e) => `.${e}`).sort()).toEqual([...ALL_EXTENSIONS].sort());
    for (const ext of ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'epub']) expect(extensions).toContain(ext);
    expect(config.protocols).toEqual([expect.objectContaining({ schemes: ['hamish'] })]);
    expect(config.linux?.mimeTypes).toContain('text/markdown');
  });
});

describe('the Electron fuses', () => {
  it('are those of a production app', () => {
    expect(FUSES).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.electronFuses).toBe(FUSES);
  });

  it('flip a binary’s fuse wire to that setting', async () => {
    {
      const dir = await standInElectronDist(await tempDir(), '45.4.1');
      const binary = join(dir, 'hamish');
      await copyFile(join(dir, 'electron'), binary);
      // As electron-builder maps its option names onto @electron/fuses.
      await flipFuses(binary, {
        version: FuseVersion.V1,
        [FuseV1Options.RunAsNode]: FUSES.runAsNode,
        [FuseV1Options.EnableCookieEncryption]: FUSES.enableCookieEncryption,
        [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FUSES.enableNodeOptionsEnvironmentVariable,
        [FuseV1Options.EnableNodeCliInspectArguments]: FUSES.enableNodeCliInspectArguments,
        [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FUSES.enableEmbeddedAsarIntegrityValidation,
        [FuseV1Options.OnlyLoadAppFromAsar]: FUSES.onlyLoadAppFromAsar,
        [FuseV1Options.GrantFileProtocolExtraPrivileges]: FUSES.grantFileProtocolExtraPrivileges,
      });
      expect(await fuseWire(binary)).toBe('01001100');
    }
  });
});
