// hamish export: Markdown notes (one file a document, or a user's Mustache template) or a JSON backup.
import { call, OPTION, readCore, text, texts, type CliCommand } from '../command';

export const exportNotes: CliCommand = {
  name: 'export',
  usage: 'export --format md|json --out DIR [--doc ID] [--tag T] [--template FILE]',
  summary: 'Markdown notes (one file per document; a Mustache\ntemplate may replace the default) or a JSON backup',
  options: { format: OPTION.format, out: OPTION.out, doc: OPTION.doc, tag: OPTION.tag, template: OPTION.template },
  async run(input) {
    const { ctx, values } = input;
    const { handlers } = await readCore(input);
    const { files } = await call(handlers, 'exportNotes', {
      // The contract's schema checks both, with the API's messages.
      format: text(values, 'format') as 'md' | 'json',
      out: text(values, 'out') ?? '',
      docId: text(values, 'doc'),
      tag: texts(values, 'tag')?.[0],
      template: text(values, 'template'),
    });
    for (const file of files) ctx.stdout(`${file}\n`);
    return 0;
  },
};
