// The reader's settings, kept in the library file: read whole, saved a change at a time.
import type { Settings } from '../../shared/types';
import type { LibraryFile } from '../store/library-file';

export class SettingsService {
  constructor(private readonly libraryFile: LibraryFile) {}

  get(): Settings {
    return this.libraryFile.data.settings;
  }

  async save(change: Partial<Settings>): Promise<Settings> {
    await this.libraryFile.update((data) => {
      data.settings = { ...data.settings, ...change };
    });
    return this.libraryFile.data.settings;
  }
}
