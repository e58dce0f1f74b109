import { ChainCallError } from '@subnetkit/sdk';
import { CliError, type CliErrorCode } from '../framework/cli-error.js';

/** What the command was doing, so the fix can name the exact next command. */
export type ChainErrorHints = {
  netuid?: number;
  hotkey?: string;
  coldkey?: string;
  /** The hyperparameter `sudo set` was setting, and whether the signing coldkey owns the subnet. */
  param?: string;
  signerOwnsSubnet?: boolean;
  /** The wallet and chain flags the user typed (` --wallet.name owner`), repeated in the commands a fix names. */
  typed?: string;
};

/** Subtensor's `DefaultMinStake` (2,000,000 rao), the smallest stake or unstake it accepts. */
const MIN_STAKE_TAO = '0.002';

type Explanation = { code: CliErrorCode; message: string; fix?: string };

/** Subtensor errors a user can act on, by name, with the next step. */
const EXPLANATIONS: Readonly<Record<string, (hints: ChainErrorHints) => Explanation>> = {
  HotKeyNotRegisteredInSubNet: (h) => notRegistered(h),
  HotKeyNotRegisteredInNetwork: (h) => notRegistered(h),
  HotKeyAccountNotExists: (h) => notRegistered(h),
  SubnetNotExists: (h) => noSubnet(h),
  SubnetDoesNotExist: (h) => noSubnet(h),
  SubtokenDisabled: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `netuid ${h.netuid ?? '?'} is not started yet, so it takes no stake (subtoken disabled)`,
    fix: `the subnet owner starts it with \`subnetkit subnets start --netuid ${h.netuid ?? 'N'}${h.typed ?? ''}\``,
  }),
  AmountTooLow: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `the amount is below the chain's minimum of τ${MIN_STAKE_TAO} per stake or unstake (an unstake must also leave nothing or return at least τ${MIN_STAKE_TAO})`,
    fix: `use --amount ${MIN_STAKE_TAO} or more, or unstake everything`,
  }),
  MechanismDoesNotExist: (h) => noSubnet(h),
  NotEnoughBalanceToStake: () => ({
    code: 'CLI_INSUFFICIENT_BALANCE',
    message: 'the coldkey balance is too low for this stake',
    fix: 'check it with `subnetkit wallet balance` and lower --amount',
  }),
  InsufficientBalance: () => ({
    code: 'CLI_INSUFFICIENT_BALANCE',
    message: 'the coldkey balance is too low',
    fix: 'check it with `subnetkit wallet balance`',
  }),
  CannotAffordLockCost: () => ({
    code: 'CLI_INSUFFICIENT_BALANCE',
    message: 'the coldkey cannot pay the subnet lock cost',
    fix: 'see the cost with `subnetkit subnets burn-cost` and top up the coldkey',
  }),
  NotEnoughStakeToWithdraw: (h) => ({
    code: 'CLI_INSUFFICIENT_STAKE',
    message: `not that much stake on netuid ${h.netuid ?? '?'} for this hotkey and coldkey`,
    fix: 'see your stake with `subnetkit stake list` and lower --amount',
  }),
  NotSubnetOwner: (h) => notPermitted(h),
  BadOrigin: (h) => notPermitted(h),
  NonAssociatedColdKey: () => ({
    code: 'CLI_NOT_PERMITTED',
    message: 'the hotkey belongs to another coldkey',
    fix: 'use a hotkey of this wallet (--wallet.hotkey) or register a new one',
  }),
  HotKeyAlreadyRegisteredInSubNet: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `the hotkey is already registered on netuid ${h.netuid ?? '?'}`,
    fix: `see its uid with \`subnetkit subnets show --netuid ${h.netuid ?? 'N'}\``,
  }),
  SettingWeightsTooFast: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'weights were set too recently (weights_rate_limit)',
    fix: `wait some blocks; the limit is shown by \`subnetkit sudo get --netuid ${h.netuid ?? 'N'} --param weights_rate_limit\``,
  }),
  CommitRevealEnabled: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `commit-reveal is on for netuid ${h.netuid ?? '?'}, so weights cannot be set directly`,
    fix: 'use `subnetkit weights commit` and later `subnetkit weights reveal`',
  }),
  CommitRevealDisabled: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `commit-reveal is off for netuid ${h.netuid ?? '?'}`,
    fix: 'use `subnetkit weights set`',
  }),
  AdminActionProhibitedDuringWeightsWindow: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `owner settings of netuid ${h.netuid ?? '?'} are frozen in the last blocks before an epoch (admin_freeze_window)`,
    fix: `pass --wait to send it once the next epoch opens the window, or (as root, on a devnet) \`subnetkit sudo set --param admin_freeze_window --value 0 --wallet.name alice\``,
  }),
  NeedWaitingMoreBlocksToStarCall: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'the subnet cannot be started yet (start_call_delay has not passed)',
    fix: 'wait some blocks and run `subnetkit subnets start` again',
  }),
  FirstEmissionBlockNumberAlreadySet: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `netuid ${h.netuid ?? '?'} is already started`,
  }),
};

