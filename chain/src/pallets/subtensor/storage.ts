/**
 * `SubtensorModule` storage items the devnet uses, with subtensor's names, hashers, value types and
 * `ValueQuery` defaults (reference §4/§9; defaults from yuma SPEC §7).
 */
import {
  AccountId32,
  bool,
  bytes,
  enumType,
  field,
  H256,
  sequence,
  struct,
  tuple,
  u8,
  u16,
  u32,
  u64,
  u128,
  variant,
} from '../../frame/primitives.js';
import { primitive, type TypeDef } from '../../frame/scale/type-def.js';
import { type Hasher, type StorageItem, storageItem } from '../../frame/storage-item.js';
import { DEFAULT_ROOT_CLAIM_TYPE, RootClaimTypeEnumDef, type RootClaimTypeValue } from './root-claim-type.js';
import { I96F32, SubnetIdentityV3 } from './rpc-types.js';
import { type SafeFloat, SafeFloatType, ZERO as ZERO_FLOAT } from './safe-float.js';
import {
  AlphaBalance,
  AxonInfo,
  type AxonInfoValue,
  i16,
  NetUid,
  NeuronCertificate,
  PrometheusInfo,
  type PrometheusInfoValue,
  RecycleOrBurnEnum,
  type RecycleOrBurnValue,
  TaoBalance,
  U64F64,
  ZERO_ACCOUNT,
} from './types.js';

const P = 'SubtensorModule';
const TAO = 1_000_000_000n;

function value<V>(name: string, type: TypeDef, def?: V): StorageItem<[], V> {
  return storageItem<[], V>({ pallet: P, name, value: type, ...(def === undefined ? {} : { default: def }) });
}
function netMap<V>(
  name: string,
  type: TypeDef,
  def?: V,
  hasher: Hasher = 'Identity',
): StorageItem<[number], V> {
  return storageItem<[number], V>({
    pallet: P,
    name,
    value: type,
    keys: [{ hasher, type: NetUid }],
    ...(def === undefined ? {} : { default: def }),
  });
}
function dmap<A, B, V>(
  name: string,
  k1: [Hasher, TypeDef],
  k2: [Hasher, TypeDef],
  type: TypeDef,
  def?: V,
): StorageItem<[A, B], V> {
  return storageItem<[A, B], V>({
    pallet: P,
    name,
    value: type,
    keys: [
      { hasher: k1[0], type: k1[1] },
      { hasher: k2[0], type: k2[1] },
    ],
    ...(def === undefined ? {} : { default: def }),
  });
}

const NET: [Hasher, TypeDef] = ['Identity', NetUid];
const UID: [Hasher, TypeDef] = ['Identity', u16];
const ACC: [Hasher, TypeDef] = ['Blake2_128Concat', AccountId32];
const pairs = sequence(tuple(u16, u16));

