import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError } from '../framework/cli-error.js';
import { reportError } from '../framework/report-error.js';
import type { Command } from '../main.js';

const usage = `usage: subnetkit new <name> [--dir <path>]

Writes a new subnet project, a copy of the example digits subnet (docs/subnet-authoring.md):
protocol, miner, validator, config, models and tests, taken from the installed
@subnetkit/subnet-template package. The project depends on the framework packages by semver
range, so \`npm install\` takes them from the registry.

options:
  --dir <path>   where to write it (default ./<name>); must not exist or be empty
`;

/** The template package's build output: the package's own library, not part of a project. */
const BUILD_OUTPUT = 'dist';
/** Packed with every package but not listed in `files`; the project's README is the template's. */
const README = 'README.md';
/** npm never packs a `.gitignore`, so the template ships it under another name. */
const RENAMED: Readonly<Record<string, string>> = { gitignore: '.gitignore' };
/** The manifest fields a project takes from the template's; the others describe the template package. */
const PROJECT_FIELDS = ['type', 'engines', 'scripts', 'dependencies', 'devDependencies'] as const;

/** Compiler options of a project: checks its sources against the framework's published declarations (no build). */
const PROJECT_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
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
};

/**
 * Copies the installed `@subnetkit/subnet-template` package's files (all it packs but its `dist`) into `dir`
 * and makes them a project of its own: the package named `name`, depending on the framework packages by the
 * template's semver ranges, with a standalone tsconfig.
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
  const template = installedTemplate();
  const manifest = JSON.parse(readFileSync(join(template, 'package.json'), 'utf8')) as TemplateManifest;
  mkdirSync(dir, { recursive: true });
  for (const entry of [...manifest.files.filter((entry) => entry !== BUILD_OUTPUT), README]) {
    cpSync(join(template, entry), join(dir, RENAMED[entry] ?? entry), { recursive: true });
  }
  writeJson(join(dir, 'package.json'), projectManifest(manifest, name));
  writeJson(join(dir, 'tsconfig.json'), PROJECT_TSCONFIG);
}

type TemplateManifest = { files: string[] } & Partial<Record<(typeof PROJECT_FIELDS)[number], unknown>>;

/**
 * The folder of `@subnetkit/subnet-template` as this module resolves it: the package npm installed beside the
 * CLI (in the subnetkit repository, its workspace).
 */
function installedTemplate(): string {
  return dirname(createRequire(import.meta.url).resolve('@subnetkit/subnet-template/package.json'));
}

function projectManifest(template: TemplateManifest, name: string): Record<string, unknown> {
  const fields = PROJECT_FIELDS.filter((field) => template[field] !== undefined);
  return {
    name,
    version: '0.1.0',
    description: `${name}: a subnet made with subnetkit new`,
    ...Object.fromEntries(fields.map((field) => [field, template[field]])),
  };
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
        'Edit src/protocol.ts, src/miner.ts and src/validator.ts; README.md says what each file holds.\n',
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
