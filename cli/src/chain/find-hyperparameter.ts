import { CliError } from '../framework/cli-error.js';
import {
  CHAIN_PARAMETERS,
  type ChainParameterName,
  HYPERPARAMETERS,
  type HyperparameterName,
} from './hyperparameter-names.js';

/**
 * The hyperparameter btcli calls `name`, or the chain-wide parameter of that name (`CLI_UNKNOWN_HYPERPARAMETER`
 * listing the known names otherwise).
 *
 * @example
 * findHyperparameter('weights_rate_limit').call; // 'sudo_set_weights_set_rate_limit'
 */
export function findHyperparameter(name: string): HyperparameterName | ChainParameterName {
  const found = [...HYPERPARAMETERS, ...CHAIN_PARAMETERS].find((h) => h.name === name);
  if (found === undefined) {
    throw new CliError('CLI_UNKNOWN_HYPERPARAMETER', `unknown hyperparameter ${name}`, {
      fix: `use one of: ${[...HYPERPARAMETERS, ...CHAIN_PARAMETERS].map((h) => h.name).join(', ')}`,
    });
  }
  return found;
}
