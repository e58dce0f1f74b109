/**
 * Checks a parsed `scenario.json` and returns it typed, or throws a {@link ScenarioError} naming the field.
 */
import { BaseError } from '@subnetkit/errors';
import { type Scenario, STRATEGIES } from './scenario.js';

/**
 * A scenario field is missing or invalid (`CHAIN_SCENARIO_INVALID`); `field` is its JSON path
 * (e.g. `validators[2].stake`).
 *
 * @example
 * try { validateScenario({}); } catch (e) { if (e instanceof ScenarioError) e.field; } // 'name'
 */
export class ScenarioError extends BaseError<'CHAIN_SCENARIO_INVALID'> {
  override readonly name = 'ScenarioError';
  readonly field: string;
  constructor(field: string, problem: string) {
    super('CHAIN_SCENARIO_INVALID', `${field}: ${problem}`);
    this.field = field;
  }
}

type Obj = Record<string, unknown>;

function obj(v: unknown, field: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ScenarioError(field, 'must be an object');
  return v as Obj;
}

function num(
  o: Obj,
  key: string,
  field: string,
  opts: { min?: number; max?: number; int?: boolean; optional?: boolean },
): void {
  const v = o[key];
  if (v === undefined) {
    if (opts.optional) return;
    throw new ScenarioError(field, 'is required');
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ScenarioError(field, 'must be a number');
  if (opts.int && !Number.isInteger(v)) throw new ScenarioError(field, 'must be an integer');
  if (opts.min !== undefined && v < opts.min) throw new ScenarioError(field, `must be ≥ ${opts.min}`);
  if (opts.max !== undefined && v > opts.max) throw new ScenarioError(field, `must be ≤ ${opts.max}`);
}

function str(o: Obj, key: string, field: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new ScenarioError(field, 'must be a non-empty string');
  return v;
}

function bool(o: Obj, key: string, field: string): void {
  if (o[key] !== undefined && typeof o[key] !== 'boolean')
    throw new ScenarioError(field, 'must be a boolean');
}

function arr(o: Obj, key: string, field: string, minLength: number): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new ScenarioError(field, 'must be an array');
  if (v.length < minLength) throw new ScenarioError(field, `must have at least ${minLength} entries`);
  return v;
}

function checkParams(v: unknown, field: string): void {
  if (v === undefined) return;
  const p = obj(v, field);
  const known = [
    'kappa',
    'bondsMovingAverage',
    'bondsPenalty',
    'yuma3',
    'liquidAlpha',
    'alphaLow',
    'alphaHigh',
    'commitRevealDelay',
    'activityCutoffEpochs',
  ];
  for (const key of Object.keys(p))
    if (!known.includes(key)) throw new ScenarioError(`${field}.${key}`, 'is not a known parameter');
  for (const key of ['kappa', 'bondsMovingAverage', 'bondsPenalty', 'alphaLow', 'alphaHigh'])
    num(p, key, `${field}.${key}`, { min: 0, max: 1, optional: true });
  num(p, 'commitRevealDelay', `${field}.commitRevealDelay`, { min: 0, max: 100, int: true, optional: true });
  num(p, 'activityCutoffEpochs', `${field}.activityCutoffEpochs`, { min: 1, int: true, optional: true });
  bool(p, 'yuma3', `${field}.yuma3`);
  bool(p, 'liquidAlpha', `${field}.liquidAlpha`);
}

/**
 * Validates a parsed scenario. Throws {@link ScenarioError} on the first bad field.
 *
 * @example
 * ```ts
 * const scenario = validateScenario(JSON.parse(text));
 * ```
 */
export function validateScenario(input: unknown): Scenario {
  const s = obj(input, '$');
  str(s, 'name', 'name');
  if (s.question !== undefined && typeof s.question !== 'string')
    throw new ScenarioError('question', 'must be a string');
  num(s, 'epochs', 'epochs', { min: 1, max: 10_000, int: true });
  num(s, 'seed', 'seed', { min: 0, int: true, optional: true });
  num(s, 'tempo', 'tempo', { min: 2, int: true, optional: true });
  num(s, 'qualityDrift', 'qualityDrift', { min: 0, max: 1, optional: true });
  num(s, 'qualityRotateEvery', 'qualityRotateEvery', { min: 1, int: true, optional: true });
  checkParams(s.params, 'params');
  if (s.variants !== undefined) {
    const variants = arr(s, 'variants', 'variants', 1);
    const names = new Set<string>();
    variants.forEach((v, i) => {
      const o = obj(v, `variants[${i}]`);
      const name = str(o, 'name', `variants[${i}].name`);
      if (names.has(name)) throw new ScenarioError(`variants[${i}].name`, `duplicates '${name}'`);
      names.add(name);
      checkParams(o.params ?? {}, `variants[${i}].params`);
    });
  }
  const miners = arr(s, 'miners', 'miners', 1);
  const minerNames = new Set<string>();
  miners.forEach((m, i) => {
    const f = `miners[${i}]`;
    const o = obj(m, f);
    const name = str(o, 'name', `${f}.name`);
    if (minerNames.has(name)) throw new ScenarioError(`${f}.name`, `duplicates '${name}'`);
    minerNames.add(name);
    num(o, 'quality', `${f}.quality`, { min: 0, max: 1 });
    num(o, 'registerAt', `${f}.registerAt`, { min: 0, int: true, optional: true });
    num(o, 'deregisterAt', `${f}.deregisterAt`, { min: 1, int: true, optional: true });
    if (typeof o.deregisterAt === 'number' && o.deregisterAt <= ((o.registerAt as number | undefined) ?? 0))
      throw new ScenarioError(`${f}.deregisterAt`, 'must be after registerAt');
  });
  const validators = arr(s, 'validators', 'validators', 1);
  const names = new Set<string>(minerNames);
  validators.forEach((v, i) => {
    const f = `validators[${i}]`;
    const o = obj(v, f);
    const name = str(o, 'name', `${f}.name`);
    if (names.has(name)) throw new ScenarioError(`${f}.name`, `duplicates '${name}'`);
    names.add(name);
    num(o, 'stake', `${f}.stake`, { min: Number.MIN_VALUE });
    if (!STRATEGIES.includes(o.strategy as never))
      throw new ScenarioError(`${f}.strategy`, `must be one of ${STRATEGIES.join(', ')}`);
    num(o, 'noise', `${f}.noise`, { min: 0, max: 1, optional: true });
    num(o, 'every', `${f}.every`, { min: 1, int: true, optional: true });
    if (o.strategy === 'colluder') {
      const target = str(o, 'target', `${f}.target`);
      if (!minerNames.has(target)) throw new ScenarioError(`${f}.target`, `names no miner ('${target}')`);
    }
  });
  return s as unknown as Scenario;
}
