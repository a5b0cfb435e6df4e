// A stand-in for Electron's distribution folder, for packing tests on machines where Electron's
// binary can't be downloaded: an "electron" executable carrying only the fuse wire (the sentinel,
// wire version 1, the wire length, then one byte per fuse) that @electron/fuses flips in place.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse bytes as Electron ships them: '1' on, '0' off. Electron 45 ships run-as-node etc. on. */
export const SHIPPED_WIRE = '11110000';

export async function standInElectronDist(dir: string, version: string): Promise<string> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('stand-in for the electron binary\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, SHIPPED_WIRE.length]),
    Buffer.from(SHIPPED_WIRE),
    Buffer.from('\n'),
  ]);
  await writeFile(join(dir, 'electron'), binary, { mode: 0o755 });
  await writeFile(join(dir, 'LICENSE'), 'MIT');
  await writeFile(join(dir, 'version'), version);
  return dir;
}

/** The fuse wire of a (stand-in) binary as a string of '0', '1' or 'r' per fuse. */
export async function fuseWire(binaryPath: string): Promise<string> {
  const binary = await readFile(binaryPath);
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  const length = binary[at + 1]!;
  return binary.subarray(at + 2, at + 2 + length).toString('latin1');
}
