// A folder large enough for an import to compress its texts in the parse workers (more than 500
// files, more than the 2 MB of text a dictionary is chosen from): 600 Markdown articles of ~4,000
// characters cut from the sample articles, each with a word of its own in its title (marker(n)).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seedsDir } from './temp-dir';

const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** A word only article n holds. */
export const marker = (n: number) => `كلمة${LETTERS[Math.floor(n / 27) % 27]}${LETTERS[n % 27]}ة`;

export const LARGE_FOLDER_FILES = 600;

export async function writeLargeFolder(dir: string): Promise<void> {
  const seeds = await Promise.all(
    (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).map((f) => readFile(join(seedsDir, f), 'utf8')),
  );
  const body = seeds.join('\n').repeat(2);
  await Promise.all(
    Array.from({ length: LARGE_FOLDER_FILES }, (_, n) =>
      writeFile(join(dir, `${n}.md`), `# تقرير ${marker(n)} الخاص\n\n${body.slice(n, n + 4000)}`),
    ),
  );
}