// ---- global values ----
export const TotalNetworks = value<number>('TotalNetworks', u16, 0);
export const BlockEmission = value<bigint>('BlockEmission', u64, TAO);
export const SubnetOwnerCut = value<number>('SubnetOwnerCut', u16, 11_796);
export const StakeThreshold = value<bigint>('StakeThreshold', u64, 0n);
export const TaoWeight = value<bigint>('TaoWeight', u64, 971_718_665_099_567_868n);
export const TotalIssuance = value<bigint>('TotalIssuance', TaoBalance, 0n);
export const TotalStake = value<bigint>('TotalStake', TaoBalance, 0n);
export const NetworkMinLockCost = value<bigint>('NetworkMinLockCost', TaoBalance, 1000n * TAO);
export const NetworkLastLockCost = value<bigint>('NetworkLastLockCost', TaoBalance, 1000n * TAO);
export const NetworkLockReductionInterval = value<bigint>('NetworkLockReductionInterval', u64, 100_800n);
export const NetworkRateLimit = value<bigint>('NetworkRateLimit', u64, 7200n);
export const NetworkImmunityPeriod = value<bigint>('NetworkImmunityPeriod', u64, 1_296_000n);
/** subtensor's `InitialStartCallDelay` (runtime: 0 blocks), `StartCallDelay`'s default and a pallet constant. */
export const INITIAL_START_CALL_DELAY = 0n;
export const StartCallDelay = value<bigint>('StartCallDelay', u64, INITIAL_START_CALL_DELAY);
export const SubnetLimit = value<number>('SubnetLimit', u16, 128);
export const MaxEpochsPerBlock = value<number>('MaxEpochsPerBlock', u8, 32);
export const CommitRevealWeightsVersion = value<number>('CommitRevealWeightsVersion', u16, 4);
export const AdminFreezeWindow = value<number>('AdminFreezeWindow', u16, 10);
export const OwnerHyperparamRateLimit = value<number>('OwnerHyperparamRateLimit', u16, 2);
export const MinActivityCutoff = value<number>('MinActivityCutoff', u16, 360);
export const TxRateLimit = value<bigint>('TxRateLimit', u64, 1000n);
export const MaxDelegateTake = value<number>('MaxDelegateTake', u16, 11_796);
export const MinDelegateTake = value<number>('MinDelegateTake', u16, 0);

// ---- accounts ----
export const Owner = storageItem<[Uint8Array], Uint8Array>({
  pallet: P,
  name: 'Owner',
  value: AccountId32,
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  default: ZERO_ACCOUNT,
});
export const Delegates = storageItem<[Uint8Array], number>({
  pallet: P,
  name: 'Delegates',
  value: u16,
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  default: 11_796,
});
export const OwnedHotkeys = storageItem<[Uint8Array], Uint8Array[]>({
  pallet: P,
  name: 'OwnedHotkeys',
  value: sequence(AccountId32),
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  default: [],
});
export const StakingHotkeys = storageItem<[Uint8Array], Uint8Array[]>({
  pallet: P,
  name: 'StakingHotkeys',
  value: sequence(AccountId32),
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  default: [],
});
/** `AutoStakeDestination`: (coldkey, netuid) → the hotkey its mining incentive is staked to (`set_coldkey_auto_stake_hotkey`). */
export const AutoStakeDestination = dmap<Uint8Array, number, Uint8Array | undefined>(
  'AutoStakeDestination',
  ACC,
  NET,
  AccountId32,
);
/** `AutoStakeDestinationColdkeys`: (hotkey, netuid) → the coldkeys auto-staking to it. */
export const AutoStakeDestinationColdkeys = dmap<Uint8Array, number, Uint8Array[]>(
  'AutoStakeDestinationColdkeys',
  ACC,
  NET,
  sequence(AccountId32),
  [],
);
/** `IdentitiesV2`: coldkey → its on-chain identity (`ChainIdentityV2`), written by `set_identity` (identity.ts). */
export const IdentitiesV2 = storageItem<[Uint8Array], Record<string, Uint8Array> | undefined>({
  pallet: P,
  name: 'IdentitiesV2',
  value: struct(
    ['pallet_subtensor', 'pallet', 'ChainIdentityV2'],
    ['name', 'url', 'github_repo', 'image', 'discord', 'description', 'additional'].map((n) =>
      field(n, sequence(u8), 'Vec<u8>'),
    ),
  ),
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
});
/** `SubnetIdentitiesV3`: netuid → its identity (`SubnetIdentityV3`), written by `set_subnet_identity` (identity.ts). */
export const SubnetIdentitiesV3 = storageItem<[number], Record<string, Uint8Array> | undefined>({
  pallet: P,
  name: 'SubnetIdentitiesV3',
  value: SubnetIdentityV3,
  keys: [{ hasher: 'Blake2_128Concat', type: NetUid }],
});
/**
 * `RootClaimType`: coldkey → how its root dividends are claimed (`Swap` to TAO by default; `set_root_claim_type`,
 * `root-claim.ts`). The other root-claim items are in `root-claim-storage.ts`.
 */
