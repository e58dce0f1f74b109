import { CliError } from './cli-error.js';
import { envName } from './option-spec.js';

/** Where a flag's value came from, for error messages. */
export type OptionSource = 'flag' | 'env' | 'config' | 'default';

/** A resolved value and its origin. */
export type ResolvedOption = { value: string | boolean; source: OptionSource };

const RAO_PER_TAO = 1_000_000_000n;

/**
 * The merged, frozen options of one command run (defaults → config file → env → flags), with typed accessors that
 * throw `CLI_INVALID_OPTION` naming the flag and where its value came from.
 *
 * @example
 * const netuid = options.integer('netuid', { min: 0, max: 65535 });
 * const amount = options.rao('amount'); // '1.5' → 1_500_000_000n
 */
export class CommandOptions {
  readonly #values: ReadonlyMap<string, ResolvedOption>;
  /** Positional arguments after the subcommand name. */
  readonly positionals: readonly string[];

  constructor(values: ReadonlyMap<string, ResolvedOption>, positionals: readonly string[]) {
    this.#values = values;
    this.positionals = Object.freeze([...positionals]);
    Object.freeze(this);
  }

  /** Whether the flag has a value other than its default. */
  has(name: string): boolean {
    const resolved = this.#values.get(name);
    return resolved !== undefined && resolved.source !== 'default';
  }

  /**
   * The given options among `names` that the user typed on the command line (not from env, config or default),
   * as they would be typed again: ` --wallet.name owner --subtensor.chain_endpoint ws://…`. Follow-up commands
   * in hints repeat them, so copying a hint keeps the wallet and chain.
   */
  typed(names: readonly string[]): string {
    let text = '';
    for (const name of names) {
      const resolved = this.#values.get(name);
      if (resolved?.source !== 'flag') continue;
      if (resolved.value === true) text += ` --${name}`;
      else if (resolved.value !== false) text += ` --${name} ${shellWord(resolved.value)}`;
    }
    return text;
  }

  /** A string flag, or undefined when unset. */
  string(name: string): string | undefined {
    const resolved = this.#values.get(name);
    if (resolved === undefined) return undefined;
    if (typeof resolved.value !== 'string') throw this.#invalid(name, 'takes a value');
    return resolved.value;
  }

  /** A string flag that must be set. */
  requiredString(name: string, why = ''): string {
    const value = this.string(name);
    if (value === undefined || value === '') {
      throw new CliError('CLI_USAGE', `--${name} is required${why === '' ? '' : ` ${why}`}`, {
        fix: `pass --${name} or set ${envName(name)}`,
      });
    }
    return value;
  }

  /** A boolean flag (env and config accept true/false/1/0/yes/no). */
  flag(name: string): boolean {
    const resolved = this.#values.get(name);
    if (resolved === undefined) return false;
    if (typeof resolved.value === 'boolean') return resolved.value;
    const text = resolved.value.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(text)) return true;
    if (['', '0', 'false', 'no', 'off'].includes(text)) return false;
    throw this.#invalid(name, 'takes true or false');
  }

  /** An integer flag within bounds; required unless `optional`. */
  integer(name: string, bounds: { min?: number; max?: number }): number;
  integer(name: string, bounds: { min?: number; max?: number; optional: true }): number | undefined;
  integer(name: string, bounds: { min?: number; max?: number; optional?: boolean }): number | undefined {
    const text = bounds.optional ? this.string(name) : this.requiredString(name);
    if (text === undefined) return undefined;
    const value = Number(text);
    const min = bounds.min ?? 0;
    const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
      throw this.#invalid(name, `takes an integer from ${min} to ${max}`);
    }
    return value;
  }

  /** The `--netuid` flag (u16). */
  netuid(): number {
    return this.integer('netuid', { min: 0, max: 65535 });
  }

  /** A TAO amount (up to 9 decimals) as rao. */
  rao(name: string): bigint {
    const text = this.requiredString(name).trim();
    const match = /^(\d+)(?:\.(\d{0,9}))?$/.exec(text);
    if (match === null) throw this.#invalid(name, 'takes an amount in TAO with at most 9 decimals, e.g. 1.5');
    const [, whole, fraction = ''] = match;
    return BigInt(whole!) * RAO_PER_TAO + BigInt(fraction.padEnd(9, '0'));
  }

  /** A comma-separated list of numbers, e.g. `--uids 0,1,2`. */
  numberList(name: string): number[] {
    const text = this.requiredString(name);
    const items = text.split(',').map((item) => item.trim());
    const values = items.map(Number);
    if (items.some((item) => item === '') || values.some((v) => !Number.isFinite(v))) {
      throw this.#invalid(name, 'takes comma-separated numbers, e.g. 0,1,2');
    }
    return values;
  }

  #invalid(name: string, what: string): CliError {
    const resolved = this.#values.get(name);
    const origin =
      resolved?.source === 'env'
        ? ` (from ${envName(name)})`
        : resolved?.source === 'config'
          ? ' (from the config file)'
          : '';
    return new CliError(
      'CLI_INVALID_OPTION',
      `--${name} ${what}; got ${JSON.stringify(resolved?.value)}${origin}`,
    );
  }
}

/** `value` as one shell word: unchanged when it has no special characters, else single-quoted. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./~-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
