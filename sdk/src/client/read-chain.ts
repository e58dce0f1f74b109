import type { ApiPromise } from '@polkadot/api';
import { SdkError } from '../errors/sdk-error.js';
import { beforeDeadline } from './before-deadline.js';
import type { SubtensorClient } from './create-subtensor-client.js';

/** Messages `@polkadot/rpc-provider` uses when a request cannot go out or its connection went away. */
/**
 * Options every read action accepts besides its own parameters.
 *
 * @example
 * const options: ReadOptions = { deadlineMs: 5_000 };
 * await getBalance(client, { address, ...options });
 */
export type ReadOptions = {
  /** Deadline of this call in ms; default the client's. */
  deadlineMs?: number;
};

/** Pause before retrying a read whose connection dropped (the provider reconnects meanwhile). */
const RETRY_PAUSE_MS = 100;
const CONNECTION_ERROR =
  /WebSocket is not connected|disconnected from|No response received from RPC endpoint/;

/**
 * Whether `error` is `@polkadot/api` reporting a missing or dropped connection (not an answer from the node).
 *
 * @example
 * isConnectionError(new Error('disconnected from ws://127.0.0.1:9944: 1006:: Abnormal Closure')) // true
 */
export function isConnectionError(error: unknown): boolean {
  return error instanceof Error && CONNECTION_ERROR.test(error.message);
}

/**
 * Resolves when the client's WebSocket is connected, or rejects with `SDK_DEADLINE_EXCEEDED` at `until` (epoch ms).
 *
 * @example
 * await waitConnected(client, Date.now() + client.deadlineMs);
 */
export function waitConnected(client: SubtensorClient, until: number): Promise<void> {
  if (client.api.isConnected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onConnected = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(
      () => {
        client.api.off('connected', onConnected);
        reject(
          new SdkError('SDK_DEADLINE_EXCEEDED', 'Not connected to the chain before the deadline.', {
            details: `endpoint: ${client.url}`,
          }),
        );
      },
      Math.max(0, until - Date.now()),
    );
    client.api.once('connected', onConnected);
  });
}

/**
 * Runs an idempotent read against the chain within the deadline: waits for the connection, retries when the
 * connection drops mid-request, and turns node errors into `SDK_RPC_FAILED`. Every read action goes through it.
 *
 * @example
 * const header = await readChain(client, 'chain_getHeader', (api) => api.rpc.chain.getHeader());
 */
export async function readChain<T>(
  client: SubtensorClient,
  what: string,
  read: (api: ApiPromise) => Promise<T>,
  deadlineMs: number = client.deadlineMs,
): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    await waitConnected(client, until);
    try {
      return await beforeDeadline(
        read(client.api),
        until,
        () => new SdkError('SDK_DEADLINE_EXCEEDED', `${what} did not answer within ${deadlineMs} ms.`),
      );
    } catch (error) {
      if (error instanceof SdkError) throw error;
      if (!isConnectionError(error)) {
        throw new SdkError('SDK_RPC_FAILED', `${what} failed.`, {
          details: error instanceof Error ? error.message : String(error),
          cause: error,
        });
      }
      if (Date.now() >= until) {
        throw new SdkError('SDK_CONNECTION_LOST', `${what}: the connection to the chain was lost.`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
    }
  }
}
