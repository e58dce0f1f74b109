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

/** A refused children list: what rule it broke. */
function childRule(message: string): Explanation {
  return { code: 'CLI_INVALID_OPTION', message, fix: 'fix --children / --proportions and retry' };
}

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
  NotEnoughBalanceToPaySwapHotKey: () => ({
    code: 'CLI_INSUFFICIENT_BALANCE',
    message: 'the coldkey cannot pay the hotkey swap (τ0.1 on every subnet, τ0.001 on one)',
    fix: 'check it with `subnetkit wallet balance` and top up the coldkey',
  }),
  InvalidSubnetNumber: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'a root claim names 1 to 5 subnets (and `keep-subnets` at least one)',
    fix: 'pass between one and five netuids with --netuids',
  }),
  InvalidNumRootClaim: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'the number of automatic root claims per block is at most 50',
    fix: 'set a value from 0 to 50',
  }),
  InvalidRootClaimThreshold: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'the root claim threshold is at most 10,000,000 rao (0.01 alpha)',
    fix: 'set a smaller threshold',
  }),
  NotEnoughBalanceToPaySwapColdKey: () => ({
    code: 'CLI_INSUFFICIENT_BALANCE',
    message: 'the coldkey cannot pay the coldkey swap announcement (τ0.1, recycled)',
    fix: 'check it with `subnetkit wallet balance` and top up the coldkey',
  }),
  HotKeySwapOnSubnetIntervalNotPassed: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `this coldkey swapped a hotkey on netuid ${h.netuid ?? '?'} less than 7,200 blocks ago (on a new chain, the first one-subnet swap waits for block 7,201)`,
    fix: 'wait for the interval, or swap on every subnet (drop --netuid)',
  }),
  HotKeySetTxRateLimitExceeded: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'this coldkey swapped a hotkey less than TxRateLimit blocks ago',
    fix: 'wait for the rate limit (`subnetkit sudo get --param tx_rate_limit`) and retry',
  }),
  ColdkeySwapTooEarly: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'the announcement delay of this coldkey swap has not passed yet',
    fix: `see the block it can run at with \`subnetkit wallet swap-coldkey status${h.typed ?? ''}\``,
  }),
  ColdkeySwapAnnounced: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'this coldkey has announced a coldkey swap: until it runs it can make only the swap calls',
    fix: `run it with \`subnetkit wallet swap-coldkey execute --new-coldkey …${h.typed ?? ''}\` once the delay has passed, or withdraw it with \`wallet swap-coldkey clear\``,
  }),
  ColdkeySwapDisputed: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: "this coldkey's swap is disputed: it can make no call until root resets it",
    fix: "ask the chain's root (sudo) to call `reset_coldkey_swap` for this coldkey",
  }),
  AnnouncedColdkeyHashDoesNotMatch: () => ({
    code: 'CLI_INVALID_OPTION',
    message: '--new-coldkey is not the coldkey this wallet announced',
    fix: 'pass the announced coldkey, or announce the new one after the reannouncement delay',
  }),
  NewHotKeyIsSameWithOld: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'the new hotkey is the hotkey being swapped',
    fix: 'pass another hotkey with --new-hotkey or --new-hotkey-ss58',
  }),
  NewHotKeyNotCleanForRootSwap: () => ({
    code: 'CLI_INVALID_OPTION',
    message:
      'the new hotkey already has stake (or root claims) on the root subnet, so a swap touching root cannot merge into it',
    fix: 'swap to a hotkey without root stake',
  }),
  ColdKeyAlreadyAssociated: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'the new coldkey already stakes: a coldkey swap needs a coldkey without stake',
    fix: 'swap to a fresh coldkey (`subnetkit wallet new-coldkey`)',
  }),
  NewColdKeyIsHotkey: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'the new coldkey is a hotkey on this chain',
    fix: 'swap to a fresh coldkey (`subnetkit wallet new-coldkey`)',
  }),
  ColdkeySwapAnnouncementNotFound: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'this coldkey has no coldkey swap announced',
    fix: `announce one with \`subnetkit wallet swap-coldkey announce --new-coldkey …${h.typed ?? ''}\``,
  }),
  ColdkeySwapReannouncedTooEarly: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'this coldkey announced a swap already; another announcement waits for the reannouncement delay',
    fix: `see when with \`subnetkit wallet swap-coldkey status${h.typed ?? ''}\``,
  }),
  ColdkeySwapClearTooEarly: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message:
      'an announcement can be cleared only after the reannouncement delay following the block it can run at',
    fix: `see that block with \`subnetkit wallet swap-coldkey status${h.typed ?? ''}\``,
  }),
  ColdkeySwapAlreadyDisputed: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: "this coldkey's swap is disputed already",
    fix: "ask the chain's root (sudo) to call `reset_coldkey_swap` for this coldkey",
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
  RequireSudo: () => ({
    code: 'CLI_NOT_PERMITTED',
    message: "only the chain's sudo key may do that",
    fix: 'sign with the sudo key (//Alice on a devnet: --wallet.name alice after `subnetkit wallet regen-coldkey --uri //Alice --wallet.name alice`)',
  }),
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
    fix: `see it with \`subnetkit subnets show --netuid ${h.netuid ?? 'N'}\``,
  }),
  // Registration.
  TooManyRegistrationsThisBlock: () =>
    retry('this block already has its maximum of registrations (max_regs_per_block)'),
  TooManyRegistrationsThisInterval: () =>
    retry('root has taken three times its target of registrations since its last epoch boundary'),
  RootNetworkDoesNotExist: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'this chain has no root subnet (netuid 0)',
    fix: 'check --subtensor.network / --subtensor.chain_endpoint: point it at a subtensor chain',
  }),
  NetworkTxRateLimitExceeded: () => retry('subnets are created too often on this chain (network rate limit)'),
  SubNetRegistrationDisabled: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `registration is closed on netuid ${h.netuid ?? '?'} (registration_allowed is false)`,
    fix: `the owner opens it with \`subnetkit sudo set --netuid ${h.netuid ?? 'N'} --param registration_allowed --value true\``,
  }),
  RegistrationNotPermittedOnRootSubnet: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'netuid 0 (root) takes no burned registrations',
    fix: 'register on a subnet: `subnetkit subnets list` shows them',
  }),
  NoNeuronIdAvailable: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `netuid ${h.netuid ?? '?'} is full and no neuron can be replaced yet (all are within their immunity period)`,
    fix: 'wait for immunity periods to end, or the owner raises max_allowed_uids',
  }),
  RegistrationPriceLimitExceeded: () => retry('the burn cost rose above the price the registration accepted'),
  SubnetLimitReached: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message:
      'the chain holds its maximum number of subnets and each is within its network immunity period, so none can be pruned',
    fix: 'use an existing subnet (`subnetkit subnets list`), or wait until the oldest leaves its immunity period',
  }),
  POWRegistrationDisabled: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'proof-of-work registration is off on this chain',
    fix: 'register with a burn: `subnetkit subnets register`',
  }),
  // Identities and token symbols.
  InvalidIdentity: () => ({
    code: 'CLI_INVALID_OPTION',
    message:
      'a field of the identity is too long (wallet: name, url, github, discord ≤ 256 bytes, image, description, additional ≤ 1024; subnet: name and discord ≤ 256 bytes, the others ≤ 1024)',
    fix: 'shorten the field and retry',
  }),
  SymbolDoesNotExist: () => ({
    code: 'CLI_INVALID_OPTION',
    message: "that is not one of the chain's subnet token symbols (root's Τ is not one either)",
    fix: "pick one symbol of subtensor's table, e.g. α, β, γ … ω, א, ب (docs/cli.md)",
  }),
  SymbolAlreadyInUse: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'a subnet already uses that symbol',
    fix: 'pick a free one: `subnetkit subnets list` shows the symbols in use',
  }),
  // Serving.
  InvalidIpType: () => badAxon('the IP type is neither 4 nor 6'),
  InvalidIpAddress: () => badAxon('the IP address is not a public unicast address'),
  InvalidPort: () => badAxon('the port is 0'),
  ServingRateLimitExceeded: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'the axon was announced too recently (serving_rate_limit)',
    fix: `wait some blocks; the limit is shown by \`subnetkit sudo get --netuid ${h.netuid ?? 'N'} --param serving_rate_limit\``,
  }),
  // Commit-reveal.
  NoWeightsCommitFound: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'no weights commit of this hotkey is waiting to be revealed',
    fix: 'commit first with `subnetkit weights commit`',
  }),
  InvalidRevealCommitHashNotMatch: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'the revealed uids, weights, salt or version key do not hash to the commit',
    fix: 'reveal exactly what `subnetkit weights commit` printed',
  }),
  TooManyUnrevealedCommits: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'this hotkey has the maximum of unrevealed commits',
    fix: 'reveal the earlier ones with `subnetkit weights reveal` (or wait until they expire)',
  }),
  ExpiredWeightCommit: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'the commit expired before it was revealed',
    fix: 'commit again with `subnetkit weights commit` and reveal within the reveal period',
  }),
  RevealTooEarly: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'the reveal period of this commit has not started',
    fix: `wait for the epoch named by commit_reveal_period (\`subnetkit sudo get --netuid ${h.netuid ?? 'N'} --param commit_reveal_period\`)`,
  }),
  CommittingWeightsTooFast: () => retry('weights were committed too recently (weights_rate_limit)'),
  IncorrectCommitRevealVersion: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `the chain expects another commit-reveal version (CommitRevealWeightsVersion) than this timelocked commit's`,
    fix: `hash-commit instead with \`subnetkit weights commit --crv2 --netuid ${h.netuid ?? 'N'}\`, or check the chain's version with \`subnetkit subnets show --netuid ${h.netuid ?? 'N'}\``,
  }),
  InvalidRevealRound: () =>
    retry(
      "the commit's drand reveal round is already on chain (below Drand.LastStoredRound): the clock ran behind",
    ),
  // Commitments.
  AccountNotAllowedCommit: (h) => notRegistered(h),
  SpaceLimitExceeded: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `the hotkey has used its commitment space on netuid ${h.netuid ?? '?'} for this epoch (Commitments.MaxSpace bytes, each commitment counting at least 100)`,
    fix: 'commit again in the next epoch',
  }),
  InputLengthsUnequal: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'a batch weights call needs as many weight lists (and keys) as netuids',
    fix: 'give one entry per subnet',
  }),
  CannotBurnOrRecycleOnRootSubnet: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'root (netuid 0) stake cannot be burned or recycled',
    fix: 'choose a subnet other than 0',
  }),
  InvalidValue: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'the value is outside the range the chain accepts for this setting',
    fix: 'check the range in docs/chain.md and retry',
  }),
  SameAutoStakeHotkeyAlreadySet: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `the coldkey already auto-stakes to this hotkey on netuid ${h.netuid ?? '?'}`,
    fix: 'nothing to do, or name another hotkey',
  }),
  TrimmingWouldExceedMaxImmunePercentage: () => ({
    code: 'CLI_INVALID_OPTION',
    message: "trimming to that many uids would leave the owner's immune uids above the allowed share",
    fix: 'trim to more uids, or lower the owner immune neuron limit first',
  }),
  CannotUseSystemAccount: () => ({
    code: 'CLI_INVALID_OPTION',
    message: "that address is a subnet's system account and cannot be used as a hotkey",
    fix: 'use another hotkey',
  }),
  NotPermittedOnRootSubnet: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'this setting does not apply to the root subnet (netuid 0)',
    fix: 'choose a subnet other than 0',
  }),
  TooManyFieldsInCommitmentInfo: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'a commitment holds at most 3 fields',
    fix: 'commit fewer fields',
  }),
  // Staking.
  InsufficientLiquidity: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: "the subnet's pool has too little liquidity for this amount",
    fix: 'use a smaller --amount',
  }),
  SlippageTooHigh: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'the pool price moved past the limit price',
    fix: 'retry, or allow a looser limit',
  }),
  TransferDisallowed: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `netuid ${h.netuid ?? '?'} does not allow stake transfers between coldkeys (transfers_enabled is off)`,
    fix: 'move the stake to a subnet that allows transfers first, or unstake and send TAO',
  }),
  SameNetuid: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'the stake would stay where it is (same hotkey, coldkey and subnet)',
    fix: 'give a different --dest or --dest-netuid',
  }),
  // Child hotkeys and takes.
  NotEnoughStakeToSetChildkeys: () => ({
    code: 'CLI_INSUFFICIENT_STAKE',
    message: 'the parent hotkey has less stake than the chain requires to set children (StakeThreshold)',
    fix: 'stake more on the hotkey first (`subnetkit stake add`)',
  }),
  InvalidChild: () => childRule('a hotkey cannot be its own child'),
  DuplicateChild: () => childRule('the same child is listed twice'),
  ProportionOverflow: () => childRule('the proportions add up to more than 1'),
  TooManyChildren: () => childRule('a hotkey has at most 5 children'),
  ChildParentInconsistency: () => childRule('a child cannot also be a parent of the same hotkey'),
  TxRateLimitExceeded: () => retry('children were set on this subnet too recently (150 blocks)'),
  InvalidChildkeyTake: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'the childkey take is outside the chain bounds (0 … 0.18 by default)',
    fix: 'use a --take between 0 and 0.18',
  }),
  TxChildkeyTakeRateLimitExceeded: () => retry('the childkey take was raised too recently'),
  DelegateTakeTooLow: () => ({
    code: 'CLI_INVALID_OPTION',
    message:
      'the take must change (a lower take than today to decrease, higher to increase) and stay above the minimum',
    fix: 'see the current take with `subnetkit sudo get-take`',
  }),
  DelegateTakeTooHigh: () => ({
    code: 'CLI_INVALID_OPTION',
    message: 'the take is above the chain maximum (0.18 by default)',
    fix: 'use a --take of 0.18 or less',
  }),
  DelegateTxRateLimitExceeded: () =>
    retry('the delegate take was changed too recently to raise it (TxDelegateTakeRateLimit)'),
  StakeTooLowForRoot: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: "root is full and the hotkey's root stake is not above that of the root member with the least",
    fix: 'stake more TAO on the hotkey on root first (`subnetkit stake add --netuid 0`)',
  }),
  ExistentialDeposit: () => ({
    code: 'CLI_INSUFFICIENT_BALANCE',
    message: 'the transfer would leave the account below the existential deposit',
    fix: 'send a smaller amount or all of it',
  }),
  // Hyperparameter bounds (sudo set).
  LiquidAlphaDisabled: (h) => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: `liquid alpha is off on netuid ${h.netuid ?? '?'}, so alpha values cannot be set`,
    fix: `turn it on first: \`subnetkit sudo set --netuid ${h.netuid ?? 'N'} --param liquid_alpha_enabled --value true\``,
  }),
  AlphaHighTooLow: (h) => outOfBounds(h, 'alpha_high is below its minimum'),
  AlphaLowOutOfRange: (h) => outOfBounds(h, 'alpha_low is out of range (0 < alpha_low < alpha_high)'),
  ActivityCutoffTooLow: (h) => outOfBounds(h, 'activity_cutoff is below the chain minimum'),
  ActivityCutoffFactorMilliOutOfBounds: (h) => outOfBounds(h, 'the activity cutoff factor is out of bounds'),
  RevealPeriodTooLarge: (h) => outOfBounds(h, 'commit_reveal_period is above its maximum'),
  RevealPeriodTooSmall: (h) => outOfBounds(h, 'commit_reveal_period must be at least 1'),
  TempoOutOfBounds: (h) => outOfBounds(h, 'tempo is out of bounds'),
  MaxValidatorsLargerThanMaxUIds: (h) => outOfBounds(h, 'max_validators is above max_allowed_uids'),
  MaxAllowedUIdsLessThanCurrentUIds: (h) =>
    outOfBounds(h, 'max_allowed_uids is below the neurons already registered'),
  MinAllowedUidsGreaterThanMaxAllowedUids: (h) =>
    outOfBounds(h, 'min_allowed_uids is above max_allowed_uids'),
  MaxAllowedUidsLessThanMinAllowedUids: (h) => outOfBounds(h, 'max_allowed_uids is below min_allowed_uids'),
  MaxAllowedUidsGreaterThanDefaultMaxAllowedUids: (h) =>
    outOfBounds(h, 'max_allowed_uids is above the chain default'),
  BondsMovingAverageMaxReached: (h) => outOfBounds(h, 'bonds_moving_avg is above its maximum'),
  NegativeSigmoidSteepness: (h) =>
    outOfBounds(h, 'alpha_sigmoid_steepness may not be negative for the owner'),
  ValueNotInBounds: (h) => outOfBounds(h, 'the value is outside its allowed range'),
  // Calls the devnet does not run.
  CallDisabled: () => notOnThisChain('this call is disabled on this chain'),
  Deprecated: () => notOnThisChain('this call is deprecated on this chain'),
  Overflow: () => ({
    code: 'CLI_TRANSACTION_FAILED',
    message: 'an amount overflowed on chain',
    fix: 'use a smaller amount',
  }),
};

/** The chain error names the CLI explains in words (a test checks them against the pallet error tables). */
export const EXPLAINED_CHAIN_ERRORS: readonly string[] = Object.keys(EXPLANATIONS);

function retry(message: string): Explanation {
  return { code: 'CLI_TRANSACTION_FAILED', message, fix: 'run the command again in a few blocks' };
}

function badAxon(message: string): Explanation {
  return {
    code: 'CLI_TRANSACTION_FAILED',
    message: `the axon address was refused: ${message}`,
    fix: 'pass the public address with --axon.external_ip and a non-zero --axon.port',
  };
}

function outOfBounds(h: ChainErrorHints, message: string): Explanation {
  return {
    code: 'CLI_TRANSACTION_FAILED',
    message: `${message} on netuid ${h.netuid ?? '?'}`,
    fix: `see the current values with \`subnetkit sudo get --netuid ${h.netuid ?? 'N'}\` and pick one within the bounds (docs/chain.md)`,
  };
}

function notOnThisChain(message: string): Explanation {
  return {
    code: 'CLI_TRANSACTION_FAILED',
    message,
    fix: 'use the supported command for this (docs/chain.md lists what the devnet implements)',
  };
}

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
