import { definePallet } from '../../frame/define-pallet.js';
import { CommitmentOf, RevealedCommitments } from './storage.js';

/**
 * `pallet_commitments` as `Commitments` (index 18), storage only: the devnet declares the maps clients read and
 * implements no calls (docs/chain.md).
 *
 * @example
 * const pallets = [system, subtensorPallet, commitmentsPallet];
 */
export const commitmentsPallet = definePallet({
  name: 'Commitments',
  index: 18,
  crate: 'pallet_commitments',
  storage: [CommitmentOf, RevealedCommitments],
});

export { CommitmentOf, RevealedCommitments } from './storage.js';
