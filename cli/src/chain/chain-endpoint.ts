import { CliError } from '../framework/cli-error.js';
import type { CommandOptions } from '../framework/command-options.js';

/** The named networks of `--subtensor.network`, with Bittensor's public endpoints. */
export const NETWORKS: Readonly<Record<string, string>> = {
  local: 'ws://127.0.0.1:9944',
  test: 'wss://test.finney.opentensor.ai:443',
  finney: 'wss://entrypoint-finney.opentensor.ai:443',
};

/**
 * The node URL a command talks to: `--subtensor.chain_endpoint` when given, else the `--subtensor.network`'s.
 *
 * @example
 * chainEndpoint(options); // 'ws://127.0.0.1:9944' by default
 */
export function chainEndpoint(options: CommandOptions): string {
  const endpoint = options.string('subtensor.chain_endpoint');
  if (endpoint !== undefined && endpoint !== '') {
    if (!/^wss?:\/\/\S+$/.test(endpoint)) {
      throw new CliError(
        'CLI_INVALID_OPTION',
        `--subtensor.chain_endpoint must be a ws:// or wss:// URL; got ${endpoint}`,
      );
    }
    return endpoint;
  }
  const network = options.requiredString('subtensor.network');
  const url = NETWORKS[network];
  if (url === undefined) {
    throw new CliError('CLI_INVALID_OPTION', `unknown --subtensor.network ${network}`, {
      fix: `use one of ${Object.keys(NETWORKS).join(', ')}, or pass --subtensor.chain_endpoint ws://…`,
    });
  }
  return url;
}
