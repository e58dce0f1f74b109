import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from '../framework/cli-error.js';

/** The subnet `--subnet` defaults to: the digits example of this repository. */
export const DEFAULT_SUBNET = '@subnetkit/subnet-template';

/** What a role (miner, validator) needs from a `--subnet` module, and how its errors name it. */
export type SubnetModuleShape<T> = {
  /** Whether an export is what the role needs. */
  isSubnet: (value: unknown) => value is T;
  /** The exports as the errors name them, e.g. `{ synapse, challenge, score }`. */
  exports: string;
  /** The object literal the fix suggests exporting, e.g. `{ synapse, forward }`. */
  exportAs: string;
  /** The docs page the fix points to, e.g. `docs/miner.md`. */
  docs: string;
};

/**
 * Imports a `--subnet` module (a relative or absolute path, or a package name) and returns its default export, its
 * `subnet` export or its first export of the given shape; `CLI_INVALID_OPTION` when it does not load or has none.
 *
 * @example
 * const subnet = await loadSubnetModule('./my-subnet.js', {
 *   isSubnet,
 *   exports: '{ synapse, forward(model) }',
 *   exportAs: '{ synapse, forward }',
 *   docs: 'docs/miner.md',
 * });
 */
export async function loadSubnetModule<T>(specifier: string, shape: SubnetModuleShape<T>): Promise<T> {
  const url =
    specifier.startsWith('.') || specifier.startsWith('/')
      ? pathToFileURL(resolve(specifier)).href
      : specifier;
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (cause) {
    throw new CliError(
      'CLI_INVALID_OPTION',
      `--subnet ${specifier} could not be loaded: ${(cause as Error).message}`,
      {
        fix: `pass the path of a module exporting ${shape.exports} (see ${shape.docs})`,
        cause,
      },
    );
  }
  const subnet = [module.default, module.subnet, ...Object.values(module)].find(shape.isSubnet);
  if (subnet === undefined) {
    throw new CliError('CLI_INVALID_OPTION', `--subnet ${specifier} exports no ${shape.exports}`, {
      fix: `export the subnet as \`export const subnet = ${shape.exportAs}\` (see subnet-template/src/subnet.ts)`,
    });
  }
  return subnet;
}
