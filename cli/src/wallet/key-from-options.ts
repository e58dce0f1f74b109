import { createKeypair, generateMnemonic, type Keypair } from '@subnetkit/sdk';
import { CliError } from '../framework/cli-error.js';
import type { CommandOptions } from '../framework/command-options.js';
import type { OptionSpec } from '../framework/option-spec.js';

/** `--mnemonic`, `--seed`, `--uri`: where a regenerated key comes from. */
export const KEY_SOURCE_OPTIONS: readonly OptionSpec[] = [
  { name: 'mnemonic', type: 'string', placeholder: '"WORDS…"', description: 'BIP-39 mnemonic (12–24 words)' },
  { name: 'seed', type: 'string', placeholder: '0xHEX', description: '32-byte seed as hex' },
  {
    name: 'uri',
    type: 'string',
    placeholder: '//Alice',
    description: 'development key URI (never for real funds)',
  },
];

/** `--n-words`: the length of a generated mnemonic. */
export const WORDS_OPTION: OptionSpec = {
  name: 'n-words',
  type: 'string',
  default: '12',
  placeholder: 'N',
  description: 'mnemonic length: 12, 15, 18, 21 or 24',
};

/** `--overwrite`: replace existing key files. */
export const OVERWRITE_OPTION: OptionSpec = {
  name: 'overwrite',
  type: 'boolean',
  description: 'replace existing key files',
};

/**
 * The key given by exactly one of `--mnemonic`, `--seed`, `--uri` (`CLI_USAGE` for none or several).
 *
 * @example
 * const keypair = keyFromOptions(options); // --uri //Alice → 5Grw…
 */
export function keyFromOptions(options: CommandOptions): Keypair {
  const given = KEY_SOURCE_OPTIONS.map((spec) => spec.name).filter((name) => options.has(name));
  if (given.length !== 1) {
    throw new CliError('CLI_USAGE', `give exactly one of --mnemonic, --seed, --uri (got ${given.length})`, {
      fix: 'e.g. --mnemonic "word1 word2 …" or, for a devnet, --uri //Alice',
    });
  }
  const [source] = given;
  const value = options.requiredString(source!);
  if (source === 'mnemonic') return createKeypair({ mnemonic: value });
  if (source === 'seed') return createKeypair({ seed: value });
  return createKeypair({ uri: value });
}

/**
 * A fresh key from a new mnemonic of `--n-words` words.
 *
 * @example
 * const { mnemonic, address } = newKey(options);
 */
export function newKey(options: CommandOptions): Keypair {
  const words = options.integer('n-words', { min: 12, max: 24 });
  if (![12, 15, 18, 21, 24].includes(words)) {
    throw new CliError('CLI_INVALID_OPTION', `--n-words takes 12, 15, 18, 21 or 24; got ${words}`);
  }
  return createKeypair({ mnemonic: generateMnemonic({ words: words as 12 | 15 | 18 | 21 | 24 }) });
}
