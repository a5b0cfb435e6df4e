// hamish notes add: a highlight on a passage found by its words (spelling folded).
import type { HighlightColor } from '../../shared/types';
import { UserError } from '../../shared/errors';
import { call, flag, OPTION, text, texts, withCore, type CliCommand } from '../command';

export const notesAdd: CliCommand = {
  name: 'notes add',
  usage: 'notes add --doc ID --quote TEXT [--note TEXT] [--tag T]... [--color C]',
  summary: 'highlight a passage, found by its words (spelling folded)',
  options: { doc: OPTION.doc, quote: OPTION.quote, note: OPTION.note, tag: OPTION.tag, color: OPTION.color, json: OPTION.json },
  async run(input) {
    const { ctx, values } = input;
    const docId = text(values, 'doc');
    const quote = text(values, 'quote');
    if (!docId || !quote) throw new UserError('notes add needs --doc ID and --quote TEXT');
    return withCore(input, 'hamish notes add', async ({ handlers }) => {
      const added = await call(handlers, 'addAnnotation', {
        docId,
        quote,
        note: text(values, 'note'),
        tags: texts(values, 'tag'),
        // The contract's schema checks the colour's name.
        color: text(values, 'color') as HighlightColor | undefined,
      });
      ctx.stdout(flag(values, 'json') ? `${JSON.stringify(added)}\n` : `added ${added.id}\n`);
      return 0;
    });
  },
};
