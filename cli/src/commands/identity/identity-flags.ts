import type { ChainIdentity, SubnetIdentity } from '@subnetkit/sdk';
import { CliError } from '../../framework/cli-error.js';
import type { CommandOptions } from '../../framework/command-options.js';
import type { OptionSpec } from '../../framework/option-spec.js';
import type { Output } from '../../output/output.js';

/** One identity field and the flag that sets it (btcli's flag name). */
type IdentityFlag<T> = { readonly field: keyof T & string; readonly option: OptionSpec };

const flag = <T>(field: keyof T & string, name: string, description: string): IdentityFlag<T> => ({
  field,
  option: { name, type: 'string', placeholder: 'TEXT', description },
});

/** `wallet set-identity`'s flags, named as btcli's (`--name`, `--web-url`, `--github`, …). */
export const CHAIN_IDENTITY_FLAGS: readonly IdentityFlag<ChainIdentity>[] = [
  flag('name', 'name', 'display name (≤ 256 bytes)'),
  flag('url', 'web-url', 'web site (≤ 256 bytes)'),
  flag('githubRepo', 'github', 'GitHub repository (≤ 256 bytes)'),
  flag('image', 'image-url', 'image URL (≤ 1024 bytes)'),
  flag('discord', 'discord', 'Discord handle (≤ 256 bytes)'),
  flag('description', 'description', 'description (≤ 1024 bytes)'),
  flag('additional', 'additional', 'anything else (≤ 1024 bytes)'),
];

/** `subnets set-identity`'s (and `subnets create`'s) flags, named as btcli's (`--subnet-name`, `--github-repo`, …). */
export const SUBNET_IDENTITY_FLAGS: readonly IdentityFlag<SubnetIdentity>[] = [
  flag('subnetName', 'subnet-name', 'subnet name (≤ 256 bytes)'),
  flag('githubRepo', 'github-repo', 'GitHub repository (≤ 1024 bytes)'),
  flag('subnetContact', 'subnet-contact', 'contact, e.g. an e-mail address (≤ 1024 bytes)'),
  flag('subnetUrl', 'subnet-url', 'web site (≤ 1024 bytes)'),
  flag('discord', 'discord', 'Discord handle (≤ 256 bytes)'),
  flag('description', 'description', 'description (≤ 1024 bytes)'),
  flag('logoUrl', 'logo-url', 'logo URL (≤ 1024 bytes)'),
  flag('additional', 'additional-info', 'anything else (≤ 1024 bytes)'),
];

/**
 * The identity fields the command line gives (flags, environment or config file), or undefined when none is given.
 *
 * @example
 * const given = identityFromOptions(options, SUBNET_IDENTITY_FLAGS); // { subnetName: 'digits' }
 */
export function identityFromOptions<T>(
  options: CommandOptions,
  flags: readonly IdentityFlag<T>[],
): Partial<T> | undefined {
  const entries = flags.flatMap(({ field, option }) => {
    const value = options.string(option.name);
    return value === undefined ? [] : [[field, value] as const];
  });
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as Partial<T>);
}

/**
 * {@link identityFromOptions} for a `set-identity` command: at least one field must be given.
 *
 * @example
 * const given = requiredIdentity(options, CHAIN_IDENTITY_FLAGS);
 */
export function requiredIdentity<T>(options: CommandOptions, flags: readonly IdentityFlag<T>[]): Partial<T> {
  const given = identityFromOptions(options, flags);
  if (given === undefined) {
    throw new CliError('CLI_USAGE', 'no identity field given', {
      fix: `pass one or more of ${flags.map(({ option }) => `--${option.name}`).join(', ')}`,
    });
  }
  return given;
}

/**
 * Prints an identity as a two-column table (flag name, text), or "no identity" when there is none.
 *
 * @example
 * printIdentity(output, `identity of ${address}`, identity, CHAIN_IDENTITY_FLAGS);
 */
export function printIdentity<T extends object>(
  output: Output,
  title: string,
  identity: T | undefined,
  flags: readonly IdentityFlag<T>[],
): void {
  output.line(output.style('bold', title));
  if (identity === undefined) {
    output.line('no identity set');
    return;
  }
  output.table(
    [
      { header: 'field', value: ({ option }) => option.name },
      { header: 'value', value: ({ field }) => String(identity[field]) },
    ],
    flags,
  );
}
