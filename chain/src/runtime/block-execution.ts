import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import type { DispatchContext, DispatchErrorValue, Origin } from '../frame/define-pallet.js';
import { type DecodedExtrinsic, eraBirth, signingPayload, verifySignature } from '../frame/extrinsic.js';
import { u32 } from '../frame/primitives.js';
import { type EnumValue, encode, encodeCompact } from '../frame/scale/codec.js';
import type { DispatchInfoValue } from '../frame/scale-types.js';
import type { StateOverlay } from '../frame/state.js';
import type { TransactionValidityError, ValidTransaction } from '../frame/transaction-validity.js';
import { CODE_KEY } from '../frame/well-known-keys.js';
import { EXISTENTIAL_DEPOSIT, withdrawFee } from '../pallets/balances/index.js';
import {
  Account,
  BLOCK_HASH_COUNT,
  BlockHash,
  BlockNumber,
  EventCount,
  ExtrinsicCount,
  ParentHash,
  systemEvents,
} from '../pallets/system/index.js';
import {
  computeFee,
  EXTRINSIC_BASE_WEIGHT,
  EXTRINSIC_PROOF_SIZE,
  transactionPaymentEvents,
} from '../pallets/transaction-payment/index.js';
import type { Runtime } from './runtime.js';

/** Reference-time budget of one block for normal extrinsics (75% of 2 s of weight). */
export const MAX_NORMAL_BLOCK_WEIGHT = 1_500_000_000_000n;

/** One event as stored in `System.Events`. */
interface EventRecordValue {
  phase: EnumValue;
  event: EnumValue;
  topics: Uint8Array[];
}

/** The outcome of applying one extrinsic. */
export type ApplyResult =
  | { readonly included: true; readonly success: boolean; readonly dispatchError?: EnumValue }
  | { readonly included: false; readonly error: TransactionValidityError };

const verified = new Map<string, true>();

/**
 * Records a signature as verified (by a worker) under the key `signatureJob` returned.
 *
 * @example
 * if (await verifier.verify(job)) markVerified(job.key);
 */
export function markVerified(key: string): void {
  if (verified.size > 200_000) verified.clear();
  verified.set(key, true);
}

function cachedVerify(key: string, check: () => boolean): boolean {
  if (verified.has(key)) return true;
  const ok = check();
  if (ok) markVerified(key);
  return ok;
}

/**
 * Executes one block on a state overlay: initialisation (block number, parent hash, hash history,
 * event reset, pallet hooks), the timestamp inherent, signed extrinsics with their signed
 * extensions, and finalisation (`System.Events`).
 *
 * @example
 * const exec = new BlockExecution(runtime, layer, 1, genesisHash);
 * exec.initialize();
 * const inherent = exec.applyTimestamp(Date.now());
 * const result = exec.applyExtrinsic(xt);
 * exec.finalize();
 */
export class BlockExecution {
  private readonly events: EventRecordValue[] = [];
  private phase: EnumValue = { type: 'Initialization' };
  private extrinsicIndex = 0;
  private normalWeight = 0n;
  readonly ctx: DispatchContext & { truncateEvents(length: number): void; eventCount(): number };

  constructor(
    readonly runtime: Runtime,
    readonly state: StateOverlay,
    readonly number: number,
    readonly parentHash: Uint8Array,
  ) {
    const self = this;
    this.ctx = {
      state,
      blockNumber: number,
      deposit(pallet, event, data) {
        const value = data === undefined ? { type: event } : { type: event, value: data };
        self.events.push({ phase: self.phase, event: { type: pallet, value }, topics: [] });
      },
      dispatch: (call, origin) => runtime.dispatch(this.ctx, call, origin),
      truncateEvents: (length) => {
        this.events.length = length;
      },
      eventCount: () => this.events.length,
    };
  }

