// Paths a person types into the interface (the web shell's path box, an export folder) are read
// as a shell would from their home folder: `~` and `~/…` are the home folder, and a relative path
// is relative to it, not to wherever the server process happened to start. The CLI keeps its own
// rule (relative to the working directory), so it does not come through here.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

export function typedPath(path: string, home: string = homedir()): string {
  const trimmed = path.trim();
  if (trimmed === '~') return home;
  if (trimmed.startsWith('~/') || trimmed.startsWith('~\\')) return join(home, trimmed.slice(2));
  return isAbsolute(trimmed) ? trimmed : resolve(home, trimmed);
}
