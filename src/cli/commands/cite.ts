// hamish cite: documents' citations on standard output, in a data format (CSL-JSON, BibTeX, RIS)
// or as formatted references (APA, Chicago); the whole library with --all, a search's documents
// with --search. citation-js is loaded only here (core/citations), so other commands stay fast.
import { UserError } from '../../shared/errors';
import { call, flag, OPTION, readCore, text, type CliCommand } from '../command';

export const cite: CliCommand = {
  name: 'cite',
  usage: 'cite ID... | --all | --search QUERY [--format F] [--quote TEXT]',
  summary: 'print citations: csl, bibtex, ris, apa (default) or chicago;\n--quote: the quote, then its reference',
  options: { format: OPTION.format, all: OPTION.all, search: OPTION.search, quote: OPTION.quote },
  async run(input) {
    const { ctx, values, args } = input;
    const query = text(values, 'search');
    const every = flag(values, 'all');
    if ([args.length > 0, every, query !== undefined].filter(Boolean).length !== 1) {
      throw new UserError('cite needs document ids, --all or --search QUERY (see hamish list)');
    }
    const { core, handlers } = await readCore(input);
    let ids: string[] | undefined = args.length ? args : undefined;
    if (query !== undefined) {
      // The search index, loaded as `hamish search` loads it; its results in rank order.
      await core.search.boot();
      try {
        await core.search.ready();
        const { hits } = await call(handlers, 'search', { query, limit: 500 });
        ids = [...new Set(hits.map((hit) => hit.docId))];
      } finally {
        await core.search.shutdown();
      }
      if (!ids.length) throw new UserError(`no document matches "${query}"`);
    }
    const { text: citations } = await call(handlers, 'citeDocuments', {
      ids,
      format: (text(values, 'format') ?? 'apa') as 'apa',
      quote: text(values, 'quote'),
    });
    ctx.stdout(citations);
    return 0;
  },
};
