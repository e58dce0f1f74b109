import { u8aToBigInt } from '@polkadot/util';
import { SdkError } from '../errors/sdk-error.js';
import { formatIp } from './format-ip.js';
import type { AxonInfo, Metagraph, MetagraphHyperparameters } from './metagraph.js';
import { ScaleReader } from './scale-reader.js';
import { ss58Of } from './ss58-cache.js';

/**
 * What `get_metagraph` itself carries: a {@link Metagraph} without the block hash, `validatorTrust`, weights and
 * bonds, which {@link getMetagraph} adds from the same block.
 *
 * @example
 * const decoded: DecodedMetagraph = decodeMetagraph(bytes);
 */
export type DecodedMetagraph = Omit<Metagraph, 'blockHash' | 'validatorTrust' | 'weights' | 'bonds'>;

const RAO_PER_TOKEN = 1e9;
const U16_MAX = 65535;
const ACCOUNT_BYTES = 32;
const AXON_IP_BYTES = 16;
const SUBNET_IDENTITY_FIELDS = 8;
const CHAIN_IDENTITY_FIELDS = 7;
const textDecoder = new TextDecoder();
const UNSERVED_AXON: AxonInfo = { block: 0, version: 0, ip: '0.0.0.0', port: 0, ipType: 0, protocol: 0 };

/**
 * Decodes the SCALE bytes of subtensor's `Metagraph<AccountId32>` (v3.4.9 `rpc_info/metagraph.rs`, 72 fields in
 * struct order; the `Some` payload of `SubnetInfoRuntimeApi_get_metagraph`) straight into typed arrays. This is
 * what makes {@link getMetagraph} fast: no generic codec objects per field and neuron.
 * Deprecated vectors (`pruning_score`, `trust`, `rank`) and identities are read past, not returned; per-uid
 * vectors shorter than `hotkeys` are zero-filled to `n` (longer ones are cut), so every array has length `n`.
 * Throws `SDK_METAGRAPH_MALFORMED` when the bytes do not match the layout (e.g. a chain with a different `Metagraph`).
 *
 * @example
 * const answer = await api.rpc.state.call('SubnetInfoRuntimeApi_get_metagraph', '0x0100'); // netuid 1, SCALE u16
 * const metagraph = decodeMetagraph(answer.toU8a(true).subarray(1)); // skip the Option's Some byte
 */
