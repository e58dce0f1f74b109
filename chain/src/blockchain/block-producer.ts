import { hexToU8a } from '@polkadot/util';
import { Account } from '../pallets/system/storage.js';
import type { StorageChange } from '../storage/index.js';
import type { Blockchain, ImportedBlock } from './blockchain.js';
import type { TransactionPool } from './transaction-pool.js';

/** How blocks are produced: every `blockTime` ms, one per submitted transaction, or only on request. */
export type BuildMode = 'interval' | 'instant' | 'manual';

/** Options of `BlockProducer`. */
export interface BlockProducerOptions {
  /** Default `'interval'`. */
  readonly mode?: BuildMode;
  /** Interval mode period in ms. Default 1000. */
  readonly blockTime?: number;
  /**
   * Delay between a transaction's `inBlock` and `finalized` notifications, in ms. Default 250:
   * @polkadot/api drops the InBlock result when `finalized` arrives before it fetched the block's events.
   */
  readonly finalizeDelay?: number;
}

/**
 * Produces blocks from the pool in the chosen mode and reports each transaction's fate to the pool's
 * listeners (`inBlock`, then `finalized` after `finalizeDelay`; finality is immediate).
 *
 * @example
 * const producer = new BlockProducer(chain, pool, { mode: 'instant' });
 * producer.onBlock((b) => console.log(b.block.number));
 * producer.start();
 */
export class BlockProducer {
  private mode: BuildMode;
  /** Interval mode period in ms. */
  readonly blockTime: number;
  private readonly finalizeDelay: number;
  private timer: NodeJS.Timeout | undefined;
  private instantScheduled = false;
  private timeOffset = 0;
  private stopped = true;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly listeners = new Set<(block: ImportedBlock) => void>();
  private readonly errorListeners = new Set<(error: unknown) => void>();

  constructor(
    private readonly chain: Blockchain,
    private readonly pool: TransactionPool,
    options: BlockProducerOptions = {},
  ) {
    this.mode = options.mode ?? 'interval';
    this.blockTime = options.blockTime ?? 1000;
    this.finalizeDelay = options.finalizeDelay ?? 250;
  }

  /** Subscribes to imported blocks. Returns the unsubscribe function. */
  onBlock(listener: (block: ImportedBlock) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Subscribes to block production failures (interval and instant modes). */
  onError(listener: (error: unknown) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  /** The current mode. */
  get buildMode(): BuildMode {
    return this.mode;
  }

  /** Starts producing in the current mode. */
  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Stops producing and cancels pending notifications. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** Switches mode (`dev_setBlockBuildMode`). */
  setMode(mode: BuildMode): void {
    this.mode = mode;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.stopped) this.schedule();
  }

  /** Makes the next block's timestamp `timestamp` (ms) and later ones follow from it (`dev_timeTravel`). */
  timeTravel(timestamp: number): void {
    this.timeOffset = timestamp - Date.now();
  }

  /** The timestamp the next block would get. */
  now(): number {
    return Date.now() + this.timeOffset;
  }

  /** Tells the producer a transaction entered the pool (instant mode builds a block). */
  notifySubmitted(): void {
    if (this.mode !== 'instant' || this.stopped || this.instantScheduled) return;
    this.instantScheduled = true;
    setImmediate(() => {
      this.instantScheduled = false;
      // Instant mode: one block per transaction, as the issue and chopsticks define it.
      this.produce(undefined, 1).catch((error) => this.fail(error));
    });
  }

  private fail(error: unknown): void {
    for (const l of this.errorListeners) l(error);
  }

  private schedule(): void {
    if (this.mode !== 'interval' || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.produce()
        .catch((error) => this.fail(error))
        .finally(() => this.schedule());
    }, this.blockTime);
  }

  /** Builds `count` blocks now (`dev_newBlock`). */
  async newBlocks(count = 1, storage?: readonly StorageChange[]): Promise<ImportedBlock[]> {
    const out: ImportedBlock[] = [];
    for (let i = 0; i < count; i++) out.push(await this.produce(i === 0 ? storage : undefined));
    return out;
  }

  /** Builds one block from the pool's ready transactions (at most `limit`) and updates the pool. */
  async produce(storage?: readonly StorageChange[], limit?: number): Promise<ImportedBlock> {
    const ready = this.pool.readyForBlock(limit);
    const imported = await this.chain.buildBlock(
      ready.map((t) => t.xt),
      BigInt(this.now()),
      storage,
    );
    const hash = imported.block.hash;
    for (const h of imported.included) {
      this.pool.remove(h);
      this.pool.emit(h, { inBlock: hash });
      const t = setTimeout(() => {
        this.timers.delete(t);
        this.pool.emit(h, { finalized: hash });
      }, this.finalizeDelay);
      this.timers.add(t);
    }
    for (const r of imported.rejected) {
      // Not yet valid or did not fit: stays in the pool for a later block.
      if (
        r.error.kind === 'Invalid' &&
        (r.error.reason === 'Future' || r.error.reason === 'ExhaustsResources')
      )
        continue;
      this.pool.remove(r.hash);
      this.pool.emit(r.hash, 'invalid');
    }
    const state = this.chain.stateAt(hash);
    for (const signer of this.pool.senders()) {
      const stale = this.pool.updateStateNonce(signer, Account.get(state, hexToU8a(signer)).nonce);
      for (const t of stale) this.pool.emit(t.hash, 'invalid');
    }
    for (const l of this.listeners) l(imported);
    if (this.mode === 'instant' && this.pool.readyForBlock(1).length > 0) this.notifySubmitted();
    return imported;
  }
}
