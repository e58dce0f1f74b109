import type { Keypair } from '@subnetkit/sdk';
import type { Output } from '../output/output.js';
import type { WalletLocation } from './wallet-location.js';

/**
 * Prints what a key command wrote: addresses, file paths and — for newly generated keys — the mnemonic, which the
 * user must write down (JSON: `{ wallet, path, coldkey?: { address, file, mnemonic? }, hotkey?: … }`).
 *
 * @example
 * reportWrittenKeys(output, location, { coldkey }, { showMnemonic: true });
 */
export function reportWrittenKeys(
  output: Output,
  location: WalletLocation,
  keys: { coldkey?: Keypair; hotkey?: Keypair },
  options: { showMnemonic: boolean },
): void {
  const entry = (keypair: Keypair, file: string) => ({
    address: keypair.address,
    file,
    ...(options.showMnemonic && keypair.mnemonic !== undefined ? { mnemonic: keypair.mnemonic } : {}),
  });
  const coldkey = keys.coldkey === undefined ? undefined : entry(keys.coldkey, location.paths.coldkey);
  const hotkey =
    keys.hotkey === undefined
      ? undefined
      : { name: location.hotkey, ...entry(keys.hotkey, location.paths.hotkey) };
  if (output.json) {
    output.printJson({
      wallet: location.name,
      path: location.path,
      ...(coldkey && { coldkey }),
      ...(hotkey && { hotkey }),
    });
    return;
  }
  for (const [label, key] of [
    ['coldkey', coldkey],
    [`hotkey ${location.hotkey}`, hotkey],
  ] as const) {
    if (key === undefined) continue;
    output.line(`${output.style('bold', label)}  ${key.address}  ${output.style('dim', key.file)}`);
    if ('mnemonic' in key && key.mnemonic !== undefined) {
      output.line(`  mnemonic: ${output.style('yellow', key.mnemonic)}`);
      output.line(
        output.style('yellow', '  write it down and keep it safe: it is the only way to recover this key'),
      );
    }
  }
}
