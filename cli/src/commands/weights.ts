import { defineGroup } from '../framework/define-group.js';
import { weightsCommit } from './weights/commit.js';
import { weightsReveal } from './weights/reveal.js';
import { weightsSet } from './weights/set.js';

/** `subnetkit weights …` (btcli's `weights` group). */
export const weightsCommand = defineGroup({
  name: 'weights',
  summary: 'Set weights, or commit and reveal them on commit-reveal subnets.',
  subcommands: [weightsCommit, weightsReveal, weightsSet],
});
