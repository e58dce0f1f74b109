import { u8aConcat } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { ChainError } from '../frame/chain-error.js';
import type { CallDecl, DispatchClassName } from '../frame/define-calls.js';
import type { DispatchContext, DispatchErrorValue, Origin, PalletDecl } from '../frame/define-pallet.js';
import { DispatchFailure } from '../frame/define-pallet.js';
import { decodeExtrinsic, eraBirth } from '../frame/extrinsic.js';
import { type BuiltMetadata, buildMetadata } from '../frame/metadata/build-metadata.js';
import {
  apiId,
  type RuntimeApiDecl,
  type RuntimeApiHost,
  type RuntimeVersionValue,
} from '../frame/runtime-api.js';
import { buildOuterTypes, type OuterTypes, uncheckedExtrinsicType } from '../frame/runtime-types.js';
import { decodeFrom, type EnumValue, encodeCompact, isEnumValue, ScaleReader } from '../frame/scale/codec.js';
import { lazy, type TypeDef } from '../frame/scale/type-def.js';
import type { StorageItem } from '../frame/storage-item.js';
import { transactionValidity } from '../frame/transaction-validity.js';
import { adminUtilsPallet } from '../pallets/admin-utils/index.js';
import { auraPallet } from '../pallets/aura/index.js';
import { balancesPallet } from '../pallets/balances/index.js';
import { commitmentsPallet } from '../pallets/commitments/index.js';
import { type BeaconSchedule, createDrandPallet, devnetBeacon } from '../pallets/drand/index.js';
import { checkColdkeySwap } from '../pallets/subtensor/coldkey-swap-guard.js';
import { delegateInfoRuntimeApi } from '../pallets/subtensor/delegate-info-api.js';
import { subtensorPallet } from '../pallets/subtensor/index.js';
import { subtensorRuntimeApis } from '../pallets/subtensor/runtime-api.js';
import { stakeInfoRuntimeApi } from '../pallets/subtensor/stake-info-api.js';
import { createSudoPallet } from '../pallets/sudo/index.js';
import { swapPallet } from '../pallets/swap/index.js';
import { swapRuntimeApi } from '../pallets/swap/runtime-api.js';
import { BlockNumber, createSystemPallet, eventsItem } from '../pallets/system/index.js';
import { timestampPallet } from '../pallets/timestamp/index.js';
import {
  computeFee,
  EXTRINSIC_BASE_WEIGHT,
  EXTRINSIC_PROOF_SIZE,
  transactionPaymentPallet,
} from '../pallets/transaction-payment/index.js';
import { StorageLayer } from '../storage/storage-layer.js';
import type { StateView } from '../storage/types.js';
import { BlockExecution } from './block-execution.js';
import { runtimeApis } from './runtime-apis.js';

/** Options of `createRuntime`. */
export interface RuntimeOptions {
  readonly specName?: string;
  readonly specVersion?: number;
  readonly transactionVersion?: number;
  /** The devnet's drand beacon: `per-block` (default) or `time` rounds, and its key's seed. */
  readonly drand?: { readonly schedule: BeaconSchedule; readonly seed?: string };
}

/** Weight and fee facts about one call, with its declaration and decoded arguments. */
export interface CallInfo {
  readonly decl: CallDecl;
  readonly pallet: PalletDecl;
  readonly args: unknown;
  readonly refTime: bigint;
  readonly class: DispatchClassName;
  readonly pays: 'Yes' | 'No';
}

/**
 * The devnet runtime: pallets composed into outer types, metadata, version and runtime APIs,
 * plus call dispatch. Stateless: every method takes the state it works on.
 *
 * @example
 * const runtime = new Runtime({ specVersion: 425 });
 * runtime.callApi('Core_version', new Uint8Array(), state);
 */
