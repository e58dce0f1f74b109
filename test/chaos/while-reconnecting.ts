/** Retries reads that fail because the devnet is restarting, as an observer would. */
import { setTimeout as sleep } from 'node:timers/promises';

/** Whether `error` says the WebSocket to the node is down (it reconnects by itself). */
export function isDisconnected(error: unknown): boolean {
  return /not connected|disconnected|Abnormal Closure|ECONNREFUSED/i.test(String(error));
}

/** Runs `read` until it does not fail with a disconnection, for at most `timeoutMs`. */
export async function whileReconnecting<T>(read: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      return await read();
    } catch (error) {
      if (!isDisconnected(error) || performance.now() > deadline) throw error;
      await sleep(100);
    }
  }
}
