import { defineGroup } from '../framework/define-group.js';

/** `subnetkit weights …` (btcli's `weights` group). */
export const weightsCommand = defineGroup({
  name: 'weights',
  summary: 'Set weights, or commit and reveal them on commit-reveal subnets.',
  subcommands: {
    commit: {
      summary:
        'commit weights on a commit-reveal subnet: CR-v4 (drand-timelocked, revealed by the chain), or --crv2 (a hash; keep the salt for `weights reveal`)',
      load: async () => (await import('./weights/commit.js')).weightsCommit,
    },
    pending: {
      summary: 'list the subnet’s unrevealed CR-v4 commits with their drand reveal rounds',
      load: async () => (await import('./weights/pending.js')).weightsPending,
    },
    reveal: {
      summary:
        'reveal weights committed with `weights commit --crv2` (same uids, weights, salt, version key)',
      load: async () => (await import('./weights/reveal.js')).weightsReveal,
    },
    set: {
      summary:
        'set weights from the hotkey (checked first: registration, permit, version key, rate limit, …)',
      load: async () => (await import('./weights/set.js')).weightsSet,
    },
  },
});
