/**
 * Plain values out of `@polkadot/api` codecs. The devnet's and subtensor's storage is untyped for `@polkadot/api`
 * (no augmentation), so the actions read numbers, options and booleans through these.
 */
import type { Codec } from '@polkadot/types/types';

type Numeric = Codec & { toBigInt(): bigint; toNumber(): number };
type OptionCodec = Codec & { isSome: boolean; unwrap(): Codec };

/**
 * A u64/u128 codec as a bigint.
 *
 * @example
 * const burn = bigintOf(await client.api.query.subtensorModule.burn(netuid));
 */
export function bigintOf(codec: Codec): bigint {
  return (codec as Numeric).toBigInt();
}

/**
 * A u16/u32 (or small u64) codec as a number.
 *
 * @example
 * const n = numberOf(await client.api.query.subtensorModule.subnetworkN(netuid));
 */
export function numberOf(codec: Codec): number {
  return (codec as Numeric).toNumber();
}

/**
 * The inner codec of an `Option`, or `undefined` for `None`.
 *
 * @example
 * const uid = optionOf(await client.api.query.subtensorModule.uids(netuid, hotkey));
 */
export function optionOf(codec: Codec): Codec | undefined {
  const option = codec as OptionCodec;
  return option.isSome ? option.unwrap() : undefined;
}

/**
 * A bool codec as a boolean.
 *
 * @example
 * const enabled = booleanOf(await client.api.query.subtensorModule.commitRevealWeightsEnabled(netuid));
 */
export function booleanOf(codec: Codec): boolean {
  return (codec as Codec & { isTrue: boolean }).isTrue;
}