export function decodeMetagraph(bytes: Uint8Array): DecodedMetagraph {
  const r = new ScaleReader(bytes);
  const netuid = r.compactNumber();
  const name = readCompactU8Text(r);
  const symbol = readCompactU8Text(r);
  if (r.bool()) skipByteVectors(r, SUBNET_IDENTITY_FIELDS);
  const networkRegisteredAt = r.compactNumber();
  const ownerHotkey = ss58Of(r.bytes(ACCOUNT_BYTES));
  const ownerColdkey = ss58Of(r.bytes(ACCOUNT_BYTES));
  const block = r.compactNumber();
  const tempo = r.compactNumber();
  const lastStep = r.compactNumber();
  const blocksSinceLastStep = r.compactNumber();
  const subnetEmission = r.compactBigInt();
  const alphaIn = r.compactBigInt();
  const alphaOut = r.compactBigInt();
  const taoIn = r.compactBigInt();
  const emissions = {
    subnet: subnetEmission,
    alphaOut: r.compactBigInt(),
    alphaIn: r.compactBigInt(),
    taoIn: r.compactBigInt(),
    pendingAlpha: r.compactBigInt(),
    pendingRoot: r.compactBigInt(),
  };
  const subnetVolume = r.compactBigInt();
  const movingPrice = Number(u8aToBigInt(r.bytes(16), { isLe: true, isNegative: true })) / 2 ** 32;
  const hyperparameters = readHyperparameters(r, tempo);

  const hotkeyBytes = readAccountVector(r);
  const n = hotkeyBytes.length;
  const hotkeys = hotkeyBytes.map(ss58Of);
  const coldkeys = readAccountVector(r).map(ss58Of);
  const identities = r.compactNumber();
  for (let i = 0; i < identities; i++) if (r.bool()) skipByteVectors(r, CHAIN_IDENTITY_FIELDS);
  const axons = readAxons(r, n);
  const active = readBools(r, n);
  const validatorPermit = readBools(r, n);
  skipCompactVector(r);
  const lastUpdate = readCompacts(r, n, 1);
  const emission = readCompacts(r, n, RAO_PER_TOKEN);
  const dividends = readCompacts(r, n, U16_MAX);
  const incentive = readCompacts(r, n, U16_MAX);
  const consensus = readCompacts(r, n, U16_MAX);
  skipCompactVector(r);
  skipCompactVector(r);
  const blockAtRegistration = readCompacts(r, n, 1);
  const alphaRao = readRaoVector(r, n);
  const taoRao = readRaoVector(r, n);
  const totalRao = readRaoVector(r, n);
  const taoDividends = readHotkeyAmounts(r, n);
  const alphaDividends = readHotkeyAmounts(r, n);
  if (r.remaining !== 0) throw malformed(`${r.remaining} byte(s) left after the last field`);

  const uids = new Uint16Array(n);
  for (let uid = 0; uid < n; uid++) uids[uid] = uid;
  return {
    netuid,
    block,
    n,
    name,
    symbol,
    networkRegisteredAt,
    ownerHotkey,
    ownerColdkey,
    lastStep,
    blocksSinceLastStep,
    hyperparameters,
    pool: { alphaIn, alphaOut, taoIn, subnetVolume, movingPrice },
    emissions,
    uids,
    hotkeys,
    coldkeys,
    axons,
    active,
    validatorPermit,
    lastUpdate,
    blockAtRegistration,
    emission,
    incentive,
    dividends,
    consensus,
    stake: {
      alpha: toTokens(alphaRao),
      tao: toTokens(taoRao),
      total: toTokens(totalRao),
      alphaRao,
      taoRao,
      totalRao,
    },
    alphaDividends,
    taoDividends,
  };
}

function readHyperparameters(r: ScaleReader, tempo: number): MetagraphHyperparameters {
  const rho = r.compactNumber();
  const kappa = r.compactNumber();
  const minAllowedWeights = r.compactNumber();
  const maxWeightsLimit = r.compactNumber();
  const weightsVersion = r.compactNumber();
  const weightsRateLimit = r.compactNumber();
  const activityCutoff = r.compactNumber();
  const maxValidators = r.compactNumber();
  r.compactNumber(); // num_uids: the length of the vectors below is authoritative
  const maxUids = r.compactNumber();
  const burn = r.compactBigInt();
  const difficulty = r.compactBigInt();
  const registrationAllowed = r.bool();
  const powRegistrationAllowed = r.bool();
  const immunityPeriod = r.compactNumber();
  const minDifficulty = r.compactBigInt();
  const maxDifficulty = r.compactBigInt();
  const minBurn = r.compactBigInt();
  const maxBurn = r.compactBigInt();
  const adjustmentAlpha = r.compactBigInt();
  const adjustmentInterval = r.compactNumber();
  const targetRegsPerInterval = r.compactNumber();
  const maxRegsPerBlock = r.compactNumber();
  const servingRateLimit = r.compactNumber();
  const commitRevealWeightsEnabled = r.bool();
  const commitRevealPeriod = r.compactNumber();
  const liquidAlphaEnabled = r.bool();
  const alphaHigh = r.compactNumber();
  const alphaLow = r.compactNumber();
  const bondsMovingAvg = r.compactNumber();
  return {
    tempo,
    rho,
    kappa,
    minAllowedWeights,
    maxWeightsLimit,
    weightsVersion,
    weightsRateLimit,
    activityCutoff,
    maxValidators,
    maxUids,
    burn,
    difficulty,
    registrationAllowed,
    powRegistrationAllowed,
    immunityPeriod,
    minDifficulty,
    maxDifficulty,
    minBurn,
    maxBurn,
    adjustmentAlpha,
    adjustmentInterval,
    targetRegsPerInterval,
    maxRegsPerBlock,
    servingRateLimit,
    commitRevealWeightsEnabled,
    commitRevealPeriod,
    liquidAlphaEnabled,
    alphaHigh,
    alphaLow,
    bondsMovingAvg,
  };
}

