/**
 * The JSON checking contract of `subnetkit yuma epoch` (shared/yuma/README.md): a step input in the
 * vectors' snake_case layout → `EpochInput`, and `EpochOutput` → the named output keys.
 *
 * Integers may arrive as JSON numbers, bigints (from a lossless parser) or decimal strings. Every
 * problem is reported as a `StepInputError` naming the field; nothing is computed from bad input.
 */
import { BaseError } from '@subnetkit/errors';
import type { EpochInput, EpochOutput, SparseRowU16 } from './types.js';

/**
 * Bad step input (`CHAIN_YUMA_BAD_INPUT`); `field` is the JSON path of the offending value.
 *
 * @example
 * try { parseStepInput({}); } catch (e) { if (e instanceof StepInputError) e.field; } // '$.state_before'
 */
export class StepInputError extends BaseError<'CHAIN_YUMA_BAD_INPUT'> {
  override readonly name = 'StepInputError';
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super('CHAIN_YUMA_BAD_INPUT', `${field}: ${problem}`);
  }
}

const U64_MAX = (1n << 64n) - 1n;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

type Json = unknown;

function record(value: Json, field: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new StepInputError(field, 'expected an object');
  }
  return value as Record<string, Json>;
}

function list(value: Json, field: string, length?: number): Json[] {
  if (!Array.isArray(value)) throw new StepInputError(field, 'expected an array');
  if (length !== undefined && value.length !== length) {
    throw new StepInputError(field, `expected ${length} entries (n), got ${value.length}`);
  }
  return value;
}

function integer(value: Json, field: string, min: bigint, max: bigint): bigint {
  let v: bigint;
  if (typeof value === 'bigint') v = value;
  else if (typeof value === 'number' && Number.isInteger(value)) {
    if (!Number.isSafeInteger(value))
      throw new StepInputError(field, 'integer too large for a JSON number; quote it');
    v = BigInt(value);
  } else if (typeof value === 'string' && /^-?\d+$/.test(value)) v = BigInt(value);
  else throw new StepInputError(field, `expected an integer, got ${JSON.stringify(value)}`);
  if (v < min || v > max) throw new StepInputError(field, `${v} is out of range [${min}, ${max}]`);
  return v;
}

const u64 = (value: Json, field: string) => integer(value, field, 0n, U64_MAX);
const u16 = (value: Json, field: string) => Number(integer(value, field, 0n, 65535n));
const i16 = (value: Json, field: string) => Number(integer(value, field, -32768n, 32767n));

function bool(value: Json, field: string): boolean {
  if (typeof value !== 'boolean') throw new StepInputError(field, 'expected true or false');
  return value;
}

function optional<T>(obj: Record<string, Json>, key: string, read: (v: Json) => T, fallback: T): T {
  return obj[key] === undefined ? fallback : read(obj[key]);
}

function sparseRows(value: Json, field: string, n: number): SparseRowU16[] {
  return list(value, field, n).map((row, i) => {
    const entries = list(row, `${field}[${i}]`);
    const uids = new Uint16Array(entries.length);
    const values = new Uint16Array(entries.length);
    entries.forEach((entry, k) => {
      const path = `${field}[${i}][${k}]`;
      const [uid, weight] = list(entry, path, 2);
      const j = u16(uid, `${path}[0]`);
      if (j >= n) throw new StepInputError(`${path}[0]`, `uid ${j} is out of range (n = ${n})`);
      uids[k] = j;
      values[k] = u16(weight, `${path}[1]`);
    });
    return { uids, values };
  });
}

/** A stored row as the vectors write it: `[[uid, value], …]`. */
function jsonRow(row: SparseRowU16): Array<[number, number]> {
  return Array.from(row.uids, (uid, k): [number, number] => [uid, row.values[k]]);
}

/**
 * Reads one step input `{ params, block, rao_emission, state_before }`.
 *
 * @example
 * ```ts
 * const input = parseStepInput(JSON.parse(text));
 * const output = formatStepOutput(epoch(input));
 * ```
 */