export const RootClaimType = storageItem<[Uint8Array], RootClaimTypeValue>({
  pallet: P,
  name: 'RootClaimType',
  value: RootClaimTypeEnumDef,
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  default: DEFAULT_ROOT_CLAIM_TYPE,
});

// ---- stake locks: declared, never written (the devnet has no lock_stake); btcli `subnets show` reads them ----
/** `LockState`: locked alpha, its conviction (`U64F64`) and the block it was last rolled up at. */
export const LockState = struct(
  ['pallet_subtensor', 'staking', 'lock', 'LockState'],
  [
    field('locked_mass', AlphaBalance, 'AlphaBalance'),
    field('conviction', U64F64, 'U64F64'),
    field('last_update', u64, 'u64'),
  ],
);
type LockStateValue = { locked_mass: bigint; conviction: { bits: bigint }; last_update: bigint };
const HOT: [Hasher, TypeDef] = ['Blake2_128Concat', AccountId32];
export const HotkeyLock = dmap<number, Uint8Array, LockStateValue | undefined>(
  'HotkeyLock',
  NET,
  HOT,
  LockState,
);
export const DecayingHotkeyLock = dmap<number, Uint8Array, LockStateValue | undefined>(
  'DecayingHotkeyLock',
  NET,
  HOT,
  LockState,
);
/** Decay timescales in blocks of locked mass and of conviction (subtensor's defaults, ~90 days to half). */
export const UnlockRate = value<bigint>('UnlockRate', u64, 934_866n);
export const MaturityRate = value<bigint>('MaturityRate', u64, 934_866n);
export const OwnerLock = netMap<LockStateValue | undefined>('OwnerLock', LockState);
export const DecayingOwnerLock = netMap<LockStateValue | undefined>('DecayingOwnerLock', LockState);

// ---- stake (dTAO share pools) ----
export const TotalHotkeyAlpha = dmap<Uint8Array, number, bigint>(
  'TotalHotkeyAlpha',
  ACC,
  NET,
  AlphaBalance,
  0n,
);
export const TotalHotkeyShares = dmap<Uint8Array, number, { bits: bigint }>(
  'TotalHotkeyShares',
  ACC,
  NET,
  U64F64,
  {
    bits: 0n,
  },
);
/** `Alpha[(hotkey, coldkey, netuid)]`: the coldkey's U64F64 shares (deprecated; read first, moved to `AlphaV2` on write). */
export const Alpha = storageItem<[Uint8Array, Uint8Array, number], { bits: bigint }>({
  pallet: P,
  name: 'Alpha',
  value: U64F64,
  keys: [
    { hasher: 'Blake2_128Concat', type: AccountId32 },
    { hasher: 'Blake2_128Concat', type: AccountId32 },
    { hasher: 'Identity', type: NetUid },
  ],
  default: { bits: 0n },
});
/** `TotalHotkeySharesV2[(hotkey, netuid)]`: the pool's shares as a `SafeFloat` (replaces `TotalHotkeyShares`). */
export const TotalHotkeySharesV2 = dmap<Uint8Array, number, SafeFloat>(
  'TotalHotkeySharesV2',
  ACC,
  NET,
  SafeFloatType,
  ZERO_FLOAT,
);
/** `AlphaV2[(hotkey, coldkey, netuid)]`: the coldkey's `SafeFloat` shares (replaces `Alpha`). */
export const AlphaV2 = storageItem<[Uint8Array, Uint8Array, number], SafeFloat>({
  pallet: P,
  name: 'AlphaV2',
  value: SafeFloatType,
  keys: [
    { hasher: 'Blake2_128Concat', type: AccountId32 },
    { hasher: 'Blake2_128Concat', type: AccountId32 },
    { hasher: 'Identity', type: NetUid },
  ],
  default: ZERO_FLOAT,
});
export const AlphaDividendsPerSubnet = dmap<number, Uint8Array, bigint>(
  'AlphaDividendsPerSubnet',
  NET,
  ACC,
  AlphaBalance,
  0n,
);

