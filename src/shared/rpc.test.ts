import { describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from './api';
import { defaultSettings } from './types';
import { createApiClient, dispatch } from './rpc';
import { UserError } from './errors';

function handlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  return {
    getAppInfo: async () => ({ version: '1', shell: 'web', dataDir: '/d', notices: [] }),
    listDocuments: async () => [],
    getDocument: async ({ id }) => {
      throw new UserError(`No document with id "${id}" in the library`);
    },
    addPaths: async () => ({ added: 0, updated: 0, skipped: 0, errors: [] }),
    cancelImport: async () => ({ cancelled: false }),
    listFolders: async () => [],
    removeFolder: async () => [],
    removeDocuments: async ({ ids }) => ({ removed: ids.length }),
    choosePaths: async () => [],
    revealFile: async () => Promise.reject(new UserError('not in this test')),
    search: async () => ({ hits: [], total: 0, indexing: false }),
    listSavedSearches: async () => [],
    saveSearch: async () => [],
    removeSavedSearch: async () => [],
    exportSearch: async () => ({ files: [] }),
    getSettings: async () => defaultSettings,
    saveSettings: async (change) => ({ ...defaultSettings, ...change }),
    saveReadingPosition: async ({ offset }) => ({ offset }),
    getPins: async () => [],
    savePins: async ({ pins }) => pins,
    listAnnotations: async () => ({ items: [], total: 0 }),
    addAnnotation: async () => Promise.reject(new UserError('not in this test')),
    updateAnnotation: async () => Promise.reject(new UserError('not in this test')),
    deleteAnnotation: async () => Promise.reject(new UserError('not in this test')),
    restoreAnnotation: async () => Promise.reject(new UserError('not in this test')),
    reattachAnnotation: async () => Promise.reject(new UserError('not in this test')),
    exportNotes: async () => ({ files: [] }),
    citeDocuments: async () => ({ text: '' }),
    compareDocuments: async () => Promise.reject(new UserError('not in this test')),
    diffDocuments: async () => Promise.reject(new UserError('not in this test')),
    similarDocuments: async () => [],
    listNearDuplicates: async () => [],
    exportComparison: async () => ({ files: [] }),
    getSaveStatus: async () => ({ unsaved: false, error: null }),
    previewBackup: async () => Promise.reject(new UserError('not in this test')),
    importBackup: async () => Promise.reject(new UserError('not in this test')),
    ...overrides,
  };
}

describe('dispatch', () => {
  it('runs a valid call and wraps its value', async () => {
    expect(await dispatch(handlers(), 'listDocuments', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses unknown methods, including inherited names', async () => {
    expect(await dispatch(handlers(), 'deleteEverything', {})).toMatchObject({ ok: false, code: 'unknown-method' });
    expect(await dispatch(handlers(), 'toString', {})).toMatchObject({ ok: false, code: 'unknown-method' });
  });

  it('validates arguments with the contract before the handler runs', async () => {
    const addPaths = vi.fn();
    const result = await dispatch(handlers({ addPaths }), 'addPaths', { paths: [] });
    expect(result).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(!result.ok && result.error).toContain('give at least one file or folder path');
    expect(await dispatch(handlers({ addPaths }), 'addPaths', { paths: ['/x'], extra: 1 })).toMatchObject({ ok: false });
    expect(await dispatch(handlers({ addPaths }), 'getDocument', { id: 42 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(addPaths).not.toHaveBeenCalled();
  });

  it('returns a user error as its message and an internal error as a readable failure', async () => {
    expect(await dispatch(handlers(), 'getDocument', { id: 'nope' })).toEqual({
      ok: false,
      code: 'failed',
      error: 'No document with id "nope" in the library',
    });
    const log = vi.fn();
    const broken = handlers({ listDocuments: async () => Promise.reject(new Error('disk on fire')) });
    const result = await dispatch(broken, 'listDocuments', {}, log);
    expect(result).toMatchObject({ ok: false, code: 'internal' });
    expect(!result.ok && result.error).toContain('disk on fire');
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('createApiClient', () => {
  it('turns envelopes back into values and thrown errors', async () => {
    const api = createApiClient((method, args) => dispatch(handlers(), method, args));
    await expect(api.listDocuments({})).resolves.toEqual([]);
    await expect(api.getDocument({ id: 'x' })).rejects.toThrow('No document with id "x"');
  });
});
