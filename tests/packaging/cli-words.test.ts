// The installed app runs the CLI when its first argument is a CLI command: the two lists agree.
import { expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/cli';
import { CLI_WORDS } from '../../src/main/launch-args';

it('knows every CLI command word', () => {
  for (const command of COMMANDS) expect(CLI_WORDS.has(command.name.split(' ')[0]!), command.name).toBe(true);
});