// ---- pools ----
export const SubnetTAO = netMap<bigint>('SubnetTAO', TaoBalance, 0n);
export const SubnetAlphaIn = netMap<bigint>('SubnetAlphaIn', AlphaBalance, 0n);
export const SubnetAlphaOut = netMap<bigint>('SubnetAlphaOut', AlphaBalance, 0n);
export const SubnetTaoInEmission = netMap<bigint>('SubnetTaoInEmission', TaoBalance, 0n);
export const SubnetAlphaInEmission = netMap<bigint>('SubnetAlphaInEmission', AlphaBalance, 0n);
export const SubnetAlphaOutEmission = netMap<bigint>('SubnetAlphaOutEmission', AlphaBalance, 0n);
export const SubnetVolume = netMap<bigint>('SubnetVolume', u128, 0n);
export const SubnetLocked = netMap<bigint>('SubnetLocked', TaoBalance, 0n);
export const TokenSymbol = netMap<Uint8Array>('TokenSymbol', sequence(u8), new Uint8Array());
export const PendingServerEmission = netMap<bigint>('PendingServerEmission', AlphaBalance, 0n);
export const PendingValidatorEmission = netMap<bigint>('PendingValidatorEmission', AlphaBalance, 0n);
export const PendingRootAlphaDivs = netMap<bigint>('PendingRootAlphaDivs', AlphaBalance, 0n);
export const PendingOwnerCut = netMap<bigint>('PendingOwnerCut', AlphaBalance, 0n);

// ---- subnet bookkeeping and scheduler ----
export const NetworksAdded = netMap<boolean>('NetworksAdded', bool, false);
export const SubnetworkN = netMap<number>('SubnetworkN', u16, 0);
export const SubnetMechanism = netMap<number>('SubnetMechanism', u16, 0);
export const SubnetOwner = netMap<Uint8Array>('SubnetOwner', AccountId32, ZERO_ACCOUNT);
export const SubnetOwnerHotkey = netMap<Uint8Array>('SubnetOwnerHotkey', AccountId32, ZERO_ACCOUNT);
export const NetworkRegisteredAt = netMap<bigint>('NetworkRegisteredAt', u64, 0n);
export const FirstEmissionBlockNumber = netMap<bigint | undefined>('FirstEmissionBlockNumber', u64);
export const SubtokenEnabled = netMap<boolean>('SubtokenEnabled', bool, false);
export const NetworkRegistrationAllowed = netMap<boolean>('NetworkRegistrationAllowed', bool, true);
export const NetworkPowRegistrationAllowed = netMap<boolean>('NetworkPowRegistrationAllowed', bool, true);
export const LastEpochBlock = netMap<bigint>('LastEpochBlock', u64, 0n);
export const PendingEpochAt = netMap<bigint>('PendingEpochAt', u64, 0n);
export const SubnetEpochIndex = netMap<bigint>('SubnetEpochIndex', u64, 0n);
export const BlocksSinceLastStep = netMap<bigint>('BlocksSinceLastStep', u64, 0n);
export const LastMechansimStepBlock = netMap<bigint>('LastMechansimStepBlock', u64, 0n);
export const ActivityCutoffFactorMilli = netMap<number>('ActivityCutoffFactorMilli', u32, 13_889);

