// Binds the contract to the core services, one line a method: the rules live in
// the services (which also tell the shells what changed), so every shell (Electron
// IPC, the web shell, the CLI) gets the same behaviour through dispatch().
import type { ApiHandlers } from '../shared/api';
import type { HamishCore } from './container';
import { ShellDialogs, type ShellHooks } from './shell-dialogs';
import { typedPath } from './typed-path';

export type { ShellHooks } from './shell-dialogs';

export function createApiHandlers(core: HamishCore, hooks: ShellHooks = {}): ApiHandlers {
  const dialogs = new ShellDialogs(hooks);
  return {
    getAppInfo: async () => core.info(),
    listDocuments: async () => core.library.list(),
    getDocument: async ({ id }) => core.library.get(id),
    // Typed paths (the web shell's path box, export folders) are read from the home folder: see typed-path.ts.
    addPaths: async ({ paths }) => core.library.add(paths.map((p) => typedPath(p))),
    cancelImport: async () => ({ cancelled: core.library.cancelImport() }),
    listFolders: async () => core.library.listFolders(),
    removeFolder: async ({ path }) => core.library.removeFolder(path),
    removeDocuments: async ({ ids }) => ({ removed: await core.library.remove(ids) }),
    search: async (args) => core.search.search(args),
    getSettings: async () => core.settings.get(),
    saveSettings: async (change) => core.settings.save(change),
    saveReadingPosition: async ({ id, offset }) => core.reading.savePosition(id, offset),
    getPins: async ({ left, right }) => core.reading.getPins(left, right),
    savePins: async ({ left, right, pins }) => core.reading.savePins(left, right, pins),
    listAnnotations: async (args) => core.annotations.page(args),
    addAnnotation: async (input) => core.annotations.add(input),
    updateAnnotation: async ({ id, ...change }) => core.annotations.update(id, change),
    deleteAnnotation: async ({ id }) => core.annotations.remove(id),
    restoreAnnotation: async ({ id }) => core.annotations.restore(id),
    reattachAnnotation: async ({ id, start, end, side }) => core.annotations.reattach(id, start, end, side),
    exportNotes: async ({ out, template, ...args }) =>
      core.exports.exportNotes({ ...args, out: typedPath(out), ...(template ? { template: typedPath(template) } : {}) }),
    getSaveStatus: async () => core.dataFolder.status,
    compareDocuments: async ({ left, right }) => core.compare.compare(left, right),
    diffDocuments: async ({ left, right }) => core.compare.diff(left, right),
    similarDocuments: async ({ id, limit }) => core.compare.similar(id, limit),
    listNearDuplicates: async () => core.compare.nearDuplicates(),
    exportComparison: async ({ left, right, out }) => core.compare.exportMarkdown(left, right, typedPath(out)),
    choosePaths: async ({ kind }) => dialogs.choosePaths(kind),
    revealFile: async ({ id }) => dialogs.revealFile((await core.library.get(id)).path),
  };
}
