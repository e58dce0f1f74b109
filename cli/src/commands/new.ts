import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CliError } from '../framework/cli-error.js';
import { reportError } from '../framework/report-error.js';
import type { Command } from '../main.js';

const usage = `usage: subnetkit new <name> [--dir <path>]

Writes a new subnet project, a copy of the example digits subnet (docs/subnet-authoring.md):
protocol, miner, validator, config, models and tests. It depends on this checkout's framework
packages through file: links, so it installs without the registry having them.

options:
  --dir <path>   where to write it (default ./<name>); must not exist or be empty
`;

/** The framework packages a subnet imports, by workspace folder. */
const FRAMEWORK_PACKAGES = ['chain', 'sdk', 'miner', 'validator'] as const;

/** Never copied: installs and build output. */
const NOT_COPIED = new Set(['node_modules', 'dist']);
/** Top-level template files a project gets written fresh instead (or not at all). */
const WRITTEN_FRESH = new Set(['package.json', 'tsconfig.json', 'tsconfig.tsbuildinfo']);

/** This checkout's root (cli/src/commands or cli/dist/commands → ../../..). */
const CHECKOUT = fileURLToPath(new URL('../../../', import.meta.url));

/** Compiler options of a project: the framework's, checking sources (no build) through the `source` condition. */
const PROJECT_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    customConditions: ['source'],
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    noEmit: true,
    types: ['node'],
  },
  include: ['src', 'scripts', 'test'],
};

/** npm's rule for package names: lower case, URL-safe, optionally scoped, at most 214 characters. */
const PACKAGE_NAME = /^(@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;

/** Parameters of {@link writeSubnetProject}. */
export type WriteSubnetProjectParameters = {
  /** The npm package name of the project. */
  name: string;
  /** Where to write it; must not exist or be empty. */
  dir: string;
  /** The framework checkout holding subnet-template/ and the packages. @defaultValue this CLI's checkout */
  checkout?: string;
};

/**
 * Copies the owner's room of `subnet-template/` into `dir` and makes it a project of its own: the package
 * named `name`, the framework packages as `file:` links into the checkout, a standalone tsconfig.
 *
 * @example
 * writeSubnetProject({ name: 'my-subnet', dir: '/tmp/my-subnet' });
 */
export function writeSubnetProject(parameters: WriteSubnetProjectParameters): void {
  const { name } = parameters;
  if (!PACKAGE_NAME.test(name) || name.length > 214) {
    throw new CliError('CLI_INVALID_OPTION', `"${name}" is not a valid npm package name`, {
      fix: 'use lower-case letters, digits and - . _ ~ (e.g. my-subnet)',
    });
  }
  const dir = resolve(parameters.dir);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new CliError('CLI_INVALID_OPTION', `${dir} already exists and is not empty`, {
      fix: 'pick another --dir, or remove the folder first',
    });
  }
  const checkout = resolve(parameters.checkout ?? CHECKOUT);
  const template = join(checkout, 'subnet-template');
  cpSync(template, dir, {
    recursive: true,
    filter: (source) =>
      !NOT_COPIED.has(basename(source)) &&
      !(resolve(source, '..') === template && WRITTEN_FRESH.has(basename(source))),
  });
  const manifest = JSON.parse(readFileSync(join(template, 'package.json'), 'utf8')) as PackageJson;
  writeJson(join(dir, 'package.json'), projectManifest(manifest, name, checkout));
  writeJson(join(dir, 'tsconfig.json'), PROJECT_TSCONFIG);
}

type PackageJson = {
  name: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  [field: string]: unknown;
};

function projectManifest(template: PackageJson, name: string, checkout: string): PackageJson {
  const { name: _name, version: _version, description: _description, exports: _exports, ...rest } = template;
  const dependencies = { ...template.dependencies };
  for (const folder of FRAMEWORK_PACKAGES)
    dependencies[`@subnetkit/${folder}`] = `file:${join(checkout, folder)}`;
  const root = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as PackageJson;
  const typesNode = installedVersion(checkout, '@types/node') ?? root.devDependencies['@types/node'];
  return {
    name,
    version: '0.1.0',
    description: `${name}: a subnet made with subnetkit new`,
    ...rest,
    dependencies,
    devDependencies: { ...template.devDependencies, '@types/node': typesNode },
  };
}

/** The exact version of a package installed in the checkout, so the project resolves it from the npm cache. */
function installedVersion(checkout: string, name: string): string | undefined {
  const path = join(checkout, 'node_modules', name, 'package.json');
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version
    : undefined;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** `subnetkit new <name> [--dir <path>]`: writes a new subnet project from the digits example. */
export const newCommand: Command = async (args, io) => {
  try {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      throw new CliError('CLI_USAGE', (error as Error).message, { fix: 'see `subnetkit new --help`' });
    }
    if (parsed.values.help) {
      io.stdout.write(usage);
      return 0;
    }
    const [name, ...extra] = parsed.positionals;
    if (name === undefined || extra.length > 0) {
      throw new CliError('CLI_USAGE', 'expected exactly one project name', {
        fix: 'subnetkit new my-subnet',
      });
    }
    const dir = resolve(parsed.values.dir ?? name.replace(/^@[^/]+\//, ''));
    writeSubnetProject({ name, dir });
    io.stdout.write(
      `wrote ${name} in ${dir}\n\nnext:\n  cd ${dir}\n  npm install\n  npm test\n\n` +
        'Edit src/protocol.ts, src/miner.ts and src/validator.ts; see docs/subnet-authoring.md.\n',
    );
    return 0;
  } catch (error) {
    return reportError(io, error, 'subnetkit new');
  }
};

function parse(args: string[]) {
  return parseArgs({
    args,
    options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
}
