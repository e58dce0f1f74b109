// Profiles pool submission in-process: node --conditions=source --import tsx --cpu-prof bench/devnet/profile-submit.ts
import { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a } from '@polkadot/util';
import { startDevnet } from '@subnetkit/chain';
import { wsProvider } from '../../test/support/ws-provider.js';

const devnet = await startDevnet({ port: 0, mode: 'manual' });
const api = await ApiPromise.create({ provider: wsProvider(devnet.url), noInitWarn: true });
const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
const txs: Uint8Array[] = [];
for (let i = 0; i < 3000; i++) {
  const tx = api.tx.balances.transferKeepAlive(alice.address, 1_000_000n);
  const payload = api.createType('ExtrinsicPayload', {
    method: tx.method.toHex(),
    era: '0x00',
    nonce: i,
    tip: 0,
    specVersion: api.runtimeVersion.specVersion,
    transactionVersion: api.runtimeVersion.transactionVersion,
    genesisHash: api.genesisHash,
    blockHash: api.genesisHash,
    version: 4,
  });
  tx.addSignature(alice.address, payload.sign(alice).signature, payload.toU8a());
  txs.push(hexToU8a(tx.toHex()));
}
await api.disconnect();
let t0 = performance.now();
for (const b of txs) devnet.pool.submit(devnet.chain.decode(b));
const submitMs = performance.now() - t0;
t0 = performance.now();
await devnet.newBlock();
const blockMs = performance.now() - t0;
console.log({ perSubmitUs: (submitMs / txs.length) * 1000, blockMs, head: devnet.chain.head().body.length });
await devnet.close();
