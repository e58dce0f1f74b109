import { createKeypair } from '@subnetkit/sdk';
import { CliError } from '../../framework/cli-error.js';
import { JSON_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { OVERWRITE_OPTION } from '../../wallet/key-from-options.js';
import { reportWrittenKeys } from '../../wallet/report-written-keys.js';
import { storeKeys } from '../../wallet/store-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit wallet regen-coldkeypub`: a watch-only wallet (coldkeypub.txt) from an address or public key. */
export const walletRegenColdkeypub: Subcommand = {
  options: [
    ...WALLET_OPTIONS,
    { name: 'ss58', type: 'string', placeholder: 'ADDRESS', description: 'SS58 address of the coldkey' },
    { name: 'public-key', type: 'string', placeholder: '0xHEX', description: '32-byte public key as hex' },
    OVERWRITE_OPTION,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit wallet regen-coldkeypub --wallet.name watch --ss58 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
  ],
  async run({ options, output }) {
    const location = walletLocation(options);
    const ss58 = options.string('ss58');
    const publicKey = options.string('public-key');
    if ((ss58 === undefined) === (publicKey === undefined)) {
      throw new CliError('CLI_USAGE', 'give exactly one of --ss58 and --public-key');
    }
    const coldkey =
      ss58 === undefined ? createKeypair({ publicKey: publicKey! }) : createKeypair({ address: ss58 });
    await storeKeys(location, { coldkeypub: coldkey }, { overwrite: options.flag('overwrite') });
    reportWrittenKeys(
      output,
      { ...location, paths: { ...location.paths, coldkey: location.paths.coldkeypub } },
      { coldkey },
      { showMnemonic: false },
    );
  },
};
