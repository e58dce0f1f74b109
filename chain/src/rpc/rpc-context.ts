import type { BlockProducer } from '../blockchain/block-producer.js';
import type { Blockchain } from '../blockchain/blockchain.js';
import type { TransactionPool } from '../blockchain/transaction-pool.js';
import type { Runtime } from '../runtime/runtime.js';

/** Chain facts served by `system_*`. */
export interface NodeInfo {
  readonly chainName: string;
  readonly nodeName: string;
  readonly nodeVersion: string;
  readonly properties: { ss58Format: number; tokenDecimals: number; tokenSymbol: string };
}

/** Everything an RPC handler can reach. */
export interface RpcContext {
  readonly chain: Blockchain;
  readonly pool: TransactionPool;
  readonly producer: BlockProducer;
  readonly runtime: Runtime;
  readonly info: NodeInfo;
}

/** The connection a request came on: lets handlers open subscriptions. */
export interface RpcConnection {
  /** False for HTTP requests (no subscriptions). */
  readonly canSubscribe: boolean;
  /**
   * Opens a subscription whose notifications use `notification` as their method; `cleanup` runs on
   * unsubscribe or disconnect. Returns the subscription id.
   */
  subscribe(notification: string, cleanup: () => void): string;
  /** Sends a notification (after the subscribe response has gone out). */
  notify(notification: string, id: string, result: unknown): void;
  /** Closes a subscription; false when unknown. */
  unsubscribe(id: string): boolean;
}
