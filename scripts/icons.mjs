// The app icon, drawn once in resources/icon.svg, rendered at build time to every size and format
// the platforms need: a PNG set (Linux, and the window icon), .ico (Windows) and .icns (macOS).
// Rendered with resvg (a maintained SVG renderer, prebuilt for each platform on npm) and packed
// into .ico/.icns by png2icons (plain JS), so no icon binaries are committed.
//
//   node scripts/icons.mjs [OUT_DIR]    (default build/icons; `npm run icons`)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const ICON_SVG = join(root, 'resources', 'icon.svg');
/** The PNG sizes written (Linux icon themes, Windows and macOS take theirs from 1024). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** The icon as a square PNG of `size` pixels. */
export function renderIconPng(size, svg = readFileSync(ICON_SVG)) {
  const { Resvg } = require('@resvg/resvg-js');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** Writes png/NxN.png for every size, icon.png (512), icon.ico and icon.icns into `outDir`; returns the files. */
export function renderIcons(outDir = join(root, 'build', 'icons')) {
  const png2icons = require('png2icons');
  mkdirSync(join(outDir, 'png'), { recursive: true });
  const svg = readFileSync(ICON_SVG);
  const written = [];
  const write = (name, data) => {
    if (!data) throw new Error(`could not render ${name}`);
    writeFileSync(join(outDir, name), data);
    written.push(name);
  };
  for (const size of PNG_SIZES) write(join('png', `${size}x${size}.png`), renderIconPng(size, svg));
  write('icon.png', renderIconPng(512, svg));
  const master = renderIconPng(1024, svg);
  // BICUBIC scaling for the smaller sizes each format embeds; the ICO keeps PNG entries.
  write('icon.ico', png2icons.createICO(master, png2icons.BICUBIC, 0, false, true));
  write('icon.icns', png2icons.createICNS(master, png2icons.BICUBIC, 0));
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(root, 'build', 'icons'));
  const files = renderIcons(outDir);
  console.log(`hamish: rendered ${files.length} icon files into ${outDir}`);
}
