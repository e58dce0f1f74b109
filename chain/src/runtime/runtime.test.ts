import { Metadata, TypeRegistry } from '@polkadot/types';
import { describe, expect, it } from 'vitest';
import { Account } from '../pallets/system/storage.js';
import { createRuntime } from './runtime.js';

const ALICE = Uint8Array.from(
  Buffer.from('d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d', 'hex'),
);

describe('runtime', () => {
  const runtime = createRuntime();

  it('default: metadata V14 and V15 decode with @polkadot/types and list the pallets at their indices', () => {
    for (const bytes of [runtime.metadata.v14, runtime.metadata.v15]) {
      const registry = new TypeRegistry();
      const metadata = new Metadata(registry, bytes);
      registry.setMetadata(metadata);
      const pallets = metadata.asLatest.pallets.map((p) => `${p.name.toString()}:${p.index.toNumber()}`);
      expect(pallets).toEqual([
        'System:0',
        'Timestamp:2',
        'Aura:3',
        'Balances:5',
        'TransactionPayment:6',
        'SubtensorModule:7',
        'Sudo:12',
        'Commitments:18',
        'AdminUtils:19',
        'Drand:26',
        'Swap:28',
      ]);
      const error = registry.findMetaError({
        index: registry.createType('u8', 12),
        error: registry.createType('[u8;4]', '0x00000000'),
      } as never);
      expect(`${error.section}.${error.name}`).toBe('sudo.RequireSudo');
      expect(error.docs).toEqual(['Require sudo.']);
      // Every module error carries a doc line: btcli prints an error with empty docs as `UnknownError(UnknownType)`.
      const subtensor = registry.findMetaError({
        index: registry.createType('u8', 7),
        error: registry.createType('[u8;4]', '0x00000000'),
      } as never);
      expect(subtensor.docs).toEqual(['Root network does not exist.']);
    }
  });

  it('behavior: storage keys are real Substrate keys', () => {
    expect(Account.key(ALICE)).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    );
  });

  it('behavior: runtime APIs answer through callApi', () => {
    const state = { get: () => null, getKeysPaged: () => [], keys: () => [].values() };
    const versions = runtime.callApi('Metadata_metadata_versions', new Uint8Array(), state);
    expect(Buffer.from(versions).toString('hex')).toBe('080e0000000f000000');
    const nonce = runtime.callApi('AccountNonceApi_account_nonce', ALICE, state);
    expect(Buffer.from(nonce).toString('hex')).toBe('00000000');
    expect(() => runtime.callApi('Nope_nothing', new Uint8Array(), state)).toThrow(
      expect.objectContaining({ code: 'CHAIN_UNKNOWN_RUNTIME_API' }),
    );
  });

  it('behavior: the System.Version constant is Core_version, listing every runtime API of metadata V15', () => {
    const registry = new TypeRegistry();
    const metadata = new Metadata(registry, runtime.metadata.v15);
    registry.setMetadata(metadata);
    const system = metadata.asLatest.pallets.find((p) => p.name.toString() === 'System');
    const version = system?.constants.find((c) => c.name.toString() === 'Version');
    const state = { get: () => null, getKeysPaged: () => [], keys: () => [].values() };
    expect(version?.value.toHex()).toBe(
      `0x${Buffer.from(runtime.callApi('Core_version', new Uint8Array(), state)).toString('hex')}`,
    );
    const apis = metadata.asLatest.apis.map((a) => a.name.toString());
    expect(apis).toContain('TaggedTransactionQueue');
    expect(runtime.version.apis).toHaveLength(apis.length);
  });
});
