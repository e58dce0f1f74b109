import { defineGroup } from '../framework/define-group.js';
import { subnetsBurnCost } from './subnets/burn-cost.js';
import { subnetsCreate } from './subnets/create.js';
import { subnetsHyperparameters } from './subnets/hyperparameters.js';
import { subnetsList } from './subnets/list.js';
import { subnetsRegister } from './subnets/register.js';
import { subnetsShow } from './subnets/show.js';
import { subnetsStart } from './subnets/start.js';

/** `subnetkit subnets …` (btcli's `subnets` group). */
export const subnetsCommand = defineGroup({
  name: 'subnets',
  summary: 'Subnets: list, metagraph, hyperparameters, costs, create, register, start.',
  subcommands: [
    subnetsList,
    subnetsShow,
    subnetsHyperparameters,
    subnetsBurnCost,
    subnetsCreate,
    subnetsRegister,
    subnetsStart,
  ],
});
