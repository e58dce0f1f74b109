/**
 * docs/errors.md and the code stay in step: every code the source can throw has a row with an anchor that its
 * errors' default `docsPath` points at, every documented code exists in the source, and every package's error
 * classes are one `BaseError`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChainError } from '@subnetkit/chain';
import { StepInputError } from '@subnetkit/chain/yuma';
import { ScenarioError } from '@subnetkit/chain/yuma-sim';
import { CLI_ERROR_CODES, CliError } from '@subnetkit/cli';
import { DrandError } from '@subnetkit/drand';
import { BaseError } from '@subnetkit/errors';
import { AXON_ERRORS, MinerError } from '@subnetkit/miner';
import { ChainCallError, SdkError } from '@subnetkit/sdk';
import { UnrecoverableJobError, ValidatorError } from '@subnetkit/validator';
import { describe, expect, test } from 'vitest';
// Not exported by the packages' entry points.
import { DispatchFailure } from '../../chain/src/frame/define-pallet.js';
import { RPC_ERROR, RpcError } from '../../chain/src/rpc/rpc-error.js';
import { StorageError } from '../../chain/src/storage/storage-error.js';
import { DASHBOARD_ERRORS, DashboardError } from '../../cli/src/dashboard/dashboard-error.js';

const root = join(import.meta.dirname, '../..');
const PACKAGES = ['errors', 'drand', 'chain', 'sdk', 'miner', 'validator', 'cli', 'subnet-template'];
const CODE = /\b(?:CHAIN|DRAND|SDK|AXON|MINER|VALIDATOR|CLI)_[A-Z0-9_]+\b/;
const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');

/** Quoted code literals in the product sources (`<package>/src/**.ts`, tests and benches left out). */
function codesInSources(): Set<string> {
  const codes = new Set<string>();
  const literal = new RegExp(`(['"])(${CODE.source})\\1`, 'g');
  for (const pkg of PACKAGES) {
    const dir = join(root, pkg, 'src');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || /\.(test|bench)\.ts$/.test(file)) continue;
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(literal)) codes.add(match[2]!);
    }
  }
  return codes;
}

/** Codes the source builds from tables rather than spells out. */
function codesFromTables(): string[] {
  return [
    ...Object.keys(AXON_ERRORS),
    ...CLI_ERROR_CODES,
    ...Object.keys(DASHBOARD_ERRORS),
    ...Object.values(RPC_ERROR).map((rpcCode) => new RpcError(rpcCode, 'x').code),
  ];
}

/** `code → anchor` of every row of docs/errors.md. */
function documentedCodes(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const match of doc.matchAll(/^\| <a id="([^"]+)"><\/a>`([^`]+)` \|/gm)) {
    expect(rows.has(match[2]!), `${match[2]} has one row`).toBe(false);
    rows.set(match[2]!, match[1]!);
  }
  return rows;
}

