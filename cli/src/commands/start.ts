import type { Command } from '../main.js';

/** `subnetkit start`: the local devnet with the example subnet (lands with the demo issue). */
export const startCommand: Command = async () => {
  process.stdout.write(
    'nothing to run yet: the example subnet arrives with the demo issue.\n' +
      'Meanwhile try `npx subnetkit yuma epoch < step.json` (docs/yuma.md).\n',
  );
  return 0;
};
