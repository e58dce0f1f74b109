import { defineGroup } from '../framework/define-group.js';

/** `subnetkit subnets …` (btcli's `subnets` group). */
export const subnetsCommand = defineGroup({
  name: 'subnets',
  summary:
    'Subnets: list, metagraph, hyperparameters, costs, prices, forecast, create, register, identity, symbol, start, dissolve.',
  subcommands: {
    list: {
      summary: 'list the subnets: neurons, tempo, registration burn, owner, started or not',
      load: async () => (await import('./subnets/list.js')).subnetsList,
    },
    show: {
      summary: "show a subnet's metagraph: every uid with stake, incentive, dividends, emission",
      aliases: ['metagraph'],
      load: async () => (await import('./subnets/show.js')).subnetsShow,
    },
    hyperparameters: {
      summary: 'show every hyperparameter of a subnet (btcli names)',
      load: async () => (await import('./subnets/hyperparameters.js')).subnetsHyperparameters,
    },
    'burn-cost': {
      summary:
        'what creating a subnet costs now (lock), and with --netuid what registering a neuron there burns',
      load: async () => (await import('./subnets/burn-cost.js')).subnetsBurnCost,
    },
    create: {
      summary: 'create a subnet owned by this coldkey (locks the current lock cost)',
      load: async () => (await import('./subnets/create.js')).subnetsCreate,
    },
    register: {
      summary: 'register the hotkey on a subnet (burns the current registration cost, paid by the coldkey)',
      load: async () => (await import('./subnets/register.js')).subnetsRegister,
    },
    forecast: {
      summary:
        "forecast a subnet's next blocks on the devnet: emission, the owner's cut per epoch, the price path",
      load: async () => (await import('./subnets/forecast.js')).subnetsForecast,
    },
    price: {
      summary: 'the current alpha price of each subnet (TAO per alpha, from the pool)',
      load: async () => (await import('./subnets/price.js')).subnetsPrice,
    },
    'set-identity': {
      summary:
        "set the subnet's identity: name, repository, contact, site, Discord, description, logo (owner)",
      load: async () => (await import('./subnets/set-identity.js')).subnetsSetIdentity,
    },
    'get-identity': {
      summary: "show a subnet's name, token symbol and identity",
      load: async () => (await import('./subnets/get-identity.js')).subnetsGetIdentity,
    },
    'set-symbol': {
      summary: "set the subnet's token symbol, one of the chain's table that no subnet uses (owner)",
      load: async () => (await import('./subnets/set-symbol.js')).subnetsSetSymbol,
    },
    start: {
      summary: "start a subnet's emission (owner coldkey; once start_call_delay has passed)",
      load: async () => (await import('./subnets/start.js')).subnetsStart,
    },
    dissolve: {
      summary: 'dissolve a subnet and pay its pool out to its stakers (the sudo key, e.g. on a devnet)',
      load: async () => (await import('./subnets/dissolve.js')).subnetsDissolve,
    },
  },
});
