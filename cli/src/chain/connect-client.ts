import { createSubtensorClient, type SubtensorClient } from '@subnetkit/sdk';
import { CliError } from '../framework/cli-error.js';
import type { CommandContext } from '../framework/subcommand.js';
import { chainEndpoint } from './chain-endpoint.js';

/**
 * Connects to the chain the options name (spinner on a TTY) and closes the connection when the command ends. The
 * `--timeout` deadline bounds the connection and every call. No answer → `CLI_CONNECTION_FAILED` with the fix.
 *
 * @example
 * const client = await connectClient(context);
 * const head = await client.api.rpc.chain.getHeader();
 */
export async function connectClient(context: CommandContext): Promise<SubtensorClient> {
  const url = chainEndpoint(context.options);
  const deadlineMs = context.options.integer('timeout', { min: 1, max: 3600 }) * 1000;
  let client: SubtensorClient;
  try {
    client = await context.output.progress(
      `connecting to ${url}`,
      createSubtensorClient({ url, deadlineMs }),
    );
  } catch (error) {
    if ((error as { code?: string }).code !== 'SDK_CONNECTION_FAILED') throw error;
    throw new CliError('CLI_CONNECTION_FAILED', `no chain answered at ${url} within ${deadlineMs / 1000} s`, {
      fix: 'start a local devnet with `npx subnetkit devnet`, or pass --subtensor.chain_endpoint ws://… / --subtensor.network test',
      cause: error,
    });
  }
  context.defer(() => client.disconnect());
  return client;
}
