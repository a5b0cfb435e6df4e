// Interface strings in one place, so the Arabic interface can replace them.
export const strings = {
  appName: 'Hamish',
  library: 'Library',
  documentsCount: (n: number) => (n === 1 ? '1 document' : `${n} documents`),
  words: (n: number) => `${n.toLocaleString('en')} words`,
  emptyLibrary: 'The library is empty. Add a file or a folder of .txt or .md articles.',
  loadingLibrary: 'Loading the library…',
  addPathLabel: 'Add a file or folder by path',
  addPathPlaceholder: '/path/to/articles',
  addButton: 'Add',
  importing: (done: number, total: number) => (total ? `Importing ${done} of ${total}…` : 'Looking for articles…'),
  importReport: (added: number, updated: number, skipped: number, refused: number) =>
    `Added ${added}, updated ${updated}, unchanged ${skipped}, refused ${refused}.`,
  chooseDocument: 'Choose an article from the library to read it.',
  loadingDocument: 'Opening…',
  language: { ar: 'Arabic', en: 'English', mixed: 'Mixed' } as Record<string, string>,
  dismiss: 'Dismiss',
} as const;