// ---- hyperparameters (storage defaults; init_new_network overrides a few) ----
export const Tempo = netMap<number>('Tempo', u16, 360);
export const Kappa = netMap<number>('Kappa', u16, 32_767);
export const Rho = netMap<number>('Rho', u16, 10);
export const ImmunityPeriod = netMap<number>('ImmunityPeriod', u16, 4096);
export const ActivityCutoff = netMap<number>('ActivityCutoff', u16, 5000);
export const MaxWeightsLimit = netMap<number>('MaxWeightsLimit', u16, 65_535);
export const WeightsVersionKey = netMap<bigint>('WeightsVersionKey', u64, 0n);
export const MinAllowedWeights = netMap<number>('MinAllowedWeights', u16, 1024);
export const MaxAllowedValidators = netMap<number>('MaxAllowedValidators', u16, 128);
export const MinAllowedUids = netMap<number>('MinAllowedUids', u16, 64);
export const MaxAllowedUids = netMap<number>('MaxAllowedUids', u16, 256);
export const AdjustmentInterval = netMap<number>('AdjustmentInterval', u16, 100);
export const AdjustmentAlpha = netMap<bigint>('AdjustmentAlpha', u64, 0n);
export const BondsMovingAverage = netMap<bigint>('BondsMovingAverage', u64, 900_000n);
export const BondsPenalty = netMap<number>('BondsPenalty', u16, 65_535);
export const BondsResetOn = netMap<boolean>('BondsResetOn', bool, false);
export const WeightsSetRateLimit = netMap<bigint>('WeightsSetRateLimit', u64, 100n);
export const TargetRegistrationsPerInterval = netMap<number>('TargetRegistrationsPerInterval', u16, 2);
export const MaxRegistrationsPerBlock = netMap<number>('MaxRegistrationsPerBlock', u16, 1);
export const CommitRevealWeightsEnabled = netMap<boolean>('CommitRevealWeightsEnabled', bool, true);
/**
 * Mechanisms: the devnet runs one per subnet (mechanism 0, the whole emission); the count and the (absent) split are
 * declared because clients read them to list a subnet's mechanisms (btcli `subnets list/show`).
 */
/**
 * `SubnetEmaTaoFlow`: (block, EMA of the subnet's net TAO flow as `I64F64`). The devnet tracks no flow, so the map is
 * empty; `I64F64` has `I96F32`'s bytes (`FixedI128`: the fraction width is a type parameter the devnet does not carry).
 */
export const SubnetEmaTaoFlow = netMap<[bigint, { bits: bigint }] | undefined>(
  'SubnetEmaTaoFlow',
  tuple(u64, I96F32),
);
export const MechanismCountCurrent = netMap<number>('MechanismCountCurrent', u8, 1);
export const MechanismEmissionSplit = netMap<number[] | undefined>('MechanismEmissionSplit', sequence(u16));
/**
 * `EpochConsensus`: how a subnet's epoch turns weights into incentive. The devnet runs Yuma on every subnet; the item is
 * declared because clients read it before setting weights (bittensor ≥ 11 checks for `Null`'s single permit holder).
 */
const EpochConsensus = enumType(
  ['pallet_subtensor', 'epoch', 'EpochConsensus'],
  [variant(0, 'Yuma'), variant(1, 'Null')],
);
export const SubnetEpochConsensus = netMap<{ type: 'Yuma' | 'Null' }>(
  'SubnetEpochConsensus',
  EpochConsensus,
  {
    type: 'Yuma',
  },
);
export const RevealPeriodEpochs = netMap<bigint>('RevealPeriodEpochs', u64, 1n, 'Twox64Concat');
export const Burn = netMap<bigint>('Burn', TaoBalance, 100_000_000n);
export const MinBurn = netMap<bigint>('MinBurn', TaoBalance, 500_000n);
export const MaxBurn = netMap<bigint>('MaxBurn', TaoBalance, 100n * TAO);
export const BurnHalfLife = netMap<number>('BurnHalfLife', u16, 360);
export const BurnIncreaseMult = netMap<{ bits: bigint }>('BurnIncreaseMult', U64F64, {
  bits: (126n << 64n) / 100n,
});
export const Difficulty = netMap<bigint>('Difficulty', u64, 10_000_000n);
export const MinDifficulty = netMap<bigint>('MinDifficulty', u64, 10_000_000n);
export const MaxDifficulty = netMap<bigint>('MaxDifficulty', u64, (1n << 64n) / 4n - 1n);
export const ServingRateLimit = netMap<bigint>('ServingRateLimit', u64, 50n);
export const LiquidAlphaOn = netMap<boolean>('LiquidAlphaOn', bool, false, 'Blake2_128Concat');
export const Yuma3On = netMap<boolean>('Yuma3On', bool, false, 'Blake2_128Concat');
export const AlphaValues = netMap<[number, number]>('AlphaValues', tuple(u16, u16), [45_875, 58_982]);
export const AlphaSigmoidSteepness = netMap<number>('AlphaSigmoidSteepness', i16, 1000);
export const TransferToggle = netMap<boolean>('TransferToggle', bool, true);
export const RegistrationsThisInterval = netMap<number>('RegistrationsThisInterval', u16, 0);
export const BurnRegistrationsThisInterval = netMap<number>('BurnRegistrationsThisInterval', u16, 0);
export const RegistrationsThisBlock = netMap<number>('RegistrationsThisBlock', u16, 0);
export const LastAdjustmentBlock = netMap<bigint>('LastAdjustmentBlock', u64, 0n);
export const RAORecycledForRegistration = netMap<bigint>('RAORecycledForRegistration', TaoBalance, 0n);

