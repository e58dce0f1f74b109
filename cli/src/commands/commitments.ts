import { defineGroup } from '../framework/define-group.js';

/** `subnetkit commitments …`: a hotkey's published data on a subnet (the Commitments pallet). */
export const commitmentsCommand = defineGroup({
  name: 'commitments',
  summary: "Publish and read hotkeys' commitments (model, repo, endpoint …), plain or timelocked.",
  subcommands: {
    set: {
      summary:
        "publish the hotkey's commitment on a subnet; --reveal-round / --reveal-in-blocks timelock it until the chain reveals it",
      load: async () => (await import('./commitments/set.js')).commitmentsSet,
    },
    get: {
      summary: "show a subnet's commitments (or one hotkey's) with the data the chain has revealed",
      load: async () => (await import('./commitments/get.js')).commitmentsGet,
    },
  },
});
