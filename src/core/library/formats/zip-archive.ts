// DOCX and EPUB files are zip archives. Reading one must not let a small file
// expand into gigabytes (a zip bomb), so every entry is size-checked twice:
// by what the archive declares, and by what actually comes out while inflating.
import JSZip from 'jszip';
import type { UserError } from '../../../shared/errors';
import { MAX_ZIP_ENTRIES } from '../parse-limits';

export const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
/** All entries together: a small archive can't make Hamish inflate gigabytes. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

/** Builds the error for a file that is not what its format says, from a short reason. */
export type InvalidFile = (reason: string) => UserError;

/** JSZip keeps the central directory's sizes on an internal field; the public type omits it. */
function declaredSize(entry: JSZip.JSZipObject): number {
  return (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

/** JSZip's streaming reader exists at runtime but is missing from its type declarations. */
interface StreamingEntry {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

/** A central directory record's signature ("PK\x01\x02"): one per entry. */
const CENTRAL_ENTRY = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/**
 * Counts the archive's entries before JSZip reads them (200,000 empty entries cost it
 * seconds and hundreds of MB), by their central directory signatures; stops past `max`.
 */
function entriesOver(bytes: Uint8Array, max: number): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(CENTRAL_ENTRY); at !== -1; at = buffer.indexOf(CENTRAL_ENTRY, at + 4))
    if (++count > max) return true;
  return false;
}

function decodeText(bytes: Uint8Array): string {
  // XML in these formats is UTF-8 or UTF-16, told apart by the byte order mark.
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

export class ZipArchive {
  #inflated = 0;

  private constructor(
    private readonly zip: JSZip,
    private readonly invalid: InvalidFile,
  ) {}

  static async open(bytes: Uint8Array, invalid: InvalidFile): Promise<ZipArchive> {
    if (entriesOver(bytes, MAX_ZIP_ENTRIES)) throw invalid(`it holds more than ${MAX_ZIP_ENTRIES.toLocaleString('en')} files`);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw invalid(/central directory/i.test(message) ? 'not a zip archive' : `damaged archive: ${message}`);
    }
    let declaredTotal = 0;
    for (const entry of Object.values(zip.files)) {
      if (declaredSize(entry) > MAX_ENTRY_BYTES) throw invalid(`${entry.name} is larger than 50 MB uncompressed`);
      declaredTotal += declaredSize(entry);
    }
    if (declaredTotal > MAX_TOTAL_BYTES) throw invalid('its contents are larger than 200 MB uncompressed');
    return new ZipArchive(zip, invalid);
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  get paths(): string[] {
    return Object.values(this.zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name);
  }

  /** The entry's bytes, or undefined if the archive has no such file. */
  async bytes(path: string): Promise<Uint8Array | undefined> {
    const entry = this.zip.file(path);
    if (!entry) return undefined;
    const stream = (entry as unknown as StreamingEntry).internalStream('uint8array');
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let total = 0;
      stream
        .on('data', (chunk) => {
          total += chunk.length;
          this.#inflated += chunk.length;
          if (total > MAX_ENTRY_BYTES || this.#inflated > MAX_TOTAL_BYTES) {
            // Stop inflating at once; the declared size was a lie.
            stream.pause();
            reject(
              this.invalid(
                total > MAX_ENTRY_BYTES
                  ? `${path} is larger than 50 MB uncompressed`
                  : 'its contents are larger than 200 MB uncompressed',
              ),
            );
            return;
          }
          chunks.push(chunk);
        })
        .on('error', (error) => reject(this.invalid(`${path} is damaged: ${error.message}`)))
        .on('end', () => {
          const out = new Uint8Array(total);
          let offset = 0;
          for (const chunk of chunks) {
            out.set(chunk, offset);
            offset += chunk.length;
          }
          resolve(out);
        })
        .resume();
    });
  }

  async text(path: string): Promise<string | undefined> {
    const bytes = await this.bytes(path);
    return bytes && decodeText(bytes);
  }
}
