import { SdkError } from './sdk-error.js';

/**
 * Parameters of {@link ChainCallError}: where the call landed and the chain's error, as its metadata names it.
 *
 * @example
 * const parameters: ChainCallErrorParameters = {
 *   pallet: 'SubtensorModule',
 *   error: 'SettingWeightsTooFast',
 *   docs: 'A validator is attempting to set weights from a validator too fast.',
 *   blockHash: '0x…',
 *   block: 42,
 * };
 */
export type ChainCallErrorParameters = {
  /** Pallet that raised a `DispatchError::Module`; `undefined` for the other kinds (`BadOrigin`, `Token`, …). */
  pallet: string | undefined;
  /** The error's subtensor name (`SettingWeightsTooFast`) or the dispatch error kind (`BadOrigin`). */
  error: string;
  /** The error's doc comment from the metadata, when it has one. */
  docs?: string;
  /** Block the failed extrinsic was included in. */
  blockHash: string;
  /** Number of that block. */
  block: number;
};

/**
 * An extrinsic that was included in a block but whose dispatch failed (`ExtrinsicFailed`, or a `Sudid` with an
 * error). Carries the error under its subtensor name, decoded from the chain's metadata, so callers branch on
 * `error.name` (`SettingWeightsTooFast`, `NotEnoughBalanceToStake`, …). Its code is `SDK_CHAIN_CALL_FAILED`.
 *
 * @example
 * try {
 *   await addStake(client, { signer, hotkey, netuid: 1, amount: 10n ** 12n });
 * } catch (error) {
 *   if (error instanceof ChainCallError && error.name === 'NotEnoughBalanceToStake') console.error('top up first');
 * }
 */
export class ChainCallError extends SdkError {
  /** The subtensor error name, e.g. `SettingWeightsTooFast` (or `BadOrigin` for a non-module dispatch error). */
  override readonly name: string;
  /** Pallet that raised it (`SubtensorModule`, `AdminUtils`, `Balances` …), `undefined` for non-module errors. */
  readonly pallet: string | undefined;
  /** Doc comment of the error in the metadata, or ''. */
  readonly docs: string;
  /** Block the failed extrinsic was included in. */
  readonly blockHash: string;
  /** Number of that block. */
  readonly block: number;

  constructor(parameters: ChainCallErrorParameters) {
    const qualified =
      parameters.pallet === undefined ? parameters.error : `${parameters.pallet}.${parameters.error}`;
    super('SDK_CHAIN_CALL_FAILED', `The chain refused the call: ${qualified}.`, {
      ...(parameters.docs ? { details: parameters.docs } : {}),
    });
    this.name = parameters.error;
    this.pallet = parameters.pallet;
    this.docs = parameters.docs ?? '';
    this.blockHash = parameters.blockHash;
    this.block = parameters.block;
  }
}
