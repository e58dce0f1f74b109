import { defineGroup } from '../framework/define-group.js';

/** `subnetkit sudo …` (btcli's `sudo` group): subnet hyperparameters and the delegate take. */
export const sudoCommand = defineGroup({
  name: 'sudo',
  summary: 'Read and set subnet hyperparameters (AdminUtils) and the hotkey take.',
  subcommands: {
    set: {
      summary: 'set a hyperparameter (as the subnet owner, or as sudo on a devnet)',
      load: async () => (await import('./sudo/set.js')).sudoSet,
    },
    get: {
      summary: "show a subnet's hyperparameters (all, or one with --param)",
      load: async () => (await import('./sudo/get.js')).sudoGet,
    },
    'set-take': {
      summary: "set the hotkey's delegate take (lower at once; higher once per rate-limit period)",
      load: async () => (await import('./sudo/set-take.js')).sudoSetTake,
    },
    'get-take': {
      summary: "show the hotkey's delegate take",
      load: async () => (await import('./sudo/get-take.js')).sudoGetTake,
    },
  },
});
