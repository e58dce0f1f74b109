import { u8aToHex } from '@polkadot/util';
import { ChainError } from '../frame/chain-error.js';
import type { DecodedExtrinsic } from '../frame/extrinsic.js';
import {
  type TransactionValidityError,
  type ValidTransaction,
  validityMessage,
} from '../frame/transaction-validity.js';
import { DEFAULT_POOL_LIMITS, type PoolLimits, poolLimitExceeded } from './pool-limits.js';

/** A transaction status as `author_extrinsicUpdate` sends it. */
export type TransactionStatus =
  | 'future'
  | 'ready'
  | 'dropped'
  | 'invalid'
  | { inBlock: string }
  | { finalized: string }
  | { usurped: string };

/** A transaction held by the pool. */
export interface PoolTransaction {
  readonly hash: string;
  readonly xt: DecodedExtrinsic;
  readonly signer: string;
  readonly nonce: number;
  readonly priority: bigint;
  readonly seq: number;
}

/**
 * Thrown by `submit` when the pool refuses a transaction; `validity` is set for invalid ones.
 *
 * @example
 * try { pool.submit(xt); } catch (e) { if (e instanceof PoolError) console.log(e.code, e.validity); }
 */
export class PoolError extends ChainError {
  constructor(
    code:
      | 'CHAIN_INVALID_TRANSACTION'
      | 'CHAIN_UNKNOWN_TRANSACTION'
      | 'CHAIN_POOL_PRIORITY_TOO_LOW'
      | 'CHAIN_POOL_ALREADY_IMPORTED'
      | 'CHAIN_POOL_IMMEDIATELY_DROPPED',
    message: string,
    readonly validity?: TransactionValidityError,
  ) {
    super(code, message);
  }
}

/**
 * The transaction pool: per-sender queues ordered by nonce, a future part (nonce gaps), priority
 * by tip, and replacement of a same-nonce transaction only by a higher priority. Bounded by
 * {@link PoolLimits}: a transaction that does not fit is refused (`CHAIN_POOL_IMMEDIATELY_DROPPED`).
 *
 * @example
 * const pool = new TransactionPool((xt) => chain.validate(xt));
 * const status = pool.submit(xt); // 'ready' | 'future'
 * const txs = pool.readyForBlock();
 */
export class TransactionPool {
  private readonly bySender = new Map<string, Map<number, PoolTransaction>>();
  private readonly byHash = new Map<string, PoolTransaction>();
  private readonly stateNonces = new Map<string, number>();
  private seq = 0;
  /** Hashes of transactions last reported as `future`. */
  private readonly waiting = new Set<string>();
  /** Bytes of every pooled transaction, of the future ones, and future counts per sender. */
  private bytes = 0;
  private futureBytes = 0;
  private readonly futureBySender = new Map<string, number>();
  private readonly listeners = new Set<(hash: string, status: TransactionStatus) => void>();

  /**
   * @param validate checks a transaction against the head (synchronously)
   * @param preverify optional asynchronous work before `validate`, e.g. signature checks in worker threads
   * @param limits how much the pool holds (Substrate's defaults)
   */
  constructor(
    private readonly validate: (xt: DecodedExtrinsic) => ValidTransaction | TransactionValidityError,
    private readonly preverify?: (xt: DecodedExtrinsic) => Promise<void>,
    private readonly limits: PoolLimits = DEFAULT_POOL_LIMITS,
  ) {}

  /** `preverify` then `submit`: what the RPC server calls. */
  async submitAsync(xt: DecodedExtrinsic): Promise<'ready' | 'future'> {
    if (this.preverify !== undefined && !this.byHash.has(u8aToHex(xt.hash))) await this.preverify(xt);
    return this.submit(xt);
  }

