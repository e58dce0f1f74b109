// biome-ignore-all lint/performance/noBarrelFile: entrypoint module
// @subnetkit/validator/testing: adversarial miners a subnet's tests serve behind real axons, to check that its
// challenge and score pay honest models more than memorising, copying, lazy, guessing and replaying miners.

export type { AdversaryContext, AdversaryHandler, WrappedHandler } from './adversary-handler.js';
export { constantMiner } from './constant-miner.js';
export { type CopyMinerOptions, copyMiner } from './copy-miner.js';
export { type LookupMinerOptions, lookupMiner } from './lookup-miner.js';
export { randomMiner } from './random-miner.js';
export { replayMiner } from './replay-miner.js';
export { slowMiner } from './slow-miner.js';