// ---- neurons ----
export const Keys = dmap<number, number, Uint8Array>('Keys', NET, UID, AccountId32, ZERO_ACCOUNT);
export const Uids = dmap<number, Uint8Array, number | undefined>('Uids', NET, ACC, u16);
export const IsNetworkMember = dmap<Uint8Array, number, boolean>('IsNetworkMember', ACC, NET, bool, false);
export const BlockAtRegistration = dmap<number, number, bigint>('BlockAtRegistration', NET, UID, u64, 0n);
export const Axons = dmap<number, Uint8Array, AxonInfoValue | undefined>('Axons', NET, ACC, AxonInfo);
export const Prometheus = dmap<number, Uint8Array, PrometheusInfoValue | undefined>(
  'Prometheus',
  NET,
  ACC,
  PrometheusInfo,
);
export const NeuronCertificates = dmap<
  number,
  Uint8Array,
  { public_key: Uint8Array; algorithm: number } | undefined
>('NeuronCertificates', NET, ACC, NeuronCertificate);

// ---- epoch outputs ----
export const Active = netMap<boolean[]>('Active', sequence(bool), []);
export const Consensus = netMap<number[]>('Consensus', sequence(u16), []);
export const Incentive = netMap<number[]>('Incentive', sequence(u16), []);
export const Dividends = netMap<number[]>('Dividends', sequence(u16), []);
export const Emission = netMap<bigint[]>('Emission', sequence(AlphaBalance), []);
export const LastUpdate = netMap<bigint[]>('LastUpdate', sequence(u64), []);
export const ValidatorTrust = netMap<number[]>('ValidatorTrust', sequence(u16), []);
export const ValidatorPermit = netMap<boolean[]>('ValidatorPermit', sequence(bool), []);
export const StakeWeight = netMap<number[]>('StakeWeight', sequence(u16), []);
export const Weights = dmap<number, number, [number, number][]>('Weights', NET, UID, pairs, []);
export const Bonds = dmap<number, number, [number, number][]>('Bonds', NET, UID, pairs, []);

// ---- commit-reveal v2 ----
/** One CR-v2 commit: `(hash, commit_epoch, commit_block, reserved)`. */
export type WeightCommit = [Uint8Array, bigint, bigint, bigint];
export const WeightCommits = dmap<number, Uint8Array, WeightCommit[] | undefined>(
  'WeightCommits',
  ['Twox64Concat', NetUid],
  ['Twox64Concat', AccountId32],
  sequence(tuple(H256, u64, u64, u64)),
);
// ---- commit-reveal v4 (drand timelock) ----
/** One CR-v4 commit: `(who, commit_block, ciphertext, reveal_round)`. */
export type TimelockedCommit = [Uint8Array, bigint, Uint8Array, bigint];
/** `TimelockedWeightCommits[netuid_index][commit_epoch]` (`ValueQuery`: empty when absent). */
export const TimelockedWeightCommits = dmap<number, bigint, TimelockedCommit[]>(
  'TimelockedWeightCommits',
  ['Twox64Concat', NetUid],
  ['Twox64Concat', u64],
  sequence(tuple(AccountId32, u64, bytes, u64)),
  [],
);
export const MinNonImmuneUids = netMap<number>('MinNonImmuneUids', u16, 10);

