import { defineGroup } from '../framework/define-group.js';
import { stakeAdd } from './stake/add.js';
import { stakeList } from './stake/list.js';
import { stakeRemove } from './stake/remove.js';

/** `subnetkit stake …` (btcli's `stake` group). */
export const stakeCommand = defineGroup({
  name: 'stake',
  summary: 'Stake TAO to hotkeys on subnets, unstake, list.',
  subcommands: [stakeAdd, stakeRemove, stakeList],
});
