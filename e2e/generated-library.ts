// A generated library for the scale specs: 3,000 small Arabic articles (Markdown with
// front matter: varied titles, outlets and dates) added through the CLI into a data folder
// once per worker; each test starts the web shell on its own copy of that folder.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../scripts/electron-binary.mjs';

export const GENERATED = 3000;
export const OUTLETS = ['صحيفة عكاظ', 'البيان', 'اليوم السابع', 'الشرق الأوسط', 'الجزيرة نت'];
/** Sorts last by title (no other title opens with ي), so it is the list's last row. */
export const LAST_TITLE = 'يوميات الأرشيف الأخيرة';
const WORDS = ['الحكومة', 'بغداد', 'مجلس', 'الأمن', 'تقرير', 'الاقتصاد', 'وزير', 'النفط', 'البرلمان', 'المدينة', 'سوق', 'جامعة'];
const OPENERS = ['', '', '«', '"', '… '];

export interface GeneratedDoc {
  n: number;
  title: string;
  outlet: string;
  date: string;
}

/** Document n: outlet n % 5, dated n days after 2010-01-01 (so document 0 is the oldest). */
export function generatedDoc(n: number): GeneratedDoc {
  const date = new Date(Date.UTC(2010, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const words = [WORDS[n % WORDS.length], WORDS[(n * 7) % WORDS.length], WORDS[(n * 5 + 3) % WORDS.length]];
  const title = n === GENERATED - 1 ? LAST_TITLE : `${OPENERS[n % OPENERS.length]}${words.join(' ')} ${n}`;
  return { n, title, outlet: OUTLETS[n % OUTLETS.length]!, date };
}

async function build(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'hamish-e2e-3000-'));
  const articles = join(root, 'articles');
  await mkdir(articles);
  for (let n = 0; n < GENERATED; n++) {
    const doc = generatedDoc(n);
    const body = `قال ${WORDS[n % 12]} في ${doc.outlet} إن ${WORDS[(n + 4) % 12]} يتابع ملف ${WORDS[(n + 8) % 12]} منذ أسابيع.`;
    await writeFile(
      join(articles, `article-${n}.md`),
      `---\ntitle: '${doc.title}'\noutlet: ${doc.outlet}\ndate: ${doc.date}\nlang: ar\n---\n\n${body}\n\n${body}\n`,
    );
  }
  const dataDir = join(root, 'data');
  await promisify(execFile)(process.execPath, [join(projectRoot, 'bin', 'hamish.js'), 'add', articles, '--data-dir', dataDir], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return dataDir;
}

let template: Promise<string> | undefined;

/** A fresh copy of the generated library's data folder (built the first time it is asked for). */
export async function generatedDataDir(into: string): Promise<void> {
  await cp(await (template ??= build()), into, { recursive: true });
}