export class Runtime {
  readonly pallets: readonly PalletDecl[];
  readonly outer: OuterTypes;
  readonly extrinsicType: TypeDef;
  readonly apis: readonly RuntimeApiDecl[];
  readonly metadata: BuiltMetadata;
  readonly version: RuntimeVersionValue;
  /**
   * What the devnet keeps under `:code` in place of a Wasm blob: its name, version and the hash of its
   * metadata, so clients that cache metadata by the code's hash (polkadot-api, dedot) see a new hash
   * whenever the metadata changes.
   */
  readonly code: Uint8Array;
  // biome-ignore lint/suspicious/noExplicitAny: the events item's value type.
  readonly events: StorageItem<[], any[]>;
  private readonly byName = new Map<string, PalletDecl>();

  constructor(options: RuntimeOptions = {}) {
    let outer: OuterTypes | undefined;
    const runtimeCall = lazy(() => outer!.runtimeCall);
    const runtimeEvent = lazy(() => outer!.runtimeEvent);
    this.extrinsicType = uncheckedExtrinsicType(runtimeCall);
    this.apis = [
      ...runtimeApis(this.extrinsicType),
      ...subtensorRuntimeApis(),
      stakeInfoRuntimeApi,
      delegateInfoRuntimeApi,
      swapRuntimeApi,
    ];
    this.version = {
      specName: options.specName ?? 'node-subtensor',
      implName: 'subnetkit-devnet',
      authoringVersion: 1,
      specVersion: options.specVersion ?? 425,
      implVersion: 1,
      apis: this.apis.map((a) => [apiId(a.name), a.version]),
      transactionVersion: options.transactionVersion ?? 1,
      stateVersion: 1,
    };
    this.pallets = [
      createSystemPallet(runtimeEvent, this.version),
      timestampPallet,
      auraPallet,
      balancesPallet,
      transactionPaymentPallet,
      createSudoPallet(runtimeCall, (e) => this.toDispatchError(e)),
      subtensorPallet,
      commitmentsPallet,
      adminUtilsPallet,
      createDrandPallet(devnetBeacon({ schedule: 'per-block', ...options.drand })),
      swapPallet,
    ].sort((a, b) => a.index - b.index);
    outer = buildOuterTypes(this.pallets);
    this.outer = outer;
    for (const p of this.pallets) this.byName.set(p.name, p);
    this.events = eventsItem(runtimeEvent);
    this.metadata = buildMetadata({
      pallets: this.pallets,
      outer,
      extrinsicType: this.extrinsicType,
      apis: this.apis,
    });
    this.code = u8aConcat(
      new TextEncoder().encode(
        `${this.version.implName}:${this.version.specName}/${this.version.specVersion}:`,
      ),
      blake2AsU8a(this.metadata.v15, 256),
    );
  }

  /** A pallet by name. */
  pallet(name: string): PalletDecl {
    const p = this.byName.get(name);
    if (p === undefined) throw new ChainError('CHAIN_BAD_PARAMS', `unknown pallet ${name}`);
    return p;
  }

  /** Metadata bytes for version 14 or 15, or undefined. */
  metadataAt(version: number): Uint8Array | undefined {
    return version === 14 ? this.metadata.v14 : version === 15 ? this.metadata.v15 : undefined;
  }

  /** Resolves a decoded outer call to its declaration and weight. */
  callInfo(call: EnumValue): CallInfo {
    const pallet = this.pallet(call.type);
    const inner = isEnumValue(call.value) ? call.value : undefined;
    const decl = pallet.calls.find((c) => c.name === inner?.type);
    if (decl === undefined)
      throw new ChainError('CHAIN_BAD_EXTRINSIC', `unknown call ${call.type}.${inner?.type}`);
    const args = inner?.value ?? {};
    return { decl, pallet, args, refTime: decl.weight(args), class: decl.class, pays: decl.pays };
  }

  /** The `DispatchError` enum value of a failure. */
  toDispatchError(error: DispatchErrorValue): EnumValue {
    if ('other' in error) return error.other;
    const pallet = this.pallet(error.module);
    const index = pallet.errors.indexOf(error.error);
    if (index < 0) throw new ChainError('CHAIN_BAD_PARAMS', `unknown error ${error.module}.${error.error}`);
    return { type: 'Module', value: { index: pallet.index, error: new Uint8Array([index, 0, 0, 0]) } };
  }

