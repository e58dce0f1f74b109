import { CliError } from '../framework/cli-error.js';
import { didYouMean } from '../framework/did-you-mean.js';
import {
  CHAIN_PARAMETERS,
  type ChainParameterName,
  HYPERPARAMETERS,
  type HyperparameterName,
  SET_ONLY_PARAMETERS,
  type SetOnlyParameter,
} from './hyperparameter-names.js';

/**
 * The hyperparameter btcli calls `name`, or the chain-wide parameter of that name (`CLI_UNKNOWN_HYPERPARAMETER`
 * listing the known names otherwise).
 *
 * @example
 * findHyperparameter('weights_rate_limit').call; // 'sudo_set_weights_set_rate_limit'
 */
export function findHyperparameter(name: string): HyperparameterName | ChainParameterName | SetOnlyParameter {
  const all = [...HYPERPARAMETERS, ...CHAIN_PARAMETERS, ...SET_ONLY_PARAMETERS];
  const found = all.find((h) => h.name === name);
  if (found === undefined) {
    const names = all.map((h) => h.name);
    const meant = didYouMean(name, names);
    throw new CliError('CLI_UNKNOWN_HYPERPARAMETER', `unknown hyperparameter ${name}`, {
      fix: `${meant === undefined ? '' : `did you mean ${meant}? `}use one of: ${names.join(', ')}`,
    });
  }
  return found;
}
