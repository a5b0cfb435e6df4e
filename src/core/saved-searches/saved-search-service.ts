// Saved searches: queries the researcher named, kept in the library file (so they
// survive restarts and travel with the data folder) and listed in the library panel.
// Saving under a name that is taken replaces that search, so re-saving updates it.
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/errors';
import type { SavedSearch, SearchSort } from '../../shared/types';
import type { LibraryFile } from '../store/library-file';

export interface NewSavedSearch {
  name: string;
  query: string;
  sort?: SearchSort;
  stemming?: boolean;
}

export class SavedSearchService {
  constructor(private readonly libraryFile: LibraryFile) {}

  list(): SavedSearch[] {
    return [...this.libraryFile.data.savedSearches];
  }

  async save(input: NewSavedSearch): Promise<SavedSearch[]> {
    const name = input.name.trim();
    const query = input.query.trim();
    if (!name) throw new UserError('give the search a name');
    if (!query) throw new UserError('there is no query to save');
    const search: SavedSearch = {
      id: randomUUID(),
      name,
      query,
      sort: input.sort ?? 'relevance',
      stemming: input.stemming ?? true,
      createdAt: new Date().toISOString(),
    };
    await this.libraryFile.update((data) => {
      const others = data.savedSearches.filter((s) => s.name !== name);
      data.savedSearches = [...others, search];
    });
    return this.list();
  }

  async remove(id: string): Promise<SavedSearch[]> {
    if (!this.libraryFile.data.savedSearches.some((s) => s.id === id)) throw new UserError(`No saved search with id "${id}"`);
    await this.libraryFile.update((data) => {
      data.savedSearches = data.savedSearches.filter((s) => s.id !== id);
    });
    return this.list();
  }
}
