import { type RootClaimType, setRootClaimType } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { CliError } from '../../framework/cli-error.js';
import { SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';

/**
 * How a claim type is written on the command line: `swap`, `keep`, or `keep-subnets:1,3`.
 *
 * @example
 * claimTypeName({ keepSubnets: [1, 3] }); // 'keep-subnets:1,3'
 */
export function claimTypeName(claimType: RootClaimType): string {
  return typeof claimType === 'string' ? claimType : `keep-subnets:${claimType.keepSubnets.join(',')}`;
}

const NOTES: Record<'swap' | 'keep' | 'keep-subnets', string> = {
  swap: 'future root alpha emissions are swapped to TAO at claim time and added to your root stake',
  keep: 'future root alpha emissions are kept as alpha stake on each subnet',
  'keep-subnets':
    'future root alpha emissions are kept as alpha on the listed subnets and swapped to TAO elsewhere',
};

/** `subnetkit stake set-claim-type swap|keep|keep-subnets` (btcli `stake set-claim`): how root emissions are claimed. */
export const stakeSetClaimType: Subcommand = {
  options: [
    {
      name: 'netuids',
      type: 'string',
      placeholder: 'N,N',
      description: 'with keep-subnets: the subnets whose emissions stay alpha, comma-separated',
    },
    ...SPENDING_OPTIONS,
  ],
  examples: [
    'subnetkit stake set-claim-type keep --wallet.name me --yes',
    'subnetkit stake set-claim-type keep-subnets --netuids 1,3 --wallet.name me --yes',
  ],
  async run(context) {
    const { output, options } = context;
    const [name, ...extra] = options.positionals;
    if ((name !== 'swap' && name !== 'keep' && name !== 'keep-subnets') || extra.length > 0)
      throw new CliError('CLI_USAGE', 'give the claim type: swap, keep or keep-subnets (with --netuids)');
    if ((name === 'keep-subnets') !== options.has('netuids'))
      throw new CliError('CLI_USAGE', '--netuids goes with keep-subnets, and keep-subnets needs it');
    const claimType: RootClaimType =
      name === 'keep-subnets' ? { keepSubnets: [...new Set(options.numberList('netuids'))] } : name;
    const client = await connectClient(context);
    const { result } = await spendFromColdkey(context, {
      summary: `Set the root claim type to ${claimTypeName(claimType)}? (${NOTES[name]})`,
      label: 'setting the root claim type',
      submit: (signer) => setRootClaimType(client, { signer, claimType }),
    });
    if (output.json) return output.printJson({ claimType: claimTypeName(claimType), block: result.block });
    output.line(`root claim type set to ${claimTypeName(claimType)}: ${NOTES[name]}`);
  },
};
