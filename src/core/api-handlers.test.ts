// The contract's handlers over a real core: the rules they used to hold now live
// in the services, and the services tell the shells what changed.
import { afterEach, describe, expect, it } from 'vitest';
import { seedsDir, tempDir } from '../../tests/temp-dir';
import type { ApiEvent, ApiEvents, ApiHandlers } from '../shared/api';
import { pairKey } from '../shared/pairs';
import { dispatch } from '../shared/rpc';
import { createApiHandlers } from './api-handlers';
import { HamishCore } from './container';

let core: HamishCore | undefined;
afterEach(async () => {
  await core?.shutdown();
  core = undefined;
});

async function boot(): Promise<{ core: HamishCore; handlers: ApiHandlers; events: [ApiEvent, unknown][]; ids: string[] }> {
  core = await HamishCore.boot({ dataDir: await tempDir(), shell: 'web', version: 'test', lockOwner: 'test' });
  const events: [ApiEvent, unknown][] = [];
  core.events.subscribe((event, payload) => events.push([event, payload]));
  const handlers = createApiHandlers(core);
  await handlers.addPaths({ paths: [seedsDir] });
  const ids = core.library
    .list()
    .map((d) => d.id)
    .sort();
  return { core, handlers, events, ids };
}

function payloads<E extends ApiEvent>(events: [ApiEvent, unknown][], name: E): ApiEvents[E][] {
  return events.filter(([e]) => e === name).map(([, p]) => p as ApiEvents[E]);
}

describe('pins', () => {
  it('are kept once per pair: read with the ids reversed, they come back reversed', async () => {
    const { handlers, ids } = await boot();
    const [a, b] = ids as [string, string];
    expect(
      await handlers.savePins({
        left: a,
        right: b,
        pins: [
          [3, 4],
          [0, 1],
        ],
      }),
    ).toEqual([
      [0, 1],
      [3, 4],
    ]);
    expect(await handlers.getPins({ left: b, right: a })).toEqual([
      [1, 0],
      [4, 3],
    ]);
    // Saved from the other side, they replace the same pair's pins, in canonical order in the file.
    expect(await handlers.savePins({ left: b, right: a, pins: [[5, 2]] })).toEqual([[5, 2]]);
    expect(await handlers.getPins({ left: a, right: b })).toEqual([[2, 5]]);
    expect(core!.libraryFile.data.pairs).toEqual({ [pairKey(a, b)]: [[2, 5]] });
    expect(pairKey(b, a)).toBe(`${a}|${b}`);
  });

  it('must be monotone: one per paragraph, in the same order on both sides', async () => {
    const { handlers, ids } = await boot();
    const [a, b] = ids as [string, string];
    const crossed = dispatch(handlers, 'savePins', {
      left: a,
      right: b,
      pins: [
        [0, 5],
        [3, 1],
      ],
    });
    expect(await crossed).toEqual({ ok: false, code: 'failed', error: expect.stringContaining('same order') });
    const shared = dispatch(handlers, 'savePins', {
      left: a,
      right: b,
      pins: [
        [2, 1],
        [2, 3],
      ],
    });
    expect(await shared).toMatchObject({ ok: false, code: 'failed' });
    const reversedCrossed = dispatch(handlers, 'savePins', {
      left: b,
      right: a,
      pins: [
        [1, 1],
        [1, 2],
      ],
    });
    expect(await reversedCrossed).toMatchObject({ ok: false, code: 'failed' });
    expect(await handlers.getPins({ left: a, right: b })).toEqual([]);
  });
});

describe('settings and reading positions', () => {
  it('saves a change to the settings and keeps the rest', async () => {
    const { handlers } = await boot();
    const before = await handlers.getSettings({});
    const after = await handlers.saveSettings({ theme: 'sepia', fontSize: 22 });
    expect(after).toEqual({ ...before, theme: 'sepia', fontSize: 22 });
    expect(await handlers.getSettings({})).toEqual(after);
    expect(await dispatch(handlers, 'saveSettings', { fontSize: 100 })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('saves a reading position for a known document only', async () => {
    const { handlers, ids } = await boot();
    expect(await handlers.saveReadingPosition({ id: ids[0]!, offset: 120 })).toEqual({ offset: 120 });
    expect((await handlers.getDocument({ id: ids[0]! })).position).toBe(120);
    await expect(handlers.saveReadingPosition({ id: 'nope', offset: 1 })).rejects.toThrow('No document with id "nope"');
  });
});

describe('events', () => {
  it('the library tells why it changed, and imports report their progress', async () => {
    const { handlers, events, ids } = await boot();
    expect(payloads(events, 'libraryChanged')).toEqual([{ reason: 'import' }]);
    expect(payloads(events, 'importProgress').at(-1)).toMatchObject({ finished: true });
    await handlers.removeDocuments({ ids: [ids[0]!] });
    expect(payloads(events, 'libraryChanged')).toEqual([{ reason: 'import' }, { reason: 'remove' }]);
  });

  it('annotations tell which documents changed: both ends of a link', async () => {
    const { handlers, events, ids } = await boot();
    const [a, b] = ids as [string, string];
    const link = await handlers.addAnnotation({ docId: a, start: 0, end: 10, target: { docId: b, start: 0, end: 10 } });
    expect(payloads(events, 'annotationsChanged')).toEqual([{ docIds: [a, b] }]);
    await handlers.updateAnnotation({ id: link.id, note: 'n' });
    await handlers.deleteAnnotation({ id: link.id });
    await handlers.restoreAnnotation({ id: link.id });
    await handlers.reattachAnnotation({ id: link.id, start: 2, end: 8 });
    expect(payloads(events, 'annotationsChanged')).toHaveLength(5);
  });

  it('a shell without dialogs says so', async () => {
    const { handlers, ids } = await boot();
    await expect(handlers.choosePaths({ kind: 'files' })).rejects.toThrow('needs the desktop app');
    await expect(handlers.revealFile({ id: ids[0]! })).rejects.toThrow('needs the desktop app');
  });

  it("reveals a document's file through the shell's hook", async () => {
    const { core, ids } = await boot();
    const shown: string[] = [];
    const handlers = createApiHandlers(core, { revealFile: (path) => shown.push(path) });
    const doc = core.library.list().find((d) => d.id === ids[0])!;
    expect(await handlers.revealFile({ id: doc.id })).toEqual({ path: doc.path });
    expect(shown).toEqual([doc.path]);
  });
});
