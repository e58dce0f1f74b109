import { type NaclSecret, resolvePassword } from '@subnetkit/sdk';
import { CliError } from '../framework/cli-error.js';
import type { CommandContext } from '../framework/subcommand.js';
import { readAnswer } from '../prompt/read-answer.js';

const MIN_PASSWORD_LENGTH = 6;

/**
 * How to encrypt a coldkey being written: `null` with `--no-password` (plaintext, devnet keys), else a password from
 * `--password-file`, Bittensor's `BT_PW_…` variable for `keyfilePath`, or typed twice at a TTY with echo off.
 * Refuses (`CLI_PASSWORD_REQUIRED`) rather than writing an unencrypted coldkey silently.
 *
 * @example
 * const encryption = await newKeyEncryption(context, paths.coldkey);
 */
export async function newKeyEncryption(
  context: CommandContext,
  keyfilePath: string,
): Promise<NaclSecret | null> {
  const { options, io } = context;
  if (options.flag('no-password')) return null;
  const passwordFile = options.string('password-file');
  try {
    const password = await resolvePassword({
      ...(passwordFile === undefined ? {} : { passwordFile }),
      env: io.env,
      keyfilePath,
    });
    return { password: checked(password) };
  } catch (error) {
    if ((error as { code?: string }).code !== 'SDK_PASSWORD_REQUIRED') throw error;
  }
  if (io.stdin.isTTY !== true) {
    throw new CliError('CLI_PASSWORD_REQUIRED', `a password is needed to encrypt ${keyfilePath}`, {
      fix: 'pass --password-file FILE, set the BT_PW_… variable, run in a terminal, or pass --no-password for a devnet key',
    });
  }
  const prompt = { input: io.stdin, output: io.stderr, hidden: true };
  for (let attempt = 1; ; attempt++) {
    const password = await readAnswer({ ...prompt, question: `Password for ${keyfilePath}: ` });
    const problem =
      password.length < MIN_PASSWORD_LENGTH
        ? `the password must have at least ${MIN_PASSWORD_LENGTH} characters`
        : (await readAnswer({ ...prompt, question: 'Retype the password: ' })) !== password
          ? 'the passwords differ'
          : undefined;
    if (problem === undefined) return { password };
    if (attempt === PASSWORD_ATTEMPTS) {
      throw new CliError('CLI_PASSWORD_REQUIRED', `${problem}; nothing was written`, {
        fix: 'run the command again, or pass --password-file FILE',
      });
    }
    io.stderr.write(`${problem}; try again\n`);
  }
}

/** How many times a new password is asked before the command gives up. */
const PASSWORD_ATTEMPTS = 3;

function checked(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new CliError(
      'CLI_PASSWORD_REQUIRED',
      `the password must have at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
  return password;
}
