import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { SdkError } from '../errors/sdk-error.js';
import { passwordFromEnv } from './password-env.js';

/**
 * Where a keyfile password may come from; {@link resolvePassword} tries them in this order.
 *
 * @example
 * const source: PasswordSource = { passwordFile: '/run/credentials/validator/coldkey' };
 * const password = await resolvePassword(source);
 */
export type PasswordSource = {
  /** The password itself. */
  password?: string;
  /** A file whose content (trailing newline stripped) is the password, e.g. a systemd credential. */
  passwordFile?: string;
  /** Environment object to look up Bittensor's `BT_PW_…` variable in (with `keyfilePath`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Keyfile path, for the `BT_PW_…` variable name and the prompt text. */
  keyfilePath?: string;
  /** Prompt on this TTY when nothing else gave a password (never in daemons: leave it out there). */
  prompt?: {
    input: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
    output: Writable;
  };
};

/**
 * Finds a keyfile password from, in order: `password`, `passwordFile`, the `BT_PW_…` variable in `env`, a TTY prompt
 * without echo. Throws `SDK_PASSWORD_REQUIRED` when none applies, so daemons fail fast instead of hanging on a prompt.
 *
 * @example
 * const password = await resolvePassword({ env: process.env, keyfilePath: paths.coldkey, prompt: { input: process.stdin, output: process.stderr } });
 */
export async function resolvePassword(source: PasswordSource): Promise<string> {
  if (source.password !== undefined) return source.password;
  if (source.passwordFile !== undefined) {
    const text = await readFile(source.passwordFile, 'utf8');
    return text.replace(/\r?\n$/, '');
  }
  if (source.env !== undefined && source.keyfilePath !== undefined) {
    const fromEnv = passwordFromEnv({ env: source.env, keyfilePath: source.keyfilePath });
    if (fromEnv !== undefined) return fromEnv;
  }
  if (source.prompt?.input.isTTY) {
    return promptPassword(source.prompt, `Enter password to unlock ${source.keyfilePath ?? 'key'}: `);
  }
  throw new SdkError('SDK_PASSWORD_REQUIRED', 'The keyfile is encrypted and no password source was given.', {
    details: 'Pass password, passwordFile, env with the BT_PW_… variable, or a TTY prompt.',
  });
}

function promptPassword(prompt: NonNullable<PasswordSource['prompt']>, question: string): Promise<string> {
  const { input, output } = prompt;
  return new Promise((resolve, reject) => {
    let answer = '';
    output.write(question);
    input.setRawMode?.(true);
    input.resume();
    const finish = (error?: Error) => {
      input.setRawMode?.(false);
      input.pause();
      input.removeListener('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003')
          return finish(new SdkError('SDK_PASSWORD_REQUIRED', 'Password prompt cancelled.'));
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    input.on('data', onData);
  });
}
