// Issue 15 end to end, in the web shell: a linked pair of Arabic reports exported as Obsidian
// notes in Arabic, rendered with a CommonMark renderer (markdown-it) in Chromium the way
// Obsidian's reading view shows them (properties, [[wiki-links]], tags, every block dir="auto"),
// their links checked against the files written; "Copy with citation" from the reader's menu;
// and a hamish:// link answered at the web shell's own address.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import type { Page } from '@playwright/test';
import { projectRoot } from '../scripts/electron-binary.mjs';
import { expect, test } from './fixtures';
import { openNotes, selectPassage } from './models/notes';

const IRAQ = /^صعدت السلطات العراقية/;
const KADHIMI = 'الكاظمي يرسم ملامح المواجهة مع الميليشيات';
const PASSAGE = 'مليونا و800 ألف عنصر عسكرى';

/** Calls the app's API from the page, with its session, as the renderer does. */
async function api<T>(page: Page, method: string, args: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ method, args }) =>
      (
        await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(args),
        })
      ).json(),
    { method, args },
  );
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value as T;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A note as Obsidian's reading view shows it: properties, then the body, each block taking its own direction. */
function obsidianHtml(markdown: string): string {
  const [, yaml = '', body = markdown] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const properties = parseYaml(yaml) as Record<string, unknown>;
  const rows = Object.entries(properties)
    .map(
      ([key, value]) =>
        `<tr><th>${escapeHtml(key)}</th><td dir="auto">${escapeHtml(Array.isArray(value) ? value.join(', ') : String(value))}</td></tr>`,
    )
    .join('');
  const md = new MarkdownIt({ html: true, linkify: false });
  // Obsidian's [[note|alias]] and #tags, which CommonMark leaves as text.
  const withLinks = body
    .replace(
      /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g,
      (_, note: string, alias?: string) =>
        `<a class="internal-link" data-href="${escapeHtml(note)}" href="${escapeHtml(note)}.md">${escapeHtml(alias ?? note)}</a>`,
    )
    .replace(
      /(^|\s)#([\p{L}\p{M}\p{N}_\-/]+)/gu,
      (_, space: string, tag: string) => `${space}<a class="tag" href="#${escapeHtml(tag)}">#${escapeHtml(tag)}</a>`,
    );
  const html = md.render(withLinks).replace(/<(p|h[1-6]|li|blockquote|ul|ol)>/g, '<$1 dir="auto">');
  return `<section class="note"><table class="properties">${rows}</table><div class="markdown-preview-view">${html}</div></section>`;
}

const OBSIDIAN_CSS = `
  body { margin: 0; font: 16px/1.6 "Noto Naskh Arabic", "Noto Sans", sans-serif; background: #1e1e1e; color: #dadada; display: flex; gap: 12px; padding: 12px; }
  .note { flex: 1; background: #262626; border-radius: 8px; padding: 8px 24px; min-width: 0; }
  .properties { font-size: 12px; color: #999; border-collapse: collapse; margin: 8px 0 12px; }
  .properties th { text-align: start; padding: 1px 12px 1px 0; font-weight: normal; color: #777; }
  h1 { font-size: 1.6em; margin: .4em 0; } h2 { font-size: 1.25em; color: #c9b8ff; }
  blockquote { border-inline-start: 3px solid #7f6df2; margin: .5em 0; padding-inline-start: 12px; color: #bbb; }
  a { color: #a88bfa; } a.internal-link { color: #b9a2ff; text-decoration: underline dotted; }
  a.tag { background: #3b3356; color: #c9b8ff; border-radius: 10px; padding: 0 6px; text-decoration: none; font-size: .85em; }
`;

