import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { envName, GLOBAL_OPTIONS, NETUID_OPTION, type OptionSpec } from './option-spec.js';
import { resolveOptions } from './resolve-options.js';

const specs: OptionSpec[] = [
  NETUID_OPTION,
  { name: 'amount', type: 'string', description: '' },
  { name: 'wallet.name', type: 'string', default: 'default', description: '' },
  { name: 'yes', type: 'boolean', description: '' },
  { name: 'uids', type: 'string', description: '' },
  ...GLOBAL_OPTIONS,
];
const io = (env: Record<string, string> = {}): CliIo => ({
  stdin: new PassThrough(),
  stdout: new PassThrough(),
  stderr: new PassThrough(),
  env: { HOME: '/nonexistent', ...env },
});
const failure = (f: () => unknown): CliError => {
  try {
    f();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
};

describe('resolveOptions', () => {
  it('default: flags, then env, then defaults', () => {
    const options = resolveOptions(['--netuid', '3'], specs, io({ SUBNETKIT_WALLET_NAME: 'env' }));
    expect(options.netuid()).toBe(3);
    expect(options.string('wallet.name')).toBe('env');
    expect(options.has('wallet.name')).toBe(true);
    expect(resolveOptions([], specs, io()).has('wallet.name')).toBe(false);
    expect(
      resolveOptions(['--wallet.name=flag'], specs, io({ SUBNETKIT_WALLET_NAME: 'env' })).string(
        'wallet.name',
      ),
    ).toBe('flag');
  });

  it('args: envName maps dots and dashes to underscores', () => {
    expect(envName('subtensor.chain_endpoint')).toBe('SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT');
    expect(envName('no-password')).toBe('SUBNETKIT_NO_PASSWORD');
  });

  it('args: amounts in TAO become exact rao; lists and booleans parse', () => {
    const rao = (amount: string) => resolveOptions(['--amount', amount], specs, io()).rao('amount');
    expect(rao('1')).toBe(1_000_000_000n);
    expect(rao('0.000000001')).toBe(1n);
    expect(rao('21000000.123456789')).toBe(21_000_000_123_456_789n);
    expect(resolveOptions(['--uids', '0, 1,2'], specs, io()).numberList('uids')).toEqual([0, 1, 2]);
    expect(resolveOptions([], specs, io({ SUBNETKIT_YES: 'yes' })).flag('yes')).toBe(true);
    expect(resolveOptions([], specs, io({ SUBNETKIT_YES: '0' })).flag('yes')).toBe(false);
  });

  it('error: malformed values name the flag and where the value came from', () => {
    for (const amount of ['1.0000000001', '-1', '1e3', 'abc', '']) {
      expect(failure(() => resolveOptions(['--amount', amount], specs, io()).rao('amount')).code).toMatch(
        /CLI_/,
      );
    }
    const fromEnv = failure(() => resolveOptions([], specs, io({ SUBNETKIT_NETUID: 'x' })).netuid());
    expect(fromEnv.message).toMatch(
      /--netuid takes an integer from 0 to 65535; got "x" \(from SUBNETKIT_NETUID\)/,
    );
    expect(fromEnv.exitCode).toBe(2);
    expect(failure(() => resolveOptions(['--netuid', '65536'], specs, io()).netuid()).code).toBe(
      'CLI_INVALID_OPTION',
    );
    expect(failure(() => resolveOptions([], specs, io()).netuid()).code).toBe('CLI_USAGE');
    expect(failure(() => resolveOptions(['--nope'], specs, io())).code).toBe('CLI_USAGE');
    expect(failure(() => resolveOptions([], specs, io({ SUBNETKIT_YES: 'maybe' })).flag('yes')).code).toBe(
      'CLI_INVALID_OPTION',
    );
    expect(failure(() => resolveOptions(['--uids', '1,,2'], specs, io()).numberList('uids')).code).toBe(
      'CLI_INVALID_OPTION',
    );
  });
});
