import { mnemonicGenerate } from '@polkadot/util-crypto';
import { SdkError } from '../errors/sdk-error.js';

/**
 * Generates a BIP-39 mnemonic (12 words by default, like `btcli wallet create`).
 *
 * @example
 * const mnemonic = generateMnemonic({ words: 24 });
 * const coldkey = createKeypair({ mnemonic });
 */
export function generateMnemonic(parameters: { words?: 12 | 15 | 18 | 21 | 24 } = {}): string {
  const words = parameters.words ?? 12;
  if (![12, 15, 18, 21, 24].includes(words)) {
    throw new SdkError('SDK_INVALID_ARGUMENT', `A mnemonic has 12, 15, 18, 21 or 24 words, not ${words}.`);
  }
  return mnemonicGenerate(words);
}
