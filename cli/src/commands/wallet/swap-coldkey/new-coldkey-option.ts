import { createKeypair } from '@subnetkit/sdk';
import { CliError } from '../../../framework/cli-error.js';
import type { CommandOptions } from '../../../framework/command-options.js';
import type { OptionSpec } from '../../../framework/option-spec.js';

/** `--new-coldkey`: the coldkey a swap moves everything to. */
export const NEW_COLDKEY_OPTION: OptionSpec = {
  name: 'new-coldkey',
  type: 'string',
  placeholder: 'SS58',
  description: 'the new coldkey (SS58 address)',
};

/**
 * The `--new-coldkey` address, checked.
 *
 * @example
 * const newColdkey = newColdkeyAddress(options);
 */
export function newColdkeyAddress(options: CommandOptions): string {
  const value = options.requiredString('new-coldkey');
  try {
    return createKeypair({ address: value }).address;
  } catch (cause) {
    throw new CliError('CLI_INVALID_OPTION', `--new-coldkey is not an SS58 address: ${value}`, { cause });
  }
}
