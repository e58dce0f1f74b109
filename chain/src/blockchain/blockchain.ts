import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { ChainError } from '../frame/chain-error.js';
import type { GenesisConfig } from '../frame/define-pallet.js';
import { type DecodedExtrinsic, decodeExtrinsic } from '../frame/extrinsic.js';
import type { EnumValue } from '../frame/scale/codec.js';
import type { StateOverlay, StateReader } from '../frame/state.js';
import type { TransactionValidityError, ValidTransaction } from '../frame/transaction-validity.js';
import { CODE_KEY } from '../frame/well-known-keys.js';
import { Now } from '../pallets/timestamp/index.js';
import { BlockExecution } from '../runtime/block-execution.js';
import type { Runtime } from '../runtime/runtime.js';
import {
  type ChainDatabase,
  type HexString,
  type StateView,
  type StorageChange,
  StorageError,
  StorageLayer,
} from '../storage/index.js';
import { decodeHeader, EMPTY_TRIE_ROOT, encodeHeader, type Header, headerHash } from './header.js';

/** A block as the node serves it. */
export interface BlockInfo {
  readonly hash: HexString;
  readonly number: number;
  readonly header: Header;
  readonly body: readonly Uint8Array[];
}

/** What a new block did: its info, its state changes and each extrinsic's fate. */
export interface ImportedBlock {
  readonly block: BlockInfo;
  readonly changes: readonly StorageChange[];
  /** Hashes of the submitted extrinsics that were included. */
  readonly included: readonly HexString[];
  /** Extrinsics that could not be included, with why. */
  readonly rejected: readonly { hash: HexString; error: TransactionValidityError }[];
}

/** The metadata entry naming the runtime that created a database. */
const RUNTIME_META = 'runtime';
const runtimeId = (runtime: Runtime) => `${runtime.version.specName}/${runtime.version.specVersion}`;

const EMPTY_VIEW: StateView = {
  get: () => null,
  keys: () => [][Symbol.iterator](),
  getKeysPaged: () => [],
};

