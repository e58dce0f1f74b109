import { blake2b } from '@noble/hashes/blake2b';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils';
import { createKeypair } from '@subnetkit/sdk';

/**
 * Parameters of {@link challengeSeed}.
 *
 * @example
 * const parameters: ChallengeSeedParameters = { blockHash: head.hash, hotkey: signer.address, step: 42 };
 */
export type ChallengeSeedParameters = {
  /** The hash of the block that started the step, `0x` hex (32 bytes). */
  blockHash: string;
  /** The validator's hotkey, SS58. */
  hotkey: string;
  /** The validator's step counter. */
  step: number;
};

/**
 * The seed of one step's challenges: `blake2b-256(blockHash(32) ‖ hotkey public key(32) ‖ u64le(step))`, `0x` hex.
 * Miners cannot know it before the block exists, two validators never send the same challenges, and anyone holding
 * the three inputs can recompute (audit) what the validator asked.
 *
 * @example
 * const seed = challengeSeed({ blockHash: '0x' + '11'.repeat(32), hotkey: signer.address, step: 7 });
 */
export function challengeSeed(parameters: ChallengeSeedParameters): `0x${string}` {
  const block = hexToBytes(parameters.blockHash.replace(/^0x/, ''));
  const hotkey = createKeypair({ address: parameters.hotkey }).publicKey;
  const step = new Uint8Array(8);
  new DataView(step.buffer).setBigUint64(0, BigInt(parameters.step), true);
  const input = new Uint8Array(block.length + hotkey.length + step.length);
  input.set(block, 0);
  input.set(hotkey, block.length);
  input.set(step, block.length + hotkey.length);
  return `0x${bytesToHex(blake2b(input, { dkLen: 32 }))}`;
}
