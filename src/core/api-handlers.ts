// Binds the contract to the core services, one line a method: the rules live in
// the services (which also tell the shells what changed), so every shell (Electron
// IPC, the web shell, the CLI) gets the same behaviour through dispatch().
import type { ApiHandlers } from '../shared/api';
import type { HamishCore } from './container';
import { exportSearchResults } from './export/search-results';
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
    search: async (args) => (await core.searchService()).search(args),
    listSavedSearches: async () => core.savedSearches.list(),
    saveSearch: async (search) => core.savedSearches.save(search),
    removeSavedSearch: async ({ id }) => core.savedSearches.remove(id),
    exportSearch: async ({ format, out, ...search }) => {
      const searchService = await core.searchService();
      const paths = new Map(core.library.list().map((d) => [d.id, d.path]));
      return exportSearchResults(search.query, format, out, {
        search: (offset, limit) => searchService.search({ ...search, offset, limit }),
        pathOf: (id) => paths.get(id),
      });
    },
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
    citeDocuments: async (args) => core.exports.cite(args),
    getSaveStatus: async () => core.dataFolder.status,
    previewBackup: async ({ file, mode }) => core.backups.preview(file, mode),
    importBackup: async ({ file, mode, watchFolders }) => core.backups.import(file, mode, { watchFolders }),
    compareDocuments: async ({ left, right }) => core.compare.compare(left, right),
    diffDocuments: async ({ left, right }) => core.compare.diff(left, right),
    similarDocuments: async ({ id, limit }) => core.compare.similar(id, limit),
    listNearDuplicates: async () => core.compare.nearDuplicates(),
    exportComparison: async ({ left, right, out, lang }) =>
      core.compare.exportMarkdown(left, right, typedPath(out), {
        lang: lang ?? core.exports.language(),
        names: core.exports.noteNames(),
      }),
    choosePaths: async ({ kind }) => dialogs.choosePaths(kind),
    revealFile: async ({ id }) => dialogs.revealFile((await core.library.get(id)).path),
  };
}
