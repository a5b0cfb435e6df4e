// The reader's settings, kept in the library file: read whole, saved a change at a time.
import type { Settings } from '../../shared/types';
import type { StoreService } from '../store/store-service';

export class SettingsService {
  constructor(private readonly store: StoreService) {}

  get(): Settings {
    return this.store.data.settings;
  }

  async save(change: Partial<Settings>): Promise<Settings> {
    await this.store.update((data) => {
      data.settings = { ...data.settings, ...change };
    });
    return this.store.data.settings;
  }
}
