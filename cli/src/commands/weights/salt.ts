import { CliError } from '../../framework/cli-error.js';
import type { CommandOptions } from '../../framework/command-options.js';

/**
 * `--salt` as u16 values (`1,2,3`), or undefined to let `commitWeights` pick a random one.
 *
 * @example
 * const salt = saltOption(options); // [1, 2, 3]
 */
export function saltOption(options: CommandOptions): number[] | undefined {
  if (!options.has('salt')) return undefined;
  const salt = options.numberList('salt');
  if (salt.some((v) => !Number.isInteger(v) || v < 0 || v > 0xffff)) {
    throw new CliError('CLI_INVALID_OPTION', '--salt takes comma-separated integers from 0 to 65535');
  }
  return salt;
}