function stateRoot(parentRoot: Uint8Array, changes: readonly StorageChange[]): Uint8Array {
  // `StorageLayer.changes()` is already in key order; sort only what is not.
  let ordered = true;
  for (let i = 1; i < changes.length && ordered; i++) ordered = changes[i - 1]![0] < changes[i]![0];
  const sorted = ordered ? changes : [...changes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // parentRoot ++ "key=value;key=value…" (hex is ASCII), written straight into one buffer.
  let length = parentRoot.length + Math.max(0, sorted.length - 1);
  for (const [key, value] of sorted) length += key.length + 1 + (value?.length ?? 0);
  const bytes = Buffer.allocUnsafe(length);
  bytes.set(parentRoot, 0);
  let offset = parentRoot.length;
  for (let i = 0; i < sorted.length; i++) {
    const [key, value] = sorted[i]!;
    if (i > 0) bytes[offset++] = 0x3b; // ';'
    offset += bytes.write(key, offset, 'latin1');
    bytes[offset++] = 0x3d; // '='
    if (value !== null) offset += bytes.write(value, offset, 'latin1');
  }
  return blake2AsU8a(bytes, 256);
}

/**
 * The chain: blocks and state in a `ChainDatabase`, blocks built by executing the runtime on a
 * `StorageLayer` over the head's state and committed atomically one at a time.
 *
 * @example
 * const chain = await Blockchain.open(runtime, db, genesisConfig);
 * const { block } = await chain.buildBlock([xt], Date.now());
 */
export class Blockchain {
  private building: Promise<unknown> = Promise.resolve();
  private headCache: BlockInfo;
  private validation: { head: HexString; exec: BlockExecution } | undefined;

  private constructor(
    readonly runtime: Runtime,
    readonly db: ChainDatabase,
    readonly genesisHash: HexString,
  ) {
    this.headCache = this.toInfo(db.head()!);
  }

  /** Opens the chain in `db`, writing the genesis block first if the database is empty. */
  static async open(runtime: Runtime, db: ChainDatabase, genesis: GenesisConfig): Promise<Blockchain> {
    if (db.head() === undefined) {
      const layer = new StorageLayer(EMPTY_VIEW);
      layer.set(CODE_KEY, u8aToHex(runtime.code));
      for (const p of runtime.pallets) p.genesis?.(layer, genesis);
      const changes = layer.changes();
      const header: Header = {
        parentHash: new Uint8Array(32),
        number: 0,
        stateRoot: stateRoot(new Uint8Array(32), changes),
        extrinsicsRoot: EMPTY_TRIE_ROOT,
        digest: [],
      };
      await db.commitBlock({
        number: 0,
        hash: u8aToHex(headerHash(header)) as HexString,
        parentHash: u8aToHex(header.parentHash) as HexString,
        header: encodeHeader(header),
        body: [],
        changes,
        meta: { [RUNTIME_META]: new TextEncoder().encode(runtimeId(runtime)) },
      });
    }
    const stored = db.getMeta(RUNTIME_META);
    if (stored !== undefined && new TextDecoder().decode(stored) !== runtimeId(runtime)) {
      throw new ChainError(
        'CHAIN_INCOMPATIBLE_DATABASE',
        `the chain database was created by runtime ${new TextDecoder().decode(stored)}, this node runs ${runtimeId(runtime)}`,
        { details: 'start with a fresh --base-path (or --tmp)' },
      );
    }
    const genesisHash = db.hashByNumber(0)!;
    return new Blockchain(runtime, db, genesisHash);
  }

  private toInfo(record: {
    hash: HexString;
    number: number;
    header: Uint8Array;
    body: readonly Uint8Array[];
  }): BlockInfo {
    return {
      hash: record.hash,
      number: record.number,
      header: decodeHeader(record.header),
      body: record.body,
    };
  }

  /** The best (= finalized) block. */
  head(): BlockInfo {
    return this.headCache;
  }

  /** A block by hash, or undefined. */
  blockByHash(hash: string): BlockInfo | undefined {
    const record = this.db.blockByHash(hash.toLowerCase() as HexString);
    return record === undefined ? undefined : this.toInfo(record);
  }

  /** A block hash by number, or undefined. */
  hashByNumber(number: number): HexString | undefined {
    return this.db.hashByNumber(number);
  }

  /**
   * The state after block `hash` (default head). Throws `CHAIN_UNKNOWN_BLOCK` or `CHAIN_STATE_PRUNED`.
   */
  stateAt(hash?: string): StateView {
    try {
      return this.db.stateAt(hash === undefined ? undefined : (hash.toLowerCase() as HexString));
    } catch (error) {
      if (error instanceof StorageError && error.code === 'CHAIN_STATE_PRUNED') {
        throw new ChainError('CHAIN_STATE_PRUNED', error.shortMessage, { cause: error });
      }
      throw new ChainError('CHAIN_UNKNOWN_BLOCK', `Unknown block ${hash}`, { cause: error });
    }
  }

  /** The changes a block made to its parent's state. */
  blockChanges(hash: HexString): StorageChange[] {
    return this.db.blockChanges(hash);
  }

  /** Resolves once no block is being built (before closing the database). */
  async idle(): Promise<void> {
    await this.building;
  }

  /** Decodes an extrinsic against this chain's runtime (`CHAIN_BAD_EXTRINSIC` on failure). */
  decode(bytes: Uint8Array): DecodedExtrinsic {
    return decodeExtrinsic(bytes, this.runtime.outer.runtimeCall);
  }

  /**
   * A block execution over the head's state, initialised as the next block (for validation, which
   * only reads). Cached per head.
   */
  private nextBlockExecution(): BlockExecution {
    const head = this.headCache;
    if (this.validation?.head !== head.hash) {
      const layer = new StorageLayer(this.db.stateAt(head.hash));
      const exec = new BlockExecution(this.runtime, layer, head.number + 1, hexToU8a(head.hash));
      exec.initialize();
      this.validation = { head: head.hash, exec };
    }
    return this.validation.exec;
  }

  /** The signature check a transaction needs against the head (see `BlockExecution.signatureJob`). */
  signatureJob(xt: DecodedExtrinsic): ReturnType<BlockExecution['signatureJob']> {
    return this.nextBlockExecution().signatureJob(xt);
  }

  /** Validates a transaction against the head as the pool does (future nonces allowed). */
  validate(xt: DecodedExtrinsic): ValidTransaction | TransactionValidityError {
    return this.nextBlockExecution().check(xt, false);
  }

  /**
   * Applies an extrinsic on top of the head without keeping anything (`system_dryRun`): the
   * dispatch result, or why it is not valid.
   */
  dryRun(
    xt: DecodedExtrinsic,
  ): { valid: false; error: TransactionValidityError } | { valid: true; error: EnumValue | undefined } {
    const head = this.headCache;
    const layer = new StorageLayer(this.db.stateAt(head.hash));
    const exec = new BlockExecution(this.runtime, layer, head.number + 1, hexToU8a(head.hash));
    exec.initialize();
    const result = exec.applyExtrinsic(xt);
    if (!result.included) return { valid: false, error: result.error };
    return { valid: true, error: result.dispatchError };
  }

  /**
   * Builds, executes and commits the next block with the timestamp inherent and `extrinsics` (in
   * order; those that are not valid now are left out and reported). `storage` writes are applied
   * right after initialisation (`dev_setStorage`). One build runs at a time.
   */
  buildBlock(
    extrinsics: readonly DecodedExtrinsic[],
    timestamp: bigint,
    storage?: readonly StorageChange[],
  ): Promise<ImportedBlock> {
    const run = this.building.then(() => this.build(extrinsics, timestamp, storage));
    this.building = run.catch(() => undefined);
    return run;
  }

  /**
   * Executes the block after `parent` on `layer` (over the parent's state): initialisation, `storage`
   * writes, the timestamp inherent, `extrinsics`, finalisation; its header, body and changes. The
   * runtime sees `state`, which is `layer` or an overlay writing through to it. Commits nothing.
   */
  private execute(
    parent: BlockInfo,
    layer: StorageLayer,
    state: StateOverlay,
    extrinsics: readonly DecodedExtrinsic[],
    timestamp: bigint,
    storage?: readonly StorageChange[],
  ) {
    const exec = new BlockExecution(this.runtime, state, parent.number + 1, hexToU8a(parent.hash));
    exec.initialize();
    if (storage !== undefined) layer.apply(storage);
    const previous = Now.get(state);
    const now = timestamp > previous ? timestamp : previous + 1n;
    const body: Uint8Array[] = [exec.applyTimestamp(now)];
    const included: HexString[] = [];
    const rejected: { hash: HexString; error: TransactionValidityError }[] = [];
    for (const xt of extrinsics) {
      const result = exec.applyExtrinsic(xt);
      const hash = u8aToHex(xt.hash) as HexString;
      if (result.included) {
        body.push(xt.bytes);
        included.push(hash);
      } else rejected.push({ hash, error: result.error });
    }
    exec.finalize();
    const changes = layer.changes();
    const header: Header = {
      parentHash: hexToU8a(parent.hash),
      number: parent.number + 1,
      stateRoot: stateRoot(parent.header.stateRoot, changes),
      extrinsicsRoot: blake2AsU8a(u8aConcat(...body.map((b) => blake2AsU8a(b, 256))), 256),
      digest: [],
    };
    return { header, body, changes, included, rejected };
  }

  /**
   * Executes `count` empty blocks after the head, as {@link Blockchain.buildBlock} would build them with no
   * transactions (block `i` stamped `timestamp + i · step`), on a throwaway overlay of the head's state:
   * nothing is committed and the chain does not change. After each block, `observe` reads its state (the
   * runtime wrote through `watch(layer)` when `watch` is given).
   *
   * @example
   * const prices = chain.forecast(100, BigInt(Date.now()), 12_000n, (state) => SubnetTAO.get(state, 1));
   */
  forecast<T>(
    count: number,
    timestamp: bigint,
    step: bigint,
    observe: (state: StateReader, block: BlockInfo) => T,
    watch?: (layer: StateOverlay) => StateOverlay,
  ): T[] {
    const base = new StorageLayer(this.db.stateAt(this.headCache.hash));
    let parent = this.headCache;
    const out: T[] = [];
    for (let i = 0; i < count; i++) {
      const layer = new StorageLayer(base);
      const at = timestamp + BigInt(i) * step;
      const { header, body, changes } = this.execute(parent, layer, watch?.(layer) ?? layer, [], at);
      const hash = u8aToHex(headerHash(header)) as HexString;
      parent = { hash, number: header.number, header, body };
      out.push(observe(layer, parent));
      base.apply(changes);
    }
    return out;
  }

  private async build(
    extrinsics: readonly DecodedExtrinsic[],
    timestamp: bigint,
    storage?: readonly StorageChange[],
  ): Promise<ImportedBlock> {
    const parent = this.headCache;
    const layer = new StorageLayer(this.db.stateAt(parent.hash));
    const { header, body, changes, included, rejected } = this.execute(
      parent,
      layer,
      layer,
      extrinsics,
      timestamp,
      storage,
    );
    const hash = u8aToHex(headerHash(header)) as HexString;
    await this.db.commitBlock({
      number: header.number,
      hash,
      parentHash: parent.hash,
      header: encodeHeader(header),
      body,
      changes,
    });
    const block: BlockInfo = { hash, number: header.number, header, body };
    this.headCache = block;
    return { block, changes, included, rejected };
  }
}
