import { defineGroup } from '../framework/define-group.js';

/** `subnetkit weights …` (btcli's `weights` group). */
export const weightsCommand = defineGroup({
  name: 'weights',
  summary: 'Set weights, or commit and reveal them on commit-reveal subnets.',
  subcommands: {
    commit: {
      summary: 'commit a hash of weights (commit-reveal subnets); keep the printed salt for `weights reveal`',
      load: async () => (await import('./weights/commit.js')).weightsCommit,
    },
    reveal: {
      summary: 'reveal weights committed with `weights commit` (same uids, weights, salt, version key)',
      load: async () => (await import('./weights/reveal.js')).weightsReveal,
    },
    set: {
      summary:
        'set weights from the hotkey (checked first: registration, permit, version key, rate limit, …)',
      load: async () => (await import('./weights/set.js')).weightsSet,
    },
  },
});
