import { claimRoot, getRootClaims, MAX_SUBNET_CLAIMS } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { CliError } from '../../framework/cli-error.js';
import { SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { claimTypeName } from './set-claim-type.js';

/**
 * `subnetkit stake claim-root` (btcli `stake process-claim`): claims the coldkey's root network emissions on up to five
 * subnets, by default every subnet with something to claim.
 */
export const stakeClaimRoot: Subcommand = {
  options: [
    {
      name: 'netuids',
      type: 'string',
      placeholder: 'N,N',
      description: `subnets to claim on, comma-separated, at most ${MAX_SUBNET_CLAIMS} (default: those with emissions to claim)`,
    },
    ...SPENDING_OPTIONS,
  ],
  examples: [
    'subnetkit stake claim-root --wallet.name me --yes',
    'subnetkit stake claim-root --netuids 1,3 --wallet.name me --yes --json',
  ],
  async run(context) {
    const { output, options } = context;
    const coldkey = await coldkeyAddress(walletLocation(options));
    const client = await connectClient(context);
    const { claimType, claims } = await getRootClaims(client, { coldkey });
    const chosen = options.has('netuids') ? [...new Set(options.numberList('netuids'))] : undefined;
    if (chosen !== undefined && (chosen.length === 0 || chosen.length > MAX_SUBNET_CLAIMS))
      throw new CliError('CLI_INVALID_OPTION', `--netuids names 1 to ${MAX_SUBNET_CLAIMS} subnets`);
    const owed = claims.filter((c) => chosen === undefined || chosen.includes(c.netuid));
    const netuids = chosen ?? [...new Set(owed.map((c) => c.netuid))].slice(0, MAX_SUBNET_CLAIMS);
    if (netuids.length === 0) {
      if (output.json)
        return output.printJson({ coldkey, claimType: claimTypeName(claimType), netuids, claims: [] });
      output.line(`no root emissions to claim for ${coldkey}`);
      return;
    }
    const { result } = await spendFromColdkey(context, {
      summary: `Claim root emissions on netuid ${netuids.join(', ')} (claim type ${claimTypeName(claimType)})?`,
      label: 'claiming root emissions',
      submit: (signer) => claimRoot(client, { signer, netuids }),
    });
    if (output.json)
      return output.printJson({
        coldkey,
        claimType: claimTypeName(claimType),
        netuids,
        claims: owed.filter((c) => netuids.includes(c.netuid)),
        block: result.block,
      });
    for (const c of owed.filter((o) => netuids.includes(o.netuid)))
      output.line(`netuid ${c.netuid}: ${formatTao(c.owed)} alpha through ${c.hotkey}`);
    output.line(
      `claimed root emissions on ${netuids.length} subnet(s) (${claimTypeName(claimType)}); amounts under a subnet's claim threshold stay for later`,
    );
  },
};