describe('docs/errors.md', () => {
  const source = new Set([...codesInSources(), ...codesFromTables()]);
  const documented = documentedCodes();

  test('default: every code in the source is documented', () => {
    expect(source.size).toBeGreaterThan(120);
    const missing = [...source].filter((code) => !documented.has(code)).sort();
    expect(missing).toEqual([]);
  });

  test('default: every documented code exists in the source', () => {
    const unknown = [...documented.keys()].filter((code) => !source.has(code)).sort();
    expect(unknown).toEqual([]);
  });

  test('behavior: each row has the anchor an error of that code points at, under its package heading', () => {
    for (const [code, anchor] of documented) {
      expect(CODE.test(code), code).toBe(true);
      expect(`docs/errors.md#${anchor}`).toBe(new BaseError(code, 'x').docsPath);
    }
    const sections = doc.split(/^## /m).slice(1);
    for (const section of sections) {
      const prefix = section.slice(0, section.indexOf('\n'));
      for (const match of section.matchAll(/<a id="[^"]+"><\/a>`([^`]+)`/g))
        expect(match[1]!.startsWith(`${prefix}_`), `${match[1]} under ## ${prefix}`).toBe(true);
    }
  });

  test('behavior: every in-page link lands on a code row or a heading', () => {
    const ids = new Set(documented.values());
    for (const match of doc.matchAll(/^#+ (.+)$/gm))
      ids.add(
        match[1]!
          .toLowerCase()
          .replace(/[^a-z0-9 _-]/g, '')
          .replace(/ /g, '-'),
      );
    const links = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((link) => !ids.has(link))).toEqual([]);
  });
});

describe('one BaseError', () => {
  const errors: BaseError[] = [
    new ChainError('CHAIN_UNKNOWN_BLOCK', 'Unknown block 0x00'),
    new StorageError('CHAIN_STORAGE_LOCKED', 'database /tmp/x is in use by process 1', {
      path: '/tmp/x',
      pid: 1,
    }),
    new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', 'parameter 0: expected a hex string'),
    new DispatchFailure({ module: 'SubtensorModule', error: 'NotRegistered' }),
    new StepInputError('$.block', 'expected an integer'),
    new ScenarioError('epochs', 'is required'),
    new SdkError('SDK_WRONG_PASSWORD', 'Wrong password.'),
    new ChainCallError({ pallet: 'SubtensorModule', error: 'NotRegistered', blockHash: '0x00', block: 1 }),
    new MinerError('AXON_NONCE_REPLAY', 'Not Verified with error: Nonce is replay'),
    new MinerError('MINER_CLOSED', 'the miner was closed'),
    new ValidatorError('VALIDATOR_CONFIG_INVALID', 'alpha must be in (0, 1], got 2'),
    new UnrecoverableJobError('answer is not an array'),
    new CliError('CLI_NOT_REGISTERED', 'hotkey 5F… is not registered on netuid 2', { fix: 'register it' }),
    new DashboardError('CLI_DASHBOARD_NOT_FOUND', 'no page at /x'),
    new DrandError('DRAND_INVALID_PUBLIC_KEY', 'The beacon public key is not a compressed G2 point.'),
  ];

  test.each(errors.map((error) => [error.constructor.name, error] as const))(
    'behavior: %s is a BaseError whose docs path is its documented row',
    (_name, error) => {
      expect(error).toBeInstanceOf(BaseError);
      expect(error).toBeInstanceOf(Error);
      expect(documentedCodes().get(error.code)).toBe(error.code.toLowerCase());
      expect(error.docsPath).toBe(`docs/errors.md#${error.code.toLowerCase()}`);
      expect(error.message.startsWith(error.shortMessage)).toBe(true);
      expect(error.message).toContain(`Docs: ${error.docsPath}`);
    },
  );

  test('behavior: subclasses keep their fields and their place in the hierarchy', () => {
    const [, storage, rpc, dispatch, , , , chainCall, , , , unrecoverable, cli, dashboard] = errors;
    expect((storage as StorageError).values).toEqual({ path: '/tmp/x', pid: 1 });
    expect(storage!.details).toBe('path = /tmp/x, pid = 1');
    expect((rpc as RpcError).toJSON()).toEqual({
      code: -32602,
      message: 'Invalid params',
      data: 'parameter 0: expected a hex string',
    });
    expect(rpc!.code).toBe('CHAIN_RPC_INVALID_PARAMS');
    expect((dispatch as DispatchFailure).error).toEqual({
      module: 'SubtensorModule',
      error: 'NotRegistered',
    });
    expect(chainCall).toBeInstanceOf(SdkError);
    expect(chainCall!.name).toBe('NotRegistered');
    expect(unrecoverable).toBeInstanceOf(ValidatorError);
    expect(unrecoverable!.code).toBe('VALIDATOR_JOB_UNRECOVERABLE');
    expect((cli as CliError).fix).toBe('register it');
    expect((cli as CliError).exitCode).toBe(1);
    expect((dashboard as DashboardError).statusCode).toBe(404);
  });
});
