// Derived-data cache files (the search index, the similar-reports index): an 8-byte length,
// a JSON header padded to 8 bytes, then typed arrays, aligned, read back as views without
// parsing, and optionally a tail that is not read at load (read later a piece at a time). Written
// through a temp file and a rename, without fsync: the data can be rebuilt, a crash while writing
// leaves the previous file whole, and a file torn by a crash fails to load (its sizes don't add up).
import { open, rename } from 'node:fs/promises';

type TypedArray = Uint8Array | Uint32Array | Float32Array;
type ArrayType = { new (buffer: ArrayBuffer, byteOffset: number, length: number): TypedArray; BYTES_PER_ELEMENT: number };

/** Per array: [byte offset after the header, element count]. */
export type ArrayPlaces<K extends string> = Record<K, [number, number]>;

/** Writes chunks to a temp file beside `path`, then renames it into place. */
export async function writeAtomically(path: string, chunks: Uint8Array[]): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}

/**
 * Writes the header (with `arrays`, each array's place, and `tail`, where the tail begins, added),
 * the arrays, in the order given (4-byte ones before byte ones, to stay aligned), then the tail.
 */
export async function writeArrayFile<K extends string>(
  path: string,
  header: object,
  arrays: Record<K, TypedArray>,
  tail: Uint8Array[] = [],
): Promise<void> {
  const places = {} as ArrayPlaces<K>;
  const chunks: Uint8Array[] = [];
  let byteOffset = 0;
  for (const [name, array] of Object.entries(arrays) as [K, TypedArray][]) {
    places[name] = [byteOffset, array.length];
    byteOffset += array.byteLength;
    chunks.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  const json = Buffer.from(JSON.stringify({ ...header, arrays: places, tail: byteOffset }), 'utf8');
  // 8-byte length prefix, then the header padded to a multiple of 8 so the arrays are aligned.
  const padded = Math.ceil(json.length / 8) * 8;
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32LE(padded, 0);
  await writeAtomically(path, [prefix, json, Buffer.alloc(padded - json.length, 0x20), ...chunks, ...tail]);
}

export interface ArrayFile<H> {
  header: H;
  /** Where the tail begins in the file, and its length in bytes (not read). */
  tail: { offset: number; length: number };
  /** A view of one array; throws when the file is too short or misaligned for it (`what` names the file). */
  view<T extends ArrayType>(place: [number, number], Type: T, name: string): InstanceType<T>;
}

/** Reads a file written by writeArrayFile; `what` names it in errors ("search index file"). */
export async function readArrayFile<H>(path: string, what: string): Promise<ArrayFile<H>> {
  const handle = await open(path, 'r');
  let header: H;
  let body: Uint8Array<ArrayBuffer>;
  let tail: { offset: number; length: number };
  try {
    const { size } = await handle.stat();
    const prefix = Buffer.alloc(8);
    await handle.read(prefix, 0, 8, 0);
    const headerLength = prefix.readUInt32LE(0);
    if (size < 8 || 8 + headerLength > size) throw new Error(`${what} is truncated (header)`);
    const json = Buffer.alloc(headerLength);
    await handle.read(json, 0, headerLength, 8);
    header = JSON.parse(json.toString('utf8')) as H;
    const bodyLength = size - 8 - headerLength;
    const tailAt = (header as { tail?: number }).tail ?? bodyLength;
    if (tailAt > bodyLength) throw new Error(`${what} is truncated (tail)`);
    tail = { offset: 8 + headerLength + tailAt, length: bodyLength - tailAt };
    // Read the arrays straight into their own (aligned) buffer: no copy of tens of megabytes.
    body = new Uint8Array(tailAt);
    let offset = 0;
    while (offset < body.length) {
      const { bytesRead } = await handle.read(body, offset, body.length - offset, 8 + headerLength + offset);
      if (!bytesRead) break;
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return {
    header,
    tail,
    view: <T extends ArrayType>([offset, length]: [number, number], Type: T, name: string) => {
      if (offset % Type.BYTES_PER_ELEMENT || offset + length * Type.BYTES_PER_ELEMENT > body.length) {
        throw new Error(`${what} is truncated (${name})`);
      }
      return new Type(body.buffer, offset, length) as InstanceType<T>;
    },
  };
}
