// hamish compare and hamish similar, over a real data folder.
import { describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import { STORY_TITLES, writeStory } from '../../tests/fixtures/story';
import { hamish } from '../../tests/hamish-cli';

describe('hamish compare and similar', () => {
  it('prints the documented JSON: pairs and one-sided passages by block index, and the differences', async () => {
    const dataDir = await tempDir();
    expect((await hamish('--data-dir', dataDir, 'add', await writeStory(await tempDir()), seedsDir)).code).toBe(0);
    const docs = JSON.parse((await hamish('--data-dir', dataDir, 'list', '--json')).stdout) as { id: string; title: string }[];
    const id = (title: string) => docs.find((d) => d.title === title)!.id;

    const compared = await hamish('--data-dir', dataDir, 'compare', id(STORY_TITLES.okaz), id(STORY_TITLES.riyadh), '--json');
    expect(compared.stderr).toBe('');
    const json = JSON.parse(compared.stdout);
    expect(Object.keys(json)).toEqual(['method', 'pairs', 'onlyLeft', 'onlyRight', 'differences']);
    expect(json.method).toBe('content');
    expect(json.pairs).toContainEqual({ left: 0, right: 1, score: expect.any(Number) });
    expect(json.onlyLeft).toEqual([3]);
    expect(json.differences).toContainEqual({
      kind: 'number',
      side: 'both',
      text: expect.stringMatching(/1800.*2100/),
      left: 0,
      right: 1,
    });

    const readable = await hamish('--data-dir', dataDir, 'compare', id(STORY_TITLES.okaz), id(STORY_TITLES.riyadh));
    expect(readable.stdout).toContain('Paired by content: 3 matched passages');
    expect(readable.stdout).toContain('number (conflict)');

    const similar = JSON.parse(
      (await hamish('--data-dir', dataDir, 'similar', id(STORY_TITLES.okaz), '--limit', '2', '--json')).stdout,
    );
    expect(similar).toHaveLength(2);
    expect(similar[0]).toEqual({
      docId: id(STORY_TITLES.sabq),
      title: STORY_TITLES.sabq,
      score: expect.any(Number),
      nearDuplicate: true,
    });

    expect((await hamish('--data-dir', dataDir, 'compare', id(STORY_TITLES.okaz))).code).toBe(1);
    expect((await hamish('--data-dir', dataDir, 'similar', 'nope', '--json')).stderr).toContain('No document with id "nope"');
  });
});
