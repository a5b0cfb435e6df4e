// How `npm run dist` packs Hamish into installers with electron-builder: AppImage and .deb on Linux,
// NSIS on Windows, a DMG per architecture on macOS. The app folder inside (app.asar) holds the built
// app (out/), the sample articles (seeds/), resources/ and the production dependencies the main
// process needs; tests/packaging checks that by packing it, and checks the fuses below.
// Icons come from scripts/icons.mjs (rendered from resources/icon.svg into build/icons).
import { readFileSync } from 'node:fs';
import type { Configuration, FileAssociation } from 'electron-builder';
import { DOCUMENT_FORMATS } from './src/shared/formats';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};
const desktopEntry = JSON.parse(readFileSync(new URL('./resources/desktop-entry.json', import.meta.url), 'utf8')) as Record<
  string,
  string
>;

/** MIME types per format, for the Linux desktop entry and the macOS document types. */
const MIME_TYPES: Record<keyof typeof DOCUMENT_FORMATS, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  epub: 'application/epub+zip',
};

/** "Open with Hamish" for every format Hamish reads (a new format in shared/formats joins by itself). */
export const FILE_ASSOCIATIONS: FileAssociation[] = Object.entries(DOCUMENT_FORMATS).map(([format, { extensions, label }]) => ({
  ext: extensions.map((e) => e.slice(1)),
  name: label,
  description: `${label} article`,
  mimeType: MIME_TYPES[format as keyof typeof DOCUMENT_FORMATS],
  role: 'Viewer',
  rank: 'Alternate',
}));

/** The fuses of a production app: Electron can't be turned into a plain Node or be inspected from outside. */
export const FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies NonNullable<Configuration['electronFuses']>;

/** What goes into app.asar besides the production dependencies (electron-builder adds package.json). */
export const APP_FILES = [
  'out/**/*',
  '!out/.build-stamp',
  'seeds/**/*',
  'resources/**/*',
  // Signing input, not app content.
  '!resources/entitlements.mac.plist',
  // Bundled into out/renderer by Vite: the main process never loads them (the packing test checks
  // that every package out/main imports is packed).
  '!node_modules/react/**',
  '!node_modules/react-dom/**',
  '!node_modules/scheduler/**',
  '!node_modules/@fontsource/**',
  '!node_modules/i18next/**',
  '!node_modules/@babel/runtime/**',
  // Sources, types and docs some packages ship beside their JavaScript.
  '!**/*.{ts,mts,cts,tsx,map,md,markdown}',
  '!**/{test,tests,__tests__,example,examples,docs}/**',
];

const config: Configuration = {
  appId: 'app.hamish.reader',
  productName: 'Hamish',
  executableName: 'hamish',
  copyright: 'Copyright © Hamish contributors (MIT licence)',
  directories: { output: 'dist', buildResources: 'build' },
  files: APP_FILES,
  asar: true,
  // No native production dependencies (the packing test finds no .node file): nothing to rebuild.
  npmRebuild: false,
  electronFuses: FUSES,
  fileAssociations: FILE_ASSOCIATIONS,
  protocols: [{ name: 'Hamish link', schemes: ['hamish'], role: 'Viewer' }],
  extraMetadata: { version: pkg.version },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons/png',
    category: 'Office',
    synopsis: 'Offline Arabic article reader with margin notes',
    description: pkg.description,
    maintainer: 'Hamish contributors <hamish@localhost>',
    mimeTypes: [...new Set(Object.values(MIME_TYPES))],
    desktop: { entry: desktopEntry },
  },
  // The .deb puts /usr/bin/hamish on the PATH (electron-builder links the executable there):
  // `hamish search …` runs the command line, a bare `hamish` or `hamish FILE` opens the app.
  deb: { priority: 'optional' },
  win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'build/icons/icon.ico' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Hamish',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: 'build/icons/icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    entitlements: 'resources/entitlements.mac.plist',
    entitlementsInherit: 'resources/entitlements.mac.plist',
  },
  dmg: { title: 'Hamish ${version}' },
};

export default config;