test('a linked pair exported from the web shell reads as two Obsidian notes that link each other, right to left', async ({
  hamish,
  dataDir,
}, testInfo) => {
  test.skip(!hamish.url, 'the web shell');
  const { app, page } = hamish;
  const left = (await app.document(KADHIMI).getAttribute('data-doc-id'))!;
  const right = (await app.document(IRAQ).getAttribute('data-doc-id'))!;
  await api(page, 'addAnnotation', {
    docId: right,
    kind: 'link',
    quote: PASSAGE,
    note: 'المصدر الثاني يذكر 1.8 مليون، والأول يغفل الرقم',
    tags: ['#مقارنة', 'العراق/الجيش'],
    target: { docId: left, quote: 'هجومات صاروخية جديدة ضد القوات الأمريكية' },
  });

  // Export both notes in Arabic from the export dialog.
  const out = join(dataDir, '..', `${dataDir.split('/').pop()}-vault`);
  await app.open(IRAQ);
  await (await openNotes(app.reader)).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await dialog.getByLabel('The whole library').check();
  await dialog.getByLabel('Headings and labels in').selectOption('ar');
  await dialog.getByLabel('Folder').fill(out);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Exported 2 files');
  const files = (await readdir(out)).sort();
  expect(files).toEqual([`${KADHIMI}.md`, `${files.find((f) => IRAQ.test(f))}`].sort());
  const notes = await Promise.all(files.map(async (f) => ({ name: f, text: await readFile(join(out, f), 'utf8') })));
  for (const note of notes) {
    expect(note.text).toContain('## روابط إلى مستندات أخرى');
    expect(note.text).not.toContain('##مقارنة');
    expect(note.text).toContain('#مقارنة');
    expect(note.text).toMatch(/\[\[[^\]]+\]\] · \[افتح في هامش\]\(hamish:\/\/open\?doc=/);
  }

  // Rendered as Obsidian shows them, side by side.
  const view = await page.context().newPage();
  await view.setViewportSize({ width: 1280, height: 900 });
  await view.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>${OBSIDIAN_CSS}</style></head><body>${notes.map((n) => obsidianHtml(n.text)).join('')}</body></html>`,
  );
  // Each note's wiki-link reaches the other note's file, so Obsidian's graph and backlinks join them.
  const targets = await view
    .locator('a.internal-link')
    .evaluateAll((links) => links.map((a) => `${a.getAttribute('data-href')}.md`));
  expect(targets.sort()).toEqual([...files].sort());
  for (const i of [0, 1]) {
    expect(await view.locator('.note').nth(i).locator('a.internal-link').getAttribute('href')).toBe(notes[1 - i]!.name);
  }
  // Arabic headings, labels, notes and tags read right to left; the hamish:// link stays beside.
  const directions = await view
    .locator('.markdown-preview-view')
    .first()
    .evaluate((root) =>
      [...root.querySelectorAll('h1, h2, p, li')].map((el) => [
        el.textContent!.trim().slice(0, 30),
        getComputedStyle(el).direction,
      ]),
    );
  expect(directions.length).toBeGreaterThan(4);
  for (const [text, direction] of directions) expect(direction, text).toBe('rtl');
  await expect(view.locator('a.tag').first()).toHaveText(/^#(مقارنة|العراق\/الجيش)$/);
  await expect(view.locator('a[href^="hamish://open"]').first()).toBeVisible();
  await view.screenshot({ path: testInfo.outputPath('obsidian-notes.png') });
  if (process.env.UPDATE_SCREENSHOTS)
    await view.screenshot({ path: join(projectRoot, 'docs', 'screenshot-obsidian-export.png') });
  await view.close();
});

test('copy with citation puts the quote, then the source with its outlet, author, date and URL', async ({
  hamish,
  dataDir,
}, testInfo) => {
  test.skip(!hamish.url, 'the web shell');
  const { app, page } = hamish;
  const folder = join(dataDir, '..', `${dataDir.split('/').pop()}-clipped`);
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, 'youm7.md'),
    '---\ntitle: الحكومة العراقية تعلن خطة لإدارة المياه\noutlet: اليوم السابع\nauthor: محمد علي\ndate: 2020-07-12\nsource: https://www.youm7.com/story/2020/7/12/4874231\n---\n\nأعلنت الحكومة العراقية خطة وطنية جديدة لإدارة الموارد المائية تمتد حتى عام 2030.\n',
  );
  await api(page, 'addPaths', { paths: [folder] });
  await app.open('الحكومة العراقية تعلن خطة لإدارة المياه');
  // The source in the header; opening it asks first.
  const source = app.reader.locator('.article-source a');
  await expect(source).toHaveAttribute('href', 'https://www.youm7.com/story/2020/7/12/4874231');
  await expect(source).toHaveAttribute('target', '_blank');

  // The clipboard, read through the page (a stand-in for navigator.clipboard.writeText).
  await page.evaluate(() => {
    const copied: string[] = [];
    Object.assign(window, { copied });
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (text: string) => void copied.push(text),
    });
  });
  const QUOTE = 'خطة وطنية جديدة لإدارة الموارد المائية';
  await selectPassage(app.reader, QUOTE);
  const box = await page.evaluate(() => {
    const r = getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Selection actions' });
  await menu.getByRole('menuitem', { name: 'Copy with citation' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { copied: string[] }).copied.length)).toBe(1);
  const [text] = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(text).toBe(
    `«${QUOTE}»\n\nمحمد علي. (2020, July 12). الحكومة العراقية تعلن خطة لإدارة المياه. اليوم السابع. https://www.youm7.com/story/2020/7/12/4874231\n`,
  );
  await page.screenshot({ path: testInfo.outputPath('copy-with-citation.png') });

  // A hamish:// link at the web shell's own address opens the same place.
  const id = (await app.document('الحكومة العراقية تعلن خطة لإدارة المياه').getAttribute('data-doc-id'))!;
  await page.goto(new URL(`/open?doc=${id}`, hamish.url).href);
  await expect(page).toHaveURL(new RegExp(`#/open\\?doc=${id}$`));
  await expect(app.title).toHaveText('الحكومة العراقية تعلن خطة لإدارة المياه');
});