  /** Subscribes to status changes of every transaction. Returns the unsubscribe function. */
  onStatus(listener: (hash: string, status: TransactionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Emits a status for a transaction (used by the producer for `inBlock` / `finalized`). */
  emit(hash: string, status: TransactionStatus): void {
    for (const l of this.listeners) l(hash, status);
  }

  /** Validates and adds a transaction. Returns whether it is ready or waits in the future queue. */
  submit(xt: DecodedExtrinsic): 'ready' | 'future' {
    const hash = u8aToHex(xt.hash);
    if (this.byHash.has(hash))
      throw new PoolError('CHAIN_POOL_ALREADY_IMPORTED', 'Transaction Already Imported');
    const valid = this.validate(xt);
    if ('kind' in valid) {
      const code = valid.kind === 'Invalid' ? 'CHAIN_INVALID_TRANSACTION' : 'CHAIN_UNKNOWN_TRANSACTION';
      throw new PoolError(code, validityMessage(valid), valid);
    }
    const signer = u8aToHex(valid.signer);
    let queue = this.bySender.get(signer);
    const existing = queue?.get(valid.nonce);
    if (existing === undefined) this.admit(signer, valid.stateNonce, valid.nonce, xt.bytes.length);
    this.stateNonces.set(signer, valid.stateNonce);
    if (queue === undefined) {
      queue = new Map();
      this.bySender.set(signer, queue);
    }
    if (existing !== undefined) {
      if (valid.priority <= existing.priority) {
        throw new PoolError('CHAIN_POOL_PRIORITY_TOO_LOW', 'Priority is too low');
      }
      this.byHash.delete(existing.hash);
      this.bytes -= existing.xt.bytes.length;
      this.unmarkFuture(existing);
      this.emit(existing.hash, { usurped: hash });
    }
    const tx: PoolTransaction = {
      hash,
      xt,
      signer,
      nonce: valid.nonce,
      priority: valid.priority,
      seq: this.seq++,
    };
    queue.set(valid.nonce, tx);
    this.byHash.set(hash, tx);
    this.bytes += xt.bytes.length;
    if (!this.isReady(tx)) {
      this.markFuture(tx);
      return 'future';
    }
    this.promote(tx.signer);
    return 'ready';
  }

  /** Throws `CHAIN_POOL_IMMEDIATELY_DROPPED` when a new transaction does not fit the limits. */
  private admit(signer: string, stateNonce: number, nonce: number, bytes: number): void {
    const queue = this.bySender.get(signer);
    let future = false;
    for (let n = stateNonce; n < nonce && !future; n++) future = !queue?.has(n);
    const usage = {
      readyCount: this.byHash.size - this.waiting.size,
      readyBytes: this.bytes - this.futureBytes,
      futureCount: this.waiting.size,
      futureBytes: this.futureBytes,
      senderFuture: this.futureBySender.get(signer) ?? 0,
    };
    const exceeded = poolLimitExceeded(this.limits, usage, { future, bytes });
    if (exceeded !== undefined) {
      throw new PoolError('CHAIN_POOL_IMMEDIATELY_DROPPED', `Immediately Dropped: ${exceeded}`);
    }
  }

  private markFuture(tx: PoolTransaction): void {
    if (this.waiting.has(tx.hash)) return;
    this.waiting.add(tx.hash);
    this.futureBytes += tx.xt.bytes.length;
    this.futureBySender.set(tx.signer, (this.futureBySender.get(tx.signer) ?? 0) + 1);
  }

  /** Returns whether the transaction was future. */
  private unmarkFuture(tx: PoolTransaction): boolean {
    if (!this.waiting.delete(tx.hash)) return false;
    this.futureBytes -= tx.xt.bytes.length;
    const left = (this.futureBySender.get(tx.signer) ?? 1) - 1;
    if (left === 0) this.futureBySender.delete(tx.signer);
    else this.futureBySender.set(tx.signer, left);
    return true;
  }

  private isReady(tx: PoolTransaction): boolean {
    const queue = this.bySender.get(tx.signer)!;
    const base = this.stateNonces.get(tx.signer) ?? 0;
    for (let n = base; n < tx.nonce; n++) if (!queue.has(n)) return false;
    return true;
  }

  /** The next nonce for `signer` given its state nonce: state nonce plus its contiguous ready transactions. */
  nextNonce(signer: Uint8Array, stateNonce: number): number {
    const queue = this.bySender.get(u8aToHex(signer));
    let n = stateNonce;
    while (queue?.has(n)) n++;
    return n;
  }

  /** Every pooled transaction, oldest first. */
  pending(): PoolTransaction[] {
    return [...this.byHash.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Number of pooled transactions. */
  get size(): number {
    return this.byHash.size;
  }

  /**
   * Ready transactions in inclusion order: each sender's contiguous nonces from its state nonce,
   * interleaved by priority (higher tip first), then arrival.
   */
  readyForBlock(limit = 10_000): PoolTransaction[] {
    const chains: PoolTransaction[][] = [];
    for (const [signer, queue] of this.bySender) {
      const chain: PoolTransaction[] = [];
      for (let n = this.stateNonces.get(signer) ?? 0; queue.has(n); n++) chain.push(queue.get(n)!);
      if (chain.length > 0) chains.push(chain.reverse());
    }
    const out: PoolTransaction[] = [];
    const better = (a: PoolTransaction, b: PoolTransaction) =>
      a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq);
    while (out.length < limit && chains.length > 0) {
      let best = 0;
      for (let i = 1; i < chains.length; i++) if (better(chains[i]!.at(-1)!, chains[best]!.at(-1)!)) best = i;
      out.push(chains[best]!.pop()!);
      if (chains[best]!.length === 0) chains.splice(best, 1);
    }
    return out;
  }

  /** Removes a transaction (included, or invalid at inclusion). */
  remove(hash: string): PoolTransaction | undefined {
    const tx = this.byHash.get(hash);
    if (tx === undefined) return undefined;
    this.byHash.delete(hash);
    this.bytes -= tx.xt.bytes.length;
    this.unmarkFuture(tx);
    const queue = this.bySender.get(tx.signer);
    queue?.delete(tx.nonce);
    if (queue?.size === 0) {
      this.bySender.delete(tx.signer);
      this.stateNonces.delete(tx.signer);
    }
    return tx;
  }

  /** Emits `ready` for this sender's transactions that were `future` and no longer wait for a gap. */
  private promote(signer: string): void {
    const queue = this.bySender.get(signer);
    if (queue === undefined) return;
    for (let n = this.stateNonces.get(signer) ?? 0; queue.has(n); n++) {
      const tx = queue.get(n)!;
      if (this.unmarkFuture(tx)) this.emit(tx.hash, 'ready');
    }
  }

  /** Records a sender's state nonce after a block and drops its stale transactions. */
  updateStateNonce(signer: string, stateNonce: number): PoolTransaction[] {
    const queue = this.bySender.get(signer);
    if (queue === undefined) return [];
    this.stateNonces.set(signer, stateNonce);
    const stale = [...queue.values()].filter((t) => t.nonce < stateNonce);
    for (const t of stale) this.remove(t.hash);
    this.promote(signer);
    return stale;
  }

  /** Senders with pooled transactions. */
  senders(): string[] {
    return [...this.bySender.keys()];
  }
}
