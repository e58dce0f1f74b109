/**
 * Starts AXONS real axons (the miner's buildAxon, distinct hotkeys //BenchMiner<i>) on 127.0.0.1 in this process and
 * prints one JSON line: [{ hotkey, port }]. A request with x < 0 hangs until its deadline. Run by step.ts.
 */
import { buildAxon, createStaticPeerDirectory } from '@subnetkit/miner';
import { createKeypair, createSigner, cryptoReady } from '@subnetkit/sdk';
import { Square } from './square.js';

const count = Number(process.argv[2] ?? 256);
const validator = process.argv[3];
if (validator === undefined) throw new Error('usage: axons-child.ts <count> <validator hotkey>');
await cryptoReady();
const peers = createStaticPeerDirectory({
  [validator]: { uid: 0, validatorPermit: true, stake: 1000, ip: '127.0.0.1' },
});
const out: { hotkey: string; port: number }[] = [];
for (let i = 0; i < count; i++) {
  const signer = createSigner(createKeypair({ uri: `//BenchMiner${i}` }));
  const app = buildAxon({
    signer,
    synapses: [Square],
    handlers: {
      Square: async (request, { signal }) => {
        const x = request.x as number;
        if (x < 0) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
        return { y: x * x };
      },
    },
    peers,
    // The bench times the validator: unsigned responses halve the miners' CPU on a small machine.
    signResponses: false,
    rateLimit: {
      perIp: { requests: 10_000_000, windowMs: 60_000 },
      perHotkey: { requests: 10_000_000, windowMs: 60_000 },
    },
    external: { ip: '127.0.0.1', port: 0 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  out.push({ hotkey: signer.address, port: (app.server.address() as { port: number }).port });
}
process.stdout.write(`${JSON.stringify(out)}\n`);
