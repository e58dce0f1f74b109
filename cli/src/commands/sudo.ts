import { defineGroup } from '../framework/define-group.js';
import { sudoGet } from './sudo/get.js';
import { sudoSet } from './sudo/set.js';

/** `subnetkit sudo …` (btcli's `sudo` group): subnet hyperparameters. */
export const sudoCommand = defineGroup({
  name: 'sudo',
  summary: 'Read and set subnet hyperparameters (AdminUtils).',
  subcommands: [sudoSet, sudoGet],
});
