// hamish search: the library's search, with snippets bracketed for a terminal.
import { UserError } from '../../shared/errors';
import { call, checkArgs, flag, integer, OPTION, type CliCommand } from '../command';
import { searchHitJson } from '../json';
import { terminalField } from '../terminal-text';

export const search: CliCommand = {
  name: 'search',
  usage: 'search QUERY [--limit N] [--json] [--exact]',
  summary:
    'search the library: words (all must match), "a phrase",\n-excluded, lang:ar outlet:NAME folder:PATH from:YYYY-MM-DD\nto:YYYY-MM-DD; --exact turns light stemming off',
  options: { limit: OPTION.limit, json: OPTION.json, exact: OPTION.exact },
  async run(input) {
    const { ctx, values, args } = input;
    if (!args.length) throw new UserError('search needs a query, e.g. hamish search "الكاظمي"');
    const query = { query: args.join(' '), limit: integer(values, 'limit') ?? 20, stemming: !flag(values, 'exact') };
    // A query too long (or a bad --limit) is refused before the index loads.
    await checkArgs('search', query);
    // The search alone, not the whole core: a fresh process per query pays for what it loads (issue 12).
    const { SearchReader } = await import('../../core/search-reader');
    const reader = await SearchReader.open(input.dataDir);
    try {
      const { hits, total } = await call({ search: async (args) => reader.search(args) }, 'search', query);
      if (flag(values, 'json')) {
        ctx.stdout(`${JSON.stringify(hits.map(searchHitJson))}\n`);
        return 0;
      }
      if (!hits.length) ctx.stdout('No matches.\n');
      for (const hit of hits) {
        ctx.stdout(
          `${hit.docId}  ${terminalField(hit.title)}  (${hit.matchCount} match${hit.matchCount === 1 ? '' : 'es'}, score ${hit.score})\n`,
        );
        for (const snippet of hit.snippets) ctx.stdout(`    …${markMatches(snippet.text, snippet.matches)}…\n`);
      }
      if (total > hits.length) ctx.stdout(`(${total - hits.length} more; use --limit)\n`);
      return 0;
    } finally {
      await reader.close();
    }
  },
};

/** Brackets the matches for a terminal: ⟪…⟫ reads clearly in Arabic and English alike. */
export function markMatches(text: string, matches: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += `${text.slice(at, m.start)}⟪${text.slice(m.start, m.end)}⟫`;
    at = m.end;
  }
  return out + text.slice(at);
}