  /**
   * Runs `frame_system::initialize` and the pallets' `on_initialize` hooks, and keeps `:code` the
   * running runtime's (`Runtime.code`).
   */
  initialize(): void {
    BlockNumber.set(this.state, this.number);
    ParentHash.set(this.state, this.parentHash);
    if (this.number > 0) BlockHash.set(this.state, this.number - 1, this.parentHash);
    const stale = this.number - BLOCK_HASH_COUNT - 1;
    if (stale > 0) BlockHash.set(this.state, stale, undefined);
    this.runtime.events.set(this.state, undefined);
    EventCount.set(this.state, undefined);
    const code = u8aToHex(this.runtime.code);
    if (this.state.get(CODE_KEY) !== code) this.state.set(CODE_KEY, code);
    for (const p of this.runtime.pallets) p.onInitialize?.(this.ctx);
  }

  /** Applies the `Timestamp.set` inherent and returns its extrinsic bytes (bare, v4). */
  applyTimestamp(now: bigint): Uint8Array {
    const call = { type: 'Timestamp', value: { type: 'set', value: { now } } };
    const body = u8aConcat(new Uint8Array([0x04]), encode(this.runtime.outer.runtimeCall, call));
    this.phase = { type: 'ApplyExtrinsic', value: this.extrinsicIndex };
    const error = this.runtime.dispatch(this.ctx, call, { type: 'None' });
    const info: DispatchInfoValue = {
      weight: { ref_time: 9_000_000n, proof_size: 1_493n },
      class: { type: 'Mandatory' },
      pays_fee: { type: 'Yes' },
    };
    this.depositOutcome(error, info);
    this.extrinsicIndex++;
    return u8aConcat(encodeCompact(body.length), body);
  }

  /**
   * Runs the signed-extension checks of a signed extrinsic against the current state without
   * changing it. `exactNonce` requires the nonce to be the next one (block inclusion); otherwise a
   * higher nonce is accepted (the pool's future queue).
   */
  check(xt: DecodedExtrinsic, exactNonce: boolean): ValidTransaction | TransactionValidityError {
    const sig = xt.signature;
    if (sig === undefined) return { kind: 'Unknown', reason: 'NoUnsignedValidator' };
    if (sig.signer.every((b) => b === 0)) return { kind: 'Invalid', reason: 'BadSigner' };
    let info: ReturnType<Runtime['callInfo']>;
    try {
      info = this.runtime.callInfo(xt.call);
    } catch {
      return { kind: 'Invalid', reason: 'Call' };
    }
    if (info.class === 'Mandatory') return { kind: 'Invalid', reason: 'MandatoryValidation' };
    const job = this.signatureJob(xt);
    if ('kind' in job) return job;
    const ok = cachedVerify(job.key, () =>
      verifySignature(sig.scheme, job.message, sig.signature, sig.signer),
    );
    if (!ok) return { kind: 'Invalid', reason: 'BadProof' };
    const account = Account.get(this.state, sig.signer);
    if (sig.nonce < account.nonce) return { kind: 'Invalid', reason: 'Stale' };
    if (exactNonce && sig.nonce > account.nonce) return { kind: 'Invalid', reason: 'Future' };
    const weight = info.refTime + EXTRINSIC_BASE_WEIGHT;
    if (weight > MAX_NORMAL_BLOCK_WEIGHT) return { kind: 'Invalid', reason: 'ExhaustsResources' };
    if (exactNonce && info.class === 'Normal' && this.normalWeight + weight > MAX_NORMAL_BLOCK_WEIGHT) {
      return { kind: 'Invalid', reason: 'ExhaustsResources' };
    }
    const fee = info.pays === 'Yes' ? computeFee(xt.bytes.length, weight) : 0n;
    // subtensor's CheckNonce asks nothing of the account for a free call (Pays::No, no tip), so a hotkey that holds
    // no TAO can set weights and serve its axon.
    const charge = fee + sig.tip;
    if ((info.pays === 'Yes' || charge > 0n) && account.data.free < charge + EXISTENTIAL_DEPOSIT)
      return { kind: 'Invalid', reason: 'Payment' };
    return { signer: sig.signer, nonce: sig.nonce, stateNonce: account.nonce, priority: sig.tip };
  }