export function parseStepInput(json: Json, field = '$'): EpochInput {
  const root = record(json, field);
  const params = record(root.params, `${field}.params`);
  const state = record(root.state_before, `${field}.state_before`);
  const pf = (key: string) => `${field}.params.${key}`;
  const sf = (key: string) => `${field}.state_before.${key}`;

  const n = Number(integer(params.n, pf('n'), 0n, 65535n));
  const ownerRaw = params.owner_uid;
  const ownerUid = ownerRaw === null || ownerRaw === undefined ? null : u16(ownerRaw, pf('owner_uid'));
  if (ownerUid !== null && ownerUid >= n) {
    throw new StepInputError(pf('owner_uid'), `uid ${ownerUid} is out of range (n = ${n})`);
  }
  const u64List = (key: string, length?: number) =>
    list(state[key], sf(key), length).map((v, i) => u64(v, `${sf(key)}[${i}]`));

  return {
    block: u64(root.block, `${field}.block`),
    raoEmission: u64(root.rao_emission, `${field}.rao_emission`),
    params: {
      n,
      tempo: u64(params.tempo, pf('tempo')),
      kappa: u16(params.kappa, pf('kappa')),
      bondsPenalty: u16(params.bonds_penalty, pf('bonds_penalty')),
      bondsMovingAverage: u64(params.bonds_moving_average, pf('bonds_moving_average')),
      yuma3: bool(params.yuma3, pf('yuma3')),
      liquidAlpha: bool(params.liquid_alpha, pf('liquid_alpha')),
      alphaLow: optional(params, 'alpha_low', (v) => u16(v, pf('alpha_low')), 45_875),
      alphaHigh: optional(params, 'alpha_high', (v) => u16(v, pf('alpha_high')), 58_982),
      alphaSigmoidSteepness: optional(
        params,
        'alpha_sigmoid_steepness',
        (v) => i16(v, pf('alpha_sigmoid_steepness')),
        1000,
      ),
      maxAllowedValidators: u16(params.max_allowed_validators, pf('max_allowed_validators')),
      stakeThreshold: u64(params.stake_threshold, pf('stake_threshold')),
      ownerUid,
      commitRevealEnabled: bool(params.commit_reveal_enabled, pf('commit_reveal_enabled')),
      lastMechanismStepBlock: u64(params.last_mechanism_step_block, pf('last_mechanism_step_block')),
      taoWeight: optional(params, 'tao_weight', (v) => u64(v, pf('tao_weight')), 0n),
      activityCutoffBlocks: u64(params.activity_cutoff_blocks, pf('activity_cutoff_blocks')),
    },
    state: {
      stakeAlpha: u64List('stake_alpha_raw', n),
      ...(state.stake_tao_raw === undefined ? {} : { stakeTao: u64List('stake_tao_raw', n) }),
      // LastUpdate and ValidatorPermit are storage vectors whose length may differ from n on chain.
      lastUpdate: u64List('last_update'),
      blockAtRegistration: u64List('block_at_registration', n),
      validatorPermit: list(state.validator_permit_stored, sf('validator_permit_stored')).map((v, i) =>
        bool(v, `${sf('validator_permit_stored')}[${i}]`),
      ),
      weights: sparseRows(state.weights_stored_u16, sf('weights_stored_u16'), n),
      bonds: sparseRows(state.bonds_stored_u16, sf('bonds_stored_u16'), n),
      ...(state.commit_block === undefined
        ? {}
        : {
            commitBlock: list(state.commit_block, sf('commit_block'), n).map((v, i) =>
              v === null ? null : u64(v, `${sf('commit_block')}[${i}]`),
            ),
          }),
    },
  };
}

/** A u64 as a JSON number when exact, else as a decimal string. */
function jsonU64(v: bigint): number | string {
  return v <= SAFE ? Number(v) : v.toString();
}

/**
 * The output object of the checking contract, with the vectors' key names.
 *
 * @example
 * JSON.stringify(formatStepOutput(epoch(parseStepInput(json))));
 */
export function formatStepOutput(out: EpochOutput): Record<string, unknown> {
  return {
    consensus_u16: out.consensus,
    validator_trust_u16: out.validatorTrust,
    incentive_u16: out.incentive,
    dividends_u16: out.dividends,
    server_emission: out.serverEmission.map(jsonU64),
    validator_emission: out.validatorEmission.map(jsonU64),
    emission: out.emission.map(jsonU64),
    new_validator_permit: out.newValidatorPermit,
    active: out.active,
    stake_weight_u16: out.stakeWeight,
    bonds_stored_u16: out.bonds.map(jsonRow),
    stake: out.stake.map(jsonU64),
  };
}
