/**
 * One `--flag` of a command. Every flag can also come from the environment (see {@link envName}) and from the
 * config file (key = the flag name, e.g. `"wallet.name"`, or nested `{ "wallet": { "name": … } }`).
 *
 * @example
 * const netuid: OptionSpec = { name: 'netuid', type: 'string', placeholder: 'N', description: 'subnet id' };
 */
export type OptionSpec = {
  /** Flag name without the leading `--`, e.g. `wallet.name`. */
  readonly name: string;
  readonly type: 'string' | 'boolean';
  readonly description: string;
  /** Value when neither flag, env nor config file gives one (shown in help). */
  readonly default?: string;
  /** Placeholder in help, e.g. `NAME`. */
  readonly placeholder?: string;
};

/**
 * The environment variable of a flag: `SUBNETKIT_` + the flag name upper-cased with `.` and `-` as `_`
 * (`--wallet.name` → `SUBNETKIT_WALLET_NAME`, `--subtensor.chain_endpoint` → `SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT`).
 *
 * @example
 * envName('wallet.hotkey'); // 'SUBNETKIT_WALLET_HOTKEY'
 */
export function envName(flag: string): string {
  return `SUBNETKIT_${flag.toUpperCase().replace(/[.-]/g, '_')}`;
}

/**
 * Bittensor's environment variable of a wallet or chain flag, which btcli and the Python SDK read
 * (`--wallet.name` → `BT_WALLET_NAME`, `--subtensor.network` → `BT_SUBTENSOR_NETWORK`); undefined for other
 * flags. `SUBNETKIT_…` wins when both are set.
 *
 * @example
 * bittensorEnvName('subtensor.chain_endpoint'); // 'BT_SUBTENSOR_CHAIN_ENDPOINT'
 */
export function bittensorEnvName(flag: string): string | undefined {
  return /^(wallet|subtensor)\./.test(flag) ? `BT_${flag.toUpperCase().replace(/[.-]/g, '_')}` : undefined;
}

/** `--wallet.name`, `--wallet.hotkey`, `--wallet.path`: Bittensor's wallet layout and defaults. */
/** The options that say which wallet and which chain: hints for a follow-up command repeat them as typed. */
export const CONTEXT_OPTION_NAMES: readonly string[] = [
  'wallet.path',
  'wallet.name',
  'wallet.hotkey',
  'subtensor.network',
  'subtensor.chain_endpoint',
];

export const WALLET_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'wallet.name',
    type: 'string',
    default: 'default',
    placeholder: 'NAME',
    description: 'wallet (coldkey) name',
  },
  {
    name: 'wallet.hotkey',
    type: 'string',
    default: 'default',
    placeholder: 'NAME',
    description: 'hotkey name',
  },
  {
    name: 'wallet.path',
    type: 'string',
    default: '~/.bittensor/wallets',
    placeholder: 'DIR',
    description: 'wallets directory',
  },
];

/** `--subtensor.network` and `--subtensor.chain_endpoint` (the endpoint wins when both are given). */
export const CHAIN_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'subtensor.network',
    type: 'string',
    default: 'local',
    placeholder: 'local|test|finney',
    description: 'named network (local = ws://127.0.0.1:9944)',
  },
  {
    name: 'subtensor.chain_endpoint',
    type: 'string',
    placeholder: 'URL',
    description: 'node WebSocket URL; overrides --subtensor.network',
  },
  {
    name: 'timeout',
    type: 'string',
    default: '60',
    placeholder: 'SECONDS',
    description: 'deadline for connecting and for each chain call',
  },
];

/** `--netuid`. */
export const NETUID_OPTION: OptionSpec = {
  name: 'netuid',
  type: 'string',
  placeholder: 'N',
  description: 'subnet id',
};

/** `--json`: machine-readable output on stdout. */
export const JSON_OPTION: OptionSpec = { name: 'json', type: 'boolean', description: 'print JSON' };

/** `--yes`: skip the confirmation of a spending command. */
export const YES_OPTION: OptionSpec = {
  name: 'yes',
  type: 'boolean',
  description: 'do not ask for confirmation (required when stdin is not a terminal)',
};

/** Where an encrypted coldkey's password comes from, besides Bittensor's `BT_PW_…` variable and a TTY prompt. */
export const PASSWORD_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'password-file',
    type: 'string',
    placeholder: 'FILE',
    description: 'read the coldkey password from FILE (first line)',
  },
];

/**
 * The options of a command that signs with the wallet's coldkey and spends: the wallet, its password, the chain,
 * `--yes` and `--json`, in that order.
 */
export const SPENDING_OPTIONS: readonly OptionSpec[] = [
  ...WALLET_OPTIONS,
  ...PASSWORD_OPTIONS,
  ...CHAIN_OPTIONS,
  YES_OPTION,
  JSON_OPTION,
];

/** `--no-password`: write keys unencrypted (development keys only). */
export const NO_PASSWORD_OPTION: OptionSpec = {
  name: 'no-password',
  type: 'boolean',
  description: 'store the coldkey unencrypted (devnet keys only)',
};

/** Options every command has. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'config',
    type: 'string',
    placeholder: 'FILE',
    description: 'JSON config file (default ~/.subnetkit/config.json when it exists)',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
];
