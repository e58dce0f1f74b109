/**
 * The cores under mutation testing: for each, the files Stryker mutates and the test files that cover them (only
 * those run, so a module's score is what its own tests notice). `npm run test:mutation` reads this table.
 *
 * @typedef {{ name: string, mutate: string[], testFiles: string[] }} MutationModule
 * @type {readonly MutationModule[]}
 */
export const mutationModules = [
  {
    name: 'sdk-weights',
    mutate: ['sdk/src/weights/*.ts', '!sdk/src/weights/*.test.ts'],
    testFiles: ['sdk/src/weights/*.test.ts'],
  },
  {
    name: 'sdk-protocol',
    mutate: [
      'sdk/src/protocol/verify-request.ts',
      'sdk/src/protocol/nonce-window.ts',
      'sdk/src/protocol/synapse-headers.ts',
    ],
    testFiles: ['sdk/src/protocol/*.test.ts'],
  },
  {
    name: 'axon-plugins',
    mutate: [
      'miner/src/axon/plugins/signature-check.ts',
      'miner/src/axon/plugins/nonce-freshness.ts',
      'miner/src/axon/plugins/body-hash.ts',
    ],
    testFiles: [
      'test/miner/axon-nonce-checks.test.ts',
      'test/miner/axon-security.test.ts',
      'test/miner/axon-concurrency.test.ts',
      'test/miner/axon-fuzz.test.ts',
      'test/miner/axon-interop.test.ts',
    ],
  },
  {
    name: 'validator-weights',
    mutate: ['validator/src/weights/*.ts', 'validator/src/scores/*.ts', '!validator/src/**/*.test.ts'],
    testFiles: [
      'validator/src/weights/*.test.ts',
      'validator/src/scores/*.test.ts',
      'test/validator/validator-loop.test.ts',
    ],
  },
  {
    name: 'subtensor-checks',
    mutate: [
      'chain/src/pallets/subtensor/weights.ts',
      'chain/src/pallets/subtensor/registration.ts',
      'chain/src/pallets/subtensor/staking.ts',
      'chain/src/pallets/subtensor/move-stake.ts',
    ],
    // The call logic on an in-memory chain; test/subtensor/ covers the same calls over @polkadot/api on a devnet,
    // which is too slow to run once per mutant.
    testFiles: [
      'chain/src/pallets/subtensor/weights.test.ts',
      'chain/src/pallets/subtensor/registration.test.ts',
      'chain/src/pallets/subtensor/staking.test.ts',
      'chain/src/pallets/subtensor/move-stake.test.ts',
    ],
  },
  {
    name: 'coinbase',
    // The coinbase's steps up to handing due subnets their pending emission. distribute-emission.ts (the epoch's
    // payout) is left out until its in-memory tests notice more: they left 47 of its 97 mutants alive.
    mutate: [
      'chain/src/pallets/subtensor/block-emission.ts',
      'chain/src/pallets/subtensor/subnet-emission-shares.ts',
      'chain/src/pallets/subtensor/subnet-terms.ts',
      'chain/src/pallets/subtensor/run-coinbase.ts',
      'chain/src/pallets/subtensor/moving-price.ts',
      'chain/src/pallets/subtensor/root-proportion.ts',
      'chain/src/pallets/subtensor/drain-pending.ts',
    ],
    // Each step's own tests, subtensor's coinbase tests as vectors, and the conservation property, on an in-memory
    // chain; the devnet tests under test/ run the same block hooks but are too slow to run once per mutant.
    testFiles: [
      'chain/src/pallets/subtensor/block-emission.test.ts',
      'chain/src/pallets/subtensor/subnet-emission-shares.test.ts',
      'chain/src/pallets/subtensor/run-coinbase.test.ts',
      'chain/src/pallets/subtensor/moving-price.test.ts',
      'chain/src/pallets/subtensor/root-proportion.test.ts',
      'chain/src/pallets/subtensor/subnet-terms.test.ts',
      'chain/src/pallets/subtensor/drain-pending.test.ts',
      'chain/src/pallets/subtensor/coinbase-vectors.test.ts',
      'chain/src/pallets/subtensor/coinbase-conservation.test.ts',
    ],
  },
  {
    name: 'yuma-math',
    mutate: ['chain/src/yuma/math/*.ts', '!chain/src/yuma/math/*.test.ts'],
    // The math's own vectors, and the epoch's (subtensor's epoch tests, bit for bit) that run it end to end.
    testFiles: [
      'chain/src/yuma/math/*.test.ts',
      'chain/src/yuma/epoch.test.ts',
      'chain/src/yuma/epoch.property.test.ts',
      'chain/src/yuma/validator-bonds.test.ts',
      'chain/src/yuma/read-matrices.test.ts',
    ],
  },
];
