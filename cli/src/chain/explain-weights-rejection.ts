import type { SetWeightsReturnType } from '@subnetkit/sdk';
import { CliError } from '../framework/cli-error.js';

type Rejection = Exclude<SetWeightsReturnType, { kind: 'ok' } | { kind: 'committed' }>;

/**
 * A `setWeights` rejection (checked before submitting, or returned by the chain) as a `CliError` with the next step.
 *
 * @example
 * if (result.kind !== 'ok') throw explainWeightsRejection(result, { netuid: 1 });
 */
export function explainWeightsRejection(rejection: Rejection, context: { netuid: number }): CliError {
  const { netuid } = context;
  const fail = (
    code: 'CLI_TRANSACTION_FAILED' | 'CLI_NOT_REGISTERED' | 'CLI_SUBNET_NOT_FOUND',
    message: string,
    fix?: string,
  ) => new CliError(code, `${message} (${rejection.kind})`, fix === undefined ? {} : { fix });
  switch (rejection.kind) {
    case 'NotRegistered':
      return fail(
        'CLI_NOT_REGISTERED',
        `hotkey not registered on netuid ${netuid}`,
        `run \`subnetkit subnets register --netuid ${netuid}\``,
      );
    case 'SubnetNotFound':
      return fail(
        'CLI_SUBNET_NOT_FOUND',
        `netuid ${netuid} does not exist`,
        'list the subnets with `subnetkit subnets list`',
      );
    case 'CommitRevealEnabled':
      return fail(
        'CLI_TRANSACTION_FAILED',
        `commit-reveal is on for netuid ${netuid}`,
        'use `subnetkit weights commit`, then `subnetkit weights reveal`',
      );
    case 'RootNetwork':
      return fail('CLI_TRANSACTION_FAILED', 'netuid 0 takes no weights');
    case 'RateLimited':
      return fail(
        'CLI_TRANSACTION_FAILED',
        `weights were set at block ${rejection.lastUpdate}; the next allowed block is ${rejection.nextBlock}`,
        'wait for that block and run the command again',
      );
    case 'BadVersionKey':
      return fail(
        'CLI_TRANSACTION_FAILED',
        `version key ${rejection.given} is below the subnet's ${rejection.required}`,
        `pass --version-key ${rejection.required}`,
      );
    case 'NotEnoughStake':
      return fail(
        'CLI_TRANSACTION_FAILED',
        `stake ${rejection.stake} is below the ${rejection.required} needed to set weights`,
        'stake more to this hotkey with `subnetkit stake add`',
      );
    case 'NoPermit':
      return fail(
        'CLI_TRANSACTION_FAILED',
        'this hotkey has no validator permit on the subnet',
        'stake more so it ranks among max_validators, then wait for an epoch',
      );
    case 'LengthMismatch':
      return fail(
        'CLI_TRANSACTION_FAILED',
        `${rejection.uids} uids but ${rejection.weights} weights`,
        'give as many --weights as --uids',
      );
    case 'TooManyUids':
      return fail(
        'CLI_TRANSACTION_FAILED',
        `${rejection.given} uids, but the subnet has ${rejection.n} neurons`,
      );
    case 'DuplicateUids':
      return fail('CLI_TRANSACTION_FAILED', `duplicate uids ${rejection.uids.join(', ')}`);
    case 'InvalidUids':
      return fail(
        'CLI_TRANSACTION_FAILED',
        `uids ${rejection.uids.join(', ')} do not exist (the subnet has ${rejection.n} neurons)`,
        `see them with \`subnetkit subnets show --netuid ${netuid}\``,
      );
    case 'TooFewWeights':
      return fail(
        'CLI_TRANSACTION_FAILED',
        `${rejection.given} non-zero weights; the subnet requires ${rejection.required}`,
        'weight more uids (min_allowed_weights)',
      );
    case 'MaxWeightExceeded':
      return fail(
        'CLI_TRANSACTION_FAILED',
        `a weight exceeds the subnet's max_weights_limit (${rejection.limit}/65535)`,
        'spread the weights over more uids',
      );
  }
}
