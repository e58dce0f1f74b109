import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { CommandOptions, type ResolvedOption } from './command-options.js';
import { didYouMean } from './did-you-mean.js';
import { bittensorEnvName, envName, type OptionSpec } from './option-spec.js';

/**
 * Merges a command's options once: defaults → config file → Bittensor's `BT_…` env (wallet and chain flags) →
 * `SUBNETKIT_…` env → flags. The config file is
 * `--config FILE` (or `SUBNETKIT_CONFIG`), else `~/.subnetkit/config.json` when it exists; its keys are flag names,
 * flat (`"wallet.name"`) or nested (`{ "wallet": { "name": … } }`); keys a command does not take are ignored, so one
 * file serves every command.
 *
 * @example
 * const options = resolveOptions(['--netuid', '2'], [NETUID_OPTION, ...GLOBAL_OPTIONS], io);
 * options.netuid(); // 2
 */
export function resolveOptions(
  args: readonly string[],
  specs: readonly OptionSpec[],
  io: CliIo,
): CommandOptions {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(specs.map((spec) => [spec.name, { type: spec.type }])),
      strict: true,
      allowPositionals: true,
    });
  } catch (cause) {
    const unknown = /^Unknown option '--([^']+)'/.exec((cause as Error).message)?.[1];
    const meant =
      unknown === undefined
        ? undefined
        : didYouMean(
            unknown,
            specs.map((spec) => spec.name),
          );
    throw new CliError('CLI_USAGE', (cause as Error).message.replace(/\. To specify.*$/s, ''), {
      fix: meant === undefined ? 'see --help for the options of this command' : `did you mean --${meant}?`,
    });
  }
  const values = new Map<string, ResolvedOption>();
  for (const spec of specs) {
    if (spec.default !== undefined) values.set(spec.name, { value: spec.default, source: 'default' });
  }
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  const configPath = flags.config ?? io.env[envName('config')];
  const config = readConfig(typeof configPath === 'string' ? configPath : undefined, io);
  for (const spec of specs) {
    const fromConfig = config.get(spec.name);
    if (fromConfig !== undefined) values.set(spec.name, { value: fromConfig, source: 'config' });
    const bittensor = bittensorEnvName(spec.name);
    const fromBittensor = bittensor === undefined ? undefined : io.env[bittensor];
    if (fromBittensor !== undefined) values.set(spec.name, { value: fromBittensor, source: 'env' });
    const fromEnv = io.env[envName(spec.name)];
    if (fromEnv !== undefined) values.set(spec.name, { value: fromEnv, source: 'env' });
    const fromFlag = flags[spec.name];
    if (fromFlag !== undefined) values.set(spec.name, { value: fromFlag, source: 'flag' });
  }
  return new CommandOptions(values, parsed.positionals);
}

/** Reads the config file into flag name → value (strings and booleans; numbers become strings). */
function readConfig(explicitPath: string | undefined, io: CliIo): Map<string, string | boolean> {
  const path = explicitPath ?? join(io.env.HOME ?? homedir(), '.subnetkit', 'config.json');
  if (explicitPath === undefined && !existsSync(path)) return new Map();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new CliError('CLI_CONFIG_INVALID', `cannot read config file ${path}: ${(cause as Error).message}`, {
      fix: 'pass --config with a JSON file such as {"wallet.name": "alice", "subtensor.network": "local"}',
    });
  }
  const entries = new Map<string, string | boolean>();
  flatten(json, '', entries, path);
  return entries;
}

function flatten(value: unknown, prefix: string, into: Map<string, string | boolean>, path: string): void {
  if (typeof value === 'string' || typeof value === 'boolean') into.set(prefix, value);
  else if (typeof value === 'number') into.set(prefix, String(value));
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix === '' ? key : `${prefix}.${key}`, into, path);
  } else {
    throw new CliError(
      'CLI_CONFIG_INVALID',
      `config file ${path}: ${prefix === '' ? 'the top level must be an object' : `"${prefix}" must be a string, number or boolean`}`,
    );
  }
}