function notRegistered(h: ChainErrorHints): Explanation {
  const netuid = h.netuid === undefined ? 'N' : String(h.netuid);
  return {
    code: 'CLI_NOT_REGISTERED',
    message: `hotkey ${h.hotkey ?? ''} not registered on netuid ${netuid}`.replace('  ', ' '),
    fix: `run \`subnetkit subnets register --netuid ${netuid}${h.typed ?? ''}\``,
  };
}

function noSubnet(h: ChainErrorHints): Explanation {
  return {
    code: 'CLI_SUBNET_NOT_FOUND',
    message: `netuid ${h.netuid ?? '?'} does not exist`,
    fix: 'list the subnets with `subnetkit subnets list`',
  };
}

function notPermitted(h: ChainErrorHints): Explanation {
  if (h.param !== undefined && h.signerOwnsSubnet === true) {
    return {
      code: 'CLI_NOT_PERMITTED',
      message: `${h.param} is root-only: the subnet owner may not set it, only the chain's sudo key`,
      fix: 'sign with the sudo key (on a devnet //Alice: import it with `subnetkit wallet regen-coldkey --uri //Alice --wallet.name alice`, then --wallet.name alice)',
    };
  }
  return {
    code: 'CLI_NOT_PERMITTED',
    message: `this coldkey may not do that${h.netuid === undefined ? '' : ` on netuid ${h.netuid}`} (only the subnet owner, or sudo for root-only settings)`,
    fix: "use the subnet owner's wallet (--wallet.name), or on a devnet the sudo key //Alice",
  };
}

/**
 * Turns a chain refusal into a `CliError` with the next step (`HotKeyNotRegisteredInSubNet` → "run `subnetkit subnets
 * register --netuid 2`"); other chain errors become `CLI_TRANSACTION_FAILED` with the chain's own name and docs.
 * `SDK_SUBNET_NOT_FOUND` from a read becomes `CLI_SUBNET_NOT_FOUND`; anything else is returned unchanged.
 *
 * @example
 * try { await addStake(client, …) } catch (error) { throw explainChainError(error, { netuid }) }
 */
export function explainChainError(error: unknown, hints: ChainErrorHints): unknown {
  if ((error as { code?: string }).code === 'SDK_SUBNET_NOT_FOUND') {
    const { code, message, fix } = noSubnet(hints);
    return new CliError(code, message, { ...(fix === undefined ? {} : { fix }), cause: error });
  }
  if (!(error instanceof ChainCallError)) return error;
  const explain = EXPLANATIONS[error.name];
  if (explain !== undefined) {
    const { code, message, fix } = explain(hints);
    return new CliError(code, `${message} (chain: ${error.name})`, {
      ...(fix === undefined ? {} : { fix }),
      cause: error,
    });
  }
  const where = error.pallet === undefined ? error.name : `${error.pallet}.${error.name}`;
  return new CliError(
    'CLI_TRANSACTION_FAILED',
    `the chain refused the call: ${where}${error.docs ? ` — ${error.docs}` : ''}`,
    {
      cause: error,
    },
  );
}