// ---- child hotkeys and takes ----
const childLinks = sequence(tuple(u64, AccountId32));
/** `ChildKeys[(parent, netuid)]`: `(proportion of u64::MAX, child)`. */
export const ChildKeys = dmap<Uint8Array, number, [bigint, Uint8Array][]>(
  'ChildKeys',
  ACC,
  NET,
  childLinks,
  [],
);
/** `ParentKeys[(child, netuid)]`: `(proportion of u64::MAX, parent)`. */
export const ParentKeys = dmap<Uint8Array, number, [bigint, Uint8Array][]>(
  'ParentKeys',
  ACC,
  NET,
  childLinks,
  [],
);
/** `PendingChildKeys[(netuid, parent)]`: the scheduled children and the block after which they apply. */
export const PendingChildKeys = dmap<number, Uint8Array, [[bigint, Uint8Array][], bigint]>(
  'PendingChildKeys',
  NET,
  ACC,
  tuple(childLinks, u64),
  [[], 0n],
);
export const ChildkeyTake = dmap<Uint8Array, number, number>('ChildkeyTake', ACC, NET, u16, 0);
export const MinChildkeyTake = value<number>('MinChildkeyTake', u16, 0);
export const MaxChildkeyTake = value<number>('MaxChildkeyTake', u16, 11_796);
export const MinChildkeyTakePerSubnet = netMap<number>('MinChildkeyTakePerSubnet', u16, 0);
/** `ImmuneOwnerUidsLimit`: how many of the owner coldkey's registered hotkeys pruning never replaces. */
export const ImmuneOwnerUidsLimit = netMap<number>('ImmuneOwnerUidsLimit', u16, 1);
export const PendingChildKeyCooldown = value<bigint>('PendingChildKeyCooldown', u64, 7200n);
export const TxChildkeyTakeRateLimit = value<bigint>('TxChildkeyTakeRateLimit', u64, 216_000n);
export const TxDelegateTakeRateLimit = value<bigint>('TxDelegateTakeRateLimit', u64, 216_000n);
/** `NominatorMinRequiredStake`: parts per million of `DefaultMinStake` a nomination must keep (0: no minimum). */
export const NominatorMinRequiredStake = value<bigint>('NominatorMinRequiredStake', u64, 0n);
/** `TransactionKeyLastBlock[(hotkey, netuid, tx_type)]` (0 `SetChildren`, 1 `SetChildkeyTake`). */
export const TransactionKeyLastBlock = storageItem<[Uint8Array, number, number], bigint>({
  pallet: P,
  name: 'TransactionKeyLastBlock',
  value: u64,
  keys: [
    { hasher: 'Blake2_128Concat', type: AccountId32 },
    { hasher: 'Identity', type: NetUid },
    { hasher: 'Identity', type: u16 },
  ],
  default: 0n,
});
/**
 * `RateLimitKey<AccountId>` with the variants the devnet writes or may read (`OwnerHyperparamUpdate`, index
 * 1, carries a `Hyperparameter` the devnet does not model and is left out).
 */