  /**
   * Dispatches a call in its own transactional layer; on failure its writes and events are discarded.
   * Returns the failure, or undefined on success.
   */
  dispatch(
    ctx: DispatchContext & { truncateEvents(length: number): void; eventCount(): number },
    call: EnumValue,
    origin: Origin,
  ): DispatchErrorValue | undefined {
    const events = ctx.eventCount();
    ctx.state.begin();
    try {
      const { decl, args } = this.callInfo(call);
      checkColdkeySwap(ctx.state, origin, call);
      decl.dispatch(ctx, origin, args);
      ctx.state.commit();
      return undefined;
    } catch (error) {
      ctx.state.rollback();
      ctx.truncateEvents(events);
      if (error instanceof DispatchFailure) return error.error;
      return { other: { type: 'Other' } };
    }
  }

  /** Total weight and fee of an extrinsic (`bytes` include the length prefix). */
  queryInfo(bytes: Uint8Array): {
    weight: bigint;
    proofSize: bigint;
    class: DispatchClassName;
    partialFee: bigint;
  } {
    const xt = decodeExtrinsic(bytes, this.outer.runtimeCall);
    const info = this.callInfo(xt.call);
    const weight = info.refTime + EXTRINSIC_BASE_WEIGHT;
    const partialFee =
      xt.signature === undefined || info.pays === 'No' ? 0n : computeFee(bytes.length, weight);
    return { weight, proofSize: EXTRINSIC_PROOF_SIZE, class: info.class, partialFee };
  }

  /**
   * `TaggedTransactionQueue_validate_transaction`: the pool's checks (signature, nonce, payment,
   * mortality, weight) of an extrinsic (`bytes` with the length prefix) as the block after
   * `parentHash`, whose state is `state`.
   */
  validateTransaction(bytes: Uint8Array, parentHash: Uint8Array, state: StateView): EnumValue {
    const xt = decodeExtrinsic(bytes, this.outer.runtimeCall);
    const number = BlockNumber.get(state) + 1;
    const exec = new BlockExecution(this, new StorageLayer(state), number, parentHash);
    exec.initialize();
    const era = xt.signature?.era;
    const death = era === undefined || era.immortal ? undefined : eraBirth(era, number) + era.period;
    return transactionValidity(exec.check(xt, false), death, number);
  }

  /**
   * Runs a runtime API (`state_call`): `method` is `Api_method`, `data` the SCALE-encoded arguments.
   *
   * @example
   * runtime.callApi('Core_version', new Uint8Array(), state)
   */
  callApi(method: string, data: Uint8Array, state: StateView): Uint8Array {
    const sep = method.indexOf('_');
    const api = this.apis.find((a) => a.name === method.slice(0, sep));
    const m = api?.methods.find((x) => x.name === method.slice(sep + 1));
    if (m === undefined)
      throw new ChainError('CHAIN_UNKNOWN_RUNTIME_API', `Exported method ${method} is not found`);
    const r = new ScaleReader(data);
    const args: Record<string, unknown> = {};
    try {
      for (const input of m.inputs) args[input.name] = decodeFrom(r, input.type);
    } catch (cause) {
      throw new ChainError('CHAIN_BAD_PARAMS', `could not decode arguments of ${method}`, { cause });
    }
    const host: RuntimeApiHost = {
      state,
      version: () => this.version,
      metadata: (v) => this.metadataAt(v),
      metadataVersions: () => [14, 15],
      queryInfo: (uxt) => this.queryInfo(prefixed(uxt)),
      validateTransaction: (uxt, blockHash) => this.validateTransaction(prefixed(uxt), blockHash, state),
    };
    return m.call(host, args);
  }
}

function prefixed(inner: Uint8Array): Uint8Array {
  const prefix = encodeCompact(inner.length);
  const out = new Uint8Array(prefix.length + inner.length);
  out.set(prefix);
  out.set(inner, prefix.length);
  return out;
}

/**
 * Creates the devnet runtime (System, Timestamp, Balances, TransactionPayment, Sudo).
 *
 * @example
 * const runtime = createRuntime();
 * runtime.metadata.v15 // Uint8Array starting with "meta"
 */
export function createRuntime(options: RuntimeOptions = {}): Runtime {
  return new Runtime(options);
}
