// What only a shell can do (native dialogs): the Electron shell passes its hooks
// in; the web shell and the CLI have none, and asking for one is a clear error.
import { UserError } from '../shared/errors';

export interface ShellHooks {
  choosePaths?: (kind: 'files' | 'folder') => Promise<string[]>;
}

export class ShellDialogs {
  constructor(private readonly hooks: ShellHooks = {}) {}

  async choosePaths(kind: 'files' | 'folder'): Promise<string[]> {
    if (!this.hooks.choosePaths) throw new UserError('Choosing files needs the desktop app; type a path instead');
    return this.hooks.choosePaths(kind);
  }
}
