import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { encodePasswordForEnv, passwordEnvName, passwordFromEnv } from './password-env.js';
import { resolvePassword } from './resolve-password.js';

describe('BT_PW_ variables', () => {
  test('default: name derived from the path like btwallet Keyfile.env_var_name', () => {
    expect(passwordEnvName('/home/me/.bittensor/wallets/default/coldkey', '/')).toBe(
      'BT_PW__HOME_ME__BITTENSOR_WALLETS_DEFAULT_COLDKEY',
    );
  });

  test('behavior: value is base64(password XOR name), decoded on read', () => {
    const path = '/w/default/coldkey';
    const name = passwordEnvName(path);
    const encoded = encodePasswordForEnv(name, 'pässword');
    // XOR with "BT_PW__W_DEFAULT_COLDKEY": first byte 'p'^'B' = 0x32
    expect(Buffer.from(encoded, 'base64')[0]).toBe('p'.charCodeAt(0) ^ 'B'.charCodeAt(0));
    expect(passwordFromEnv({ env: { [name]: encoded }, keyfilePath: path })).toBe('pässword');
    expect(passwordFromEnv({ env: {}, keyfilePath: path })).toBeUndefined();
  });
});

describe('resolvePassword', () => {
  test('args: explicit password, then file, then env', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'subnetkit-pw-'));
    const file = join(dir, 'pw');
    await writeFile(file, 'from-file\n');
    expect(await resolvePassword({ password: 'p' })).toBe('p');
    expect(await resolvePassword({ passwordFile: file })).toBe('from-file');
    const name = passwordEnvName('/k');
    expect(
      await resolvePassword({ env: { [name]: encodePasswordForEnv(name, 'e') }, keyfilePath: '/k' }),
    ).toBe('e');
  });

  test('behavior: prompts on a TTY without echo', async () => {
    const { PassThrough } = await import('node:stream');
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
    const output = new PassThrough();
    const promise = resolvePassword({ prompt: { input, output }, keyfilePath: '/k' });
    input.write('se');
    input.write('cret\r');
    expect(await promise).toBe('secret');
    expect(output.read().toString()).not.toContain('secret');
  });

  test('error: no source is SDK_PASSWORD_REQUIRED', async () => {
    await expect(resolvePassword({ keyfilePath: '/k' })).rejects.toMatchObject({
      code: 'SDK_PASSWORD_REQUIRED',
    });
  });
});
