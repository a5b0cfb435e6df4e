// A saved search: a query the researcher named (its words and inline filters, such as
// `outlet:okaz from:2015-08-01`), with the order and stemming it ran with. Kept in the
// library file, so the library panel lists them after a restart and re-runs one on click.
import { z } from 'zod';

export const searchSortSchema = z.enum(['relevance', 'date', 'outlet']);
export type SearchSort = z.infer<typeof searchSortSchema>;

export const savedSearchSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The query as typed, filters included. */
  query: z.string(),
  sort: searchSortSchema,
  stemming: z.boolean(),
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;
