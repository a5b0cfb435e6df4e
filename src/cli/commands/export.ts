// hamish export: Markdown notes (one file a document, or a user's Mustache template), a JSON backup,
// or the documents' citations as a file (CSL-JSON, BibTeX, RIS, APA, Chicago).
import { flag, call, OPTION, readCore, text, texts, type CliCommand } from '../command';

export const exportNotes: CliCommand = {
  name: 'export',
  usage:
    'export --format md|json|csl|bibtex|ris|apa|chicago --out DIR\n    [--doc ID] [--tag T] [--template FILE] [--lang ar|en] [--force]',
  summary:
    "Markdown notes for Obsidian (one file per document, labels in\n--lang; a Mustache template may replace the default; a note whose\nHamish part you edited is kept unless --force), a JSON backup,\nor the documents' citations (one file)",
  options: {
    format: OPTION.format,
    out: OPTION.out,
    doc: OPTION.doc,
    tag: OPTION.tag,
    template: OPTION.template,
    lang: OPTION.lang,
    force: OPTION.force,
  },
  async run(input) {
    const { ctx, values } = input;
    const { handlers } = await readCore(input);
    const { files } = await call(handlers, 'exportNotes', {
      // The contract's schema checks these, with the API's messages.
      format: text(values, 'format') as 'md',
      out: text(values, 'out') ?? '',
      docId: text(values, 'doc'),
      tag: texts(values, 'tag')?.[0],
      template: text(values, 'template'),
      lang: text(values, 'lang') as 'ar' | undefined,
      ...(flag(values, 'force') ? { force: true } : {}),
    });
    for (const file of files) ctx.stdout(`${file}\n`);
    return 0;
  },
};