/** `Vec<Compact<u8>>` (subtensor's `name` and `symbol`) as UTF-8 text. */
function readCompactU8Text(r: ScaleReader): string {
  const length = r.compactNumber();
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = r.compactNumber();
  return textDecoder.decode(bytes);
}

function skipByteVectors(r: ScaleReader, count: number): void {
  for (let i = 0; i < count; i++) r.skip(r.compactNumber());
}

function skipCompactVector(r: ScaleReader): void {
  const length = r.compactNumber();
  for (let i = 0; i < length; i++) r.compactNumber();
}

function readAccountVector(r: ScaleReader): Uint8Array[] {
  const length = r.compactNumber();
  const accounts = new Array<Uint8Array>(length);
  for (let i = 0; i < length; i++) accounts[i] = r.bytes(ACCOUNT_BYTES);
  return accounts;
}

function readAxons(r: ScaleReader, n: number): AxonInfo[] {
  const length = r.compactNumber();
  const axons = new Array<AxonInfo>(length);
  for (let uid = 0; uid < length; uid++) {
    const block = Number(r.u64());
    const version = r.u32();
    const ipBytes = r.bytes(AXON_IP_BYTES);
    const port = r.u16();
    const ipType = r.u8();
    const protocol = r.u8();
    r.skip(2); // placeholder1, placeholder2
    axons[uid] = { block, version, ip: formatIp(ipBytes, ipType), port, ipType, protocol };
  }
  for (let uid = length; uid < n; uid++) axons[uid] = { ...UNSERVED_AXON };
  axons.length = n;
  return axons;
}

function readBools(r: ScaleReader, n: number): Uint8Array {
  const length = r.compactNumber();
  const values = new Uint8Array(n);
  for (let uid = 0; uid < length; uid++) {
    const value = r.bool();
    if (uid < n) values[uid] = value ? 1 : 0;
  }
  return values;
}

/** A `Vec<Compact<_>>` of length `n`, each value divided by `divisor`. */
function readCompacts(r: ScaleReader, n: number, divisor: number): Float64Array {
  const length = r.compactNumber();
  const values = new Float64Array(n);
  for (let uid = 0; uid < length; uid++) {
    const value = r.compactNumber() / divisor;
    if (uid < n) values[uid] = value;
  }
  return values;
}

function readRaoVector(r: ScaleReader, n: number): BigUint64Array {
  const length = r.compactNumber();
  const values = new BigUint64Array(n);
  for (let uid = 0; uid < length; uid++) {
    const value = r.compactBigInt();
    if (uid < n) values[uid] = value;
  }
  return values;
}

/** `Vec<(AccountId, Compact<u64>)>` aligned with the hotkeys: the amounts in token units. */
function readHotkeyAmounts(r: ScaleReader, n: number): Float64Array {
  const length = r.compactNumber();
  const values = new Float64Array(n);
  for (let uid = 0; uid < length; uid++) {
    r.skip(ACCOUNT_BYTES);
    const value = r.compactNumber() / RAO_PER_TOKEN;
    if (uid < n) values[uid] = value;
  }
  return values;
}

function toTokens(rao: BigUint64Array): Float64Array {
  const tokens = new Float64Array(rao.length);
  for (let i = 0; i < rao.length; i++) tokens[i] = Number(rao[i]) / RAO_PER_TOKEN;
  return tokens;
}

function malformed(details: string): SdkError {
  return new SdkError('SDK_METAGRAPH_MALFORMED', 'The metagraph bytes do not match the expected layout.', {
    details,
  });
}
