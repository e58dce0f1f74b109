/**
 * Every chain error the devnet can raise reaches the user in words with a fix: the pallet error tables are
 * enumerated, the names the pallets' code raises are found in their sources, and each must be explained by the CLI
 * (cli/src/chain/explain-chain-error.ts) or by the weights checks that run before sending (explain-weights-rejection).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminUtilsErrors } from '../../chain/src/pallets/admin-utils/errors.js';
import { balancesErrors } from '../../chain/src/pallets/balances/errors.js';
import { commitmentsErrors } from '../../chain/src/pallets/commitments/errors.js';
import { subtensorErrors } from '../../chain/src/pallets/subtensor/errors.js';
import { sudoErrors } from '../../chain/src/pallets/sudo/errors.js';
import { systemErrors } from '../../chain/src/pallets/system/errors.js';
import { EXPLAINED_CHAIN_ERRORS } from '../../cli/src/chain/explain-chain-error.js';

const TABLES = [
  subtensorErrors,
  adminUtilsErrors,
  balancesErrors,
  sudoErrors,
  systemErrors,
  commitmentsErrors,
];

/** Refusals of set_weights that the SDK's setWeights reports as a rejection kind, explained by the weights command. */
const WEIGHTS_REJECTIONS = new Set([
  'WeightVecNotEqualSize',
  'DuplicateUids',
  'UidVecContainInvalidOne',
  'WeightVecLengthIsLow',
  'MaxWeightExceeded',
  'IncorrectWeightVersionKey',
  'UidsLengthExceedUidsInSubNet',
  'NotEnoughStakeToSetWeights',
  'NeuronNoValidatorPermit',
  'CanNotSetRootNetworkWeights',
]);

/** The chain's sources that can raise a pallet error: everything under chain/src but the error tables and tests. */
function chainSources(): string {
  const root = fileURLToPath(new URL('../../chain/src', import.meta.url));
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('errors.ts'))
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
}

describe('chain errors in words', () => {
  it('default: every explained name is an error of a pallet table (no stale or misspelt names)', () => {
    // BadOrigin is a DispatchError of its own, not a pallet error.
    const all = new Set<string>(['BadOrigin', ...TABLES.flatMap((table) => [...table.names])]);
    expect(EXPLAINED_CHAIN_ERRORS.filter((name) => !all.has(name))).toEqual([]);
  });

  it('behavior: every error the devnet raises is explained by the CLI', () => {
    const sources = chainSources();
    const raised = TABLES.flatMap((table) => [...table.names]).filter((name) =>
      new RegExp(`['"]${name}['"]`).test(sources),
    );
    expect(raised.length).toBeGreaterThan(50);
    const explained = new Set<string>([...EXPLAINED_CHAIN_ERRORS, ...WEIGHTS_REJECTIONS]);
    expect(raised.filter((name) => !explained.has(name))).toEqual([]);
  });
});
