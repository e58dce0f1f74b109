import { CliError } from '../framework/cli-error.js';
import type { CliIo } from '../framework/cli-io.js';
import { readAnswer } from './read-answer.js';

/**
 * Confirms a spending action. `--yes` skips the question; without a TTY on stdin (scripts, CI) the action is refused
 * with `CLI_CONFIRMATION_REQUIRED` rather than guessed; on a TTY anything but y/yes aborts (`CLI_ABORTED`).
 *
 * @example
 * await confirm(io, { yes: options.flag('yes'), summary: 'Transfer τ1.5 to 5F…?' });
 */
export async function confirm(io: CliIo, parameters: { yes: boolean; summary: string }): Promise<void> {
  if (parameters.yes) return;
  if (io.stdin.isTTY !== true) {
    throw new CliError(
      'CLI_CONFIRMATION_REQUIRED',
      `${parameters.summary} — needs confirmation, and stdin is not a terminal`,
      {
        fix: 'pass --yes to confirm non-interactively',
      },
    );
  }
  const answer = await readAnswer({
    input: io.stdin,
    output: io.stderr,
    question: `${parameters.summary} [y/N] `,
  });
  if (!['y', 'yes'].includes(answer.trim().toLowerCase()))
    throw new CliError('CLI_ABORTED', 'aborted; nothing was sent');
}
