import { readdir, readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/temp-dir';
import { STORY_TITLES, writeStory } from '../../../tests/fixtures/story';
import { HamishCore } from '../container';

let core: HamishCore | null = null;
afterEach(async () => {
  await core?.shutdown();
  core = null;
});

async function story() {
  const dataDir = await tempDir();
  core = await HamishCore.boot({ dataDir, shell: 'web', version: 'test', lockOwner: 'test' });
  await core.library.add([await writeStory(await tempDir())]);
  const id = (title: string) => core!.library.list().find((d) => d.title === title)!.id;
  return { core, okaz: id(STORY_TITLES.okaz), riyadh: id(STORY_TITLES.riyadh), sabq: id(STORY_TITLES.sabq) };
}

describe('CompareService', () => {
  it('pairs two outlets’ reports by content, across a different order, and lists what each alone has', async () => {
    const { core, okaz, riyadh } = await story();
    const c = await core.compare.compare(okaz, riyadh);
    expect(c.method).toBe('content');
    // The cases ↔ the cases (second in Riyadh), the spokesman ↔ the spokesman, the masks ↔ the masks (first in Riyadh).
    expect(c.pairs.map((p) => [p.left, p.right]).sort()).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
    expect(c.onlyLeft).toEqual([3]); // the field hospital
    expect(c.onlyRight).toEqual([3]); // the minister's words
    // The chain keeps both orders: two of the three crossing pairs.
    expect(c.chain).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(c.nearDuplicate).toBe(false);
  });

  it('names the conflicting number and the quotation only one report has; spelling is never a difference', async () => {
    const { core, okaz, riyadh } = await story();
    const { differences } = await core.compare.compare(okaz, riyadh);
    const conflict = differences.find((d) => d.side === 'both');
    expect(conflict).toMatchObject({ kind: 'number', left: { block: 0, text: '1800' }, right: { block: 1, text: '2100' } });
    const left = await core.library.get(okaz);
    expect(left.text.slice(conflict!.left!.start, conflict!.left!.end)).toBe('1800');
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'quote', side: 'right', text: 'نحن أمام مرحلة حرجة تتطلب تعاون الجميع' }),
    );
    expect(differences.map((d) => d.text).join(' ')).not.toMatch(/العبدالعالي|250/);
  });

  it('shows an agency copy as a word diff: the word it changed and the sentence it added, not its spelling', async () => {
    const { core, okaz, sabq } = await story();
    expect((await core.compare.compare(okaz, sabq)).nearDuplicate).toBe(true);
    const [left, right] = await Promise.all([core.library.get(okaz), core.library.get(sabq)]);
    const { ops, stats } = await core.compare.diff(okaz, sabq);
    const marked = ops
      .filter((op) => op.op !== 'equal')
      .map((op) => [
        op.op,
        op.left && left.text.slice(op.left.start, op.left.end),
        op.right && right.text.slice(op.right.start, op.right.end),
      ]);
    expect(marked).toContainEqual(['changed', 'المستجد', 'الجديد']);
    expect(marked.some(([kind, , r]) => kind === 'added' && r?.includes('وقد بدأ المستشفى استقبال المرضى'))).toBe(true);
    expect(JSON.stringify(marked)).not.toMatch(/الاحد|الرسمى/);
    expect(stats.equal).toBeGreaterThan(60);
  });

  it('lists the copy first among similar reports, flagged, then the other outlet’s report', async () => {
    const { core, okaz, riyadh, sabq } = await story();
    const similar = await core.compare.similar(okaz, 5);
    expect(similar.map((s) => s.docId)).toEqual([sabq, riyadh]);
    expect(similar[0]).toMatchObject({ nearDuplicate: true, title: STORY_TITLES.sabq });
    expect(similar[1]!.nearDuplicate).toBe(false);
    expect(await core.compare.nearDuplicates()).toEqual([expect.arrayContaining([okaz, sabq])]);
  });

  it('exports the comparison as a Markdown note, never replacing a file already there', async () => {
    const { core, okaz, riyadh } = await story();
    const out = await tempDir();
    const [first] = (await core.compare.exportMarkdown(okaz, riyadh, out)).files;
    const note = await readFile(first!, 'utf8');
    expect(note).toContain('method: content');
    expect(note).toContain('## Matched passages');
    expect(note).toContain('> أعلنت وزارة الصحة السعودية');
    expect(note).toMatch(/Number: 1800 .*≠ 2100/);
    expect(note).toMatch(/hamish:\/\/compare\?left=[\w-]+&right=[\w-]+/);
    const [second] = (await core.compare.exportMarkdown(okaz, riyadh, out)).files;
    expect(second).not.toBe(first);
    expect(await readdir(out)).toHaveLength(2);
  });

  it('refuses to compare a document with itself', async () => {
    const { core, okaz } = await story();
    await expect(core.compare.compare(okaz, okaz)).rejects.toThrow('two different documents');
  });
});