const RateLimitKey = enumType(
  ['pallet_subtensor', 'pallet', 'RateLimitKey'],
  [
    variant(0, 'SetSNOwnerHotkey', [field(null, NetUid, 'NetUid')]),
    variant(2, 'NetworkLastRegistered'),
    variant(3, 'LastTxBlock', [field(null, AccountId32, 'AccountId')]),
    variant(4, 'LastTxBlockChildKeyTake', [field(null, AccountId32, 'AccountId')]),
    variant(5, 'LastTxBlockDelegateTake', [field(null, AccountId32, 'AccountId')]),
    variant(6, 'AddStakeBurn', [field(null, NetUid, 'NetUid')]),
  ],
  [{ name: 'AccountId', type: AccountId32 }],
);
/** `LastRateLimitedBlock[RateLimitKey]`. */
export const LastRateLimitedBlock = storageItem<[{ type: string; value?: unknown }], bigint>({
  pallet: P,
  name: 'LastRateLimitedBlock',
  value: u64,
  keys: [{ hasher: 'Identity', type: RateLimitKey }],
  default: 0n,
});
/** `CKBurn`: the share of a parent's dividends recycled (U64 fraction of u64::MAX; 0 by default). */
export const CKBurn = value<bigint>('CKBurn', u64, 0n);

export * from './key-swap-storage.js';
export * from './root-claim-storage.js';

// ---- coinbase (run_coinbase, moving prices, root proportion, TAO flow) ----
type Fixed = { bits: bigint };
const i64 = primitive('I64');
/** `U96F32` (`FixedU128<U32>`): the bytes of `U64F64`, a u128 of bits; only the fraction width differs. */
const U96F32 = U64F64;
/** `SubnetMovingAlpha`: the EMA's base weight, `I96F32` 0.000003 (bits 12_885). */
export const SubnetMovingAlpha = value<Fixed>('SubnetMovingAlpha', I96F32, { bits: 12_885n });
/** `SubnetMovingPrice`: each subnet's EMA of its alpha price, `I96F32`; emission shares follow it. */
export const SubnetMovingPrice = netMap<Fixed>('SubnetMovingPrice', I96F32, { bits: 0n });
/** `EMAPriceHalvingBlocks`: blocks for the EMA to close half the gap to the price (4 weeks). */
export const EMAPriceHalvingBlocks = netMap<bigint>('EMAPriceHalvingBlocks', u64, 201_600n);
/** `RootProp`: `root_proportion` of each emitting subnet, `U96F32`, written after the coinbase. */
export const RootProp = netMap<Fixed>('RootProp', U96F32, { bits: 0n });
/** `MinerBurned`: the share of the last tempo's miner emission withheld (owner hotkeys), `U96F32`. */
export const MinerBurned = netMap<Fixed>('MinerBurned', U96F32, { bits: 0n });
export const SubnetEmissionEnabled = netMap<boolean>('SubnetEmissionEnabled', bool, true);
export const OwnerCutEnabled = netMap<boolean>('OwnerCutEnabled', bool, true);
export const SubnetExcessTao = netMap<bigint>('SubnetExcessTao', TaoBalance, 0n);
export const SubnetProtocolAlpha = netMap<bigint>('SubnetProtocolAlpha', AlphaBalance, 0n);
/** `SubnetTaoFlow`: net TAO staked in (+) and unstaked out (−) of a subnet by users, `i64`. */
export const SubnetTaoFlow = netMap<bigint>('SubnetTaoFlow', i64, 0n);
/** `SubnetProtocolFlow`: TAO the protocol put in (emission, chain buys) minus root sells, `i64`. */
export const SubnetProtocolFlow = netMap<bigint>('SubnetProtocolFlow', i64, 0n);
/** `RecycleOrBurnEnum`: what happens to miner emission paid to the owner's hotkeys. */
export const RecycleOrBurn = netMap<RecycleOrBurnValue>('RecycleOrBurn', RecycleOrBurnEnum, { type: 'Burn' });
export const RootAlphaDividendsPerSubnet = dmap<number, Uint8Array, bigint>(
  'RootAlphaDividendsPerSubnet',
  NET,
  ACC,
  AlphaBalance,
  0n,
);
export const TotalHotkeyAlphaLastEpoch = dmap<Uint8Array, number, bigint>(
  'TotalHotkeyAlphaLastEpoch',
  ACC,
  NET,
  AlphaBalance,
  0n,
);