  /**
   * The signature check of a signed extrinsic at this block: the signing payload (with the birth
   * block's hash from `System.BlockHash`) and the cache key of its verification.
   */
  signatureJob(
    xt: DecodedExtrinsic,
  ): { key: string; message: Uint8Array; cached: boolean } | TransactionValidityError {
    const sig = xt.signature;
    if (sig === undefined) return { kind: 'Unknown', reason: 'NoUnsignedValidator' };
    const birth = eraBirth(sig.era, this.number);
    const birthHash = this.state.get(BlockHash.key(birth));
    if (birthHash === null || birth >= this.number) return { kind: 'Invalid', reason: 'AncientBirthBlock' };
    const genesis = this.state.get(BlockHash.key(0)) ?? u8aToHex(new Uint8Array(32));
    const { specVersion, transactionVersion } = this.runtime.version;
    const additional = u8aConcat(
      encode(u32, specVersion),
      encode(u32, transactionVersion),
      hexToU8a(genesis),
      hexToU8a(birthHash),
    );
    const key = `${u8aToHex(xt.hash)}${birthHash}`;
    return { key, message: signingPayload(xt.callBytes, sig.extra, additional), cached: verified.has(key) };
  }

  /** Applies a signed extrinsic: checks, nonce, fee, dispatch (rolled back on failure), events. */
  applyExtrinsic(xt: DecodedExtrinsic): ApplyResult {
    const valid = this.check(xt, true);
    if ('kind' in valid) return { included: false, error: valid };
    const sig = xt.signature!;
    const info = this.runtime.callInfo(xt.call);
    const weight = info.refTime + EXTRINSIC_BASE_WEIGHT;
    const fee = info.pays === 'Yes' ? computeFee(xt.bytes.length, weight) : 0n;
    this.phase = { type: 'ApplyExtrinsic', value: this.extrinsicIndex };
    const account = Account.get(this.state, sig.signer);
    Account.set(this.state, sig.signer, { ...account, nonce: account.nonce + 1 });
    withdrawFee(this.ctx, sig.signer, fee + sig.tip);
    const origin: Origin = { type: 'Signed', who: sig.signer };
    const error = this.runtime.dispatch(this.ctx, xt.call, origin);
    transactionPaymentEvents.deposit(this.ctx, 'TransactionFeePaid', {
      who: sig.signer,
      actual_fee: fee + sig.tip,
      tip: sig.tip,
    });
    this.depositOutcome(error, {
      weight: { ref_time: weight, proof_size: EXTRINSIC_PROOF_SIZE },
      class: { type: info.class },
      pays_fee: { type: info.pays },
    });
    if (info.class === 'Normal') this.normalWeight += weight;
    this.extrinsicIndex++;
    if (error === undefined) return { included: true, success: true };
    return { included: true, success: false, dispatchError: this.runtime.toDispatchError(error) };
  }

  /** `System.ExtrinsicSuccess` or `System.ExtrinsicFailed` for a dispatch outcome. */
  private depositOutcome(error: DispatchErrorValue | undefined, info: DispatchInfoValue): void {
    if (error === undefined) systemEvents.deposit(this.ctx, 'ExtrinsicSuccess', { dispatch_info: info });
    else {
      systemEvents.deposit(this.ctx, 'ExtrinsicFailed', {
        dispatch_error: this.runtime.toDispatchError(error),
        dispatch_info: info,
      });
    }
  }

  /** Writes `System.Events`, `EventCount` and `ExtrinsicCount` for the block. */
  finalize(): void {
    this.phase = { type: 'Finalization' };
    this.runtime.events.set(this.state, this.events);
    EventCount.set(this.state, this.events.length);
    ExtrinsicCount.set(this.state, undefined);
  }
}
