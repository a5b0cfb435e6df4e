// What only a shell can do (native dialogs, the file manager): the Electron shell passes its hooks
// in; the web shell and the CLI have none, and asking for one is a clear error.
import { UserError } from '../shared/errors';

/** Why the web shell can't show a file (the renderer says the same, translated: ctx_revealNeedsDesktop). */
export const REVEAL_NEEDS_DESKTOP = 'Showing the file needs the desktop app';

export interface ShellHooks {
  choosePaths?: (kind: 'files' | 'folder') => Promise<string[]>;
  /** Shows a file in the system's file manager (Electron's shell.showItemInFolder). */
  revealFile?: (path: string) => void;
}

export class ShellDialogs {
  constructor(private readonly hooks: ShellHooks = {}) {}

  async choosePaths(kind: 'files' | 'folder'): Promise<string[]> {
    if (!this.hooks.choosePaths) throw new UserError('Choosing files needs the desktop app; type a path instead');
    return this.hooks.choosePaths(kind);
  }

  revealFile(path: string): { path: string } {
    if (!this.hooks.revealFile) throw new UserError(REVEAL_NEEDS_DESKTOP);
    this.hooks.revealFile(path);
    return { path };
  }
}
