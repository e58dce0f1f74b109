import { createSubtensorClient, type SubtensorClient } from '@subnetkit/sdk';
import { CliError } from '../framework/cli-error.js';
import type { CommandContext } from '../framework/subcommand.js';
import { chainEndpoint } from './chain-endpoint.js';
import { connectionRefused } from './connection-refused.js';
import { quietPolkadotLogger } from './quiet-polkadot-logger.js';

/**
 * Connects to the chain the options name (spinner on a TTY) and closes the connection when the command ends. The
 * `--timeout` deadline bounds the connection and every call. A refused connection (nothing listens at the port)
 * fails at once, no answer within the deadline fails then: both `CLI_CONNECTION_FAILED` with the fix.
 * `@polkadot/api`'s reconnection lines never reach the terminal.
 *
 * @example
 * const client = await connectClient(context);
 * const head = await client.api.rpc.chain.getHeader();
 */
export async function connectClient(context: CommandContext): Promise<SubtensorClient> {
  const url = chainEndpoint(context.options);
  const deadlineMs = context.options.integer('timeout', { min: 1, max: 3600 }) * 1000;
  const fix = startDevnetFix(url);
  quietPolkadotLogger();
  if (await connectionRefused(url)) {
    throw new CliError('CLI_CONNECTION_FAILED', `nothing listens at ${url} (connection refused)`, { fix });
  }
  let client: SubtensorClient;
  try {
    client = await context.output.progress(
      `connecting to ${url}`,
      createSubtensorClient({ url, deadlineMs }),
    );
  } catch (error) {
    if ((error as { code?: string }).code !== 'SDK_CONNECTION_FAILED') throw error;
    throw new CliError('CLI_CONNECTION_FAILED', `no chain answered at ${url} within ${deadlineMs / 1000} s`, {
      fix,
      cause: error,
    });
  }
  context.defer(() => client.disconnect());
  return client;
}

/** The fix for a missing node: start a devnet on the endpoint's port, or point the command elsewhere. */
function startDevnetFix(url: string): string {
  const { port } = new URL(url);
  const portFlag = port === '' || port === '9944' ? '' : ` --port ${port}`;
  return `start a local devnet with \`npx subnetkit devnet --tmp${portFlag}\` in another terminal, or pass --subtensor.chain_endpoint ws://… / --subtensor.network test`;
}
