import { describe, expect, it } from 'vitest';
import { ScenarioError, validateScenario } from './validate-scenario.js';

const good = {
  name: 's',
  epochs: 3,
  validators: [{ name: 'v', stake: 1, strategy: 'colluder', target: 'm' }],
  miners: [{ name: 'm', quality: 0.5 }],
};

function fieldOf(input: unknown): string {
  try {
    validateScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error.field;
    throw error;
  }
  throw new Error('no error');
}

describe('validateScenario', () => {
  it('default: a good scenario passes unchanged', () => {
    expect(validateScenario(good)).toEqual(good);
  });

  it.each([
    [{ ...good, epochs: 0 }, 'epochs'],
    [{ ...good, name: undefined }, 'name'],
    [{ ...good, validators: [{ name: 'v', stake: 'x', strategy: 'honest' }] }, 'validators[0].stake'],
    [{ ...good, validators: [{ name: 'v', stake: 1, strategy: 'greedy' }] }, 'validators[0].strategy'],
    [
      { ...good, validators: [{ name: 'v', stake: 1, strategy: 'colluder', target: 'zz' }] },
      'validators[0].target',
    ],
    [{ ...good, miners: [{ name: 'm', quality: 2 }] }, 'miners[0].quality'],
    [
      { ...good, miners: [{ name: 'm', quality: 0.5, registerAt: 4, deregisterAt: 2 }] },
      'miners[0].deregisterAt',
    ],
    [{ ...good, qualityRotateEvery: 0 }, 'qualityRotateEvery'],
    [{ ...good, qualityRotateEvery: 1.5 }, 'qualityRotateEvery'],
    [{ ...good, params: { kappa: 1.5 } }, 'params.kappa'],
    [{ ...good, params: { kapa: 0.5 } }, 'params.kapa'],
    [{ ...good, variants: [{ name: 'a', params: { yuma3: 'yes' } }] }, 'variants[0].params.yuma3'],
    [{ ...good, variants: [{ name: 'a' }, { name: 'a' }] }, 'variants[1].name'],
    [[], '$'],
  ])('error: names the bad field (%#)', (input, field) => {
    expect(fieldOf(input)).toBe(field);
  });
});
