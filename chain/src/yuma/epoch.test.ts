import { existsSync, readFileSync } from 'node:fs';
import { CONTRACT_OUTPUT_KEYS, loadVectors, stepInput, VECTORS_PATH } from '@subnetkit/chain/yuma/vectors';
import { describe, expect, it } from 'vitest';
import { epoch } from './epoch.js';
import { formatStepOutput, parseStepInput } from './step-json.js';

const vectors = loadVectors();
const U16_KEYS = [
  'consensus_u16',
  'validator_trust_u16',
  'incentive_u16',
  'dividends_u16',
  'stake_weight_u16',
];

describe('yuma epoch: public vectors', () => {
  it('default: the committed copy equals shared/yuma/vectors-public.json when shared/ is present', () => {
    const shared = new URL('../../../../shared/yuma/vectors-public.json', VECTORS_PATH);
    if (!existsSync(shared)) return;
    expect(readFileSync(VECTORS_PATH, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  for (const c of vectors.epoch_cases) {
    c.steps.forEach((step, s) => {
      const params = { ...c.params, ...step.params_override };
      const liquid = params.liquid_alpha === true;
      it(`${c.id} step ${s}${step.label ? ` (${step.label})` : ''}`, () => {
        const out = formatStepOutput(epoch(parseStepInput(stepInput(c, step))));
        if (!liquid) {
          for (const key of CONTRACT_OUTPUT_KEYS) expect(out[key], key).toEqual(step.reference_outputs[key]);
          return;
        }
        // Liquid alpha: exp() is a float in the reference, so asserted values hold within 1e-3
        // and u16 outputs within 2 of the reference outputs.
        for (const key of U16_KEYS) {
          const got = out[key] as number[];
          const want = step.reference_outputs[key] as number[];
          got.forEach((v, i) => {
            expect(Math.abs(v - want[i]), `${key}[${i}]`).toBeLessThanOrEqual(2);
          });
        }
        const asserted = step.asserted['dividends (±1e-3)'] as number[] | undefined;
        if (asserted) {
          const dividends = out.dividends_u16 as number[];
          asserted.forEach((d, i) => {
            expect(Math.abs(dividends[i] / 65535 - d)).toBeLessThanOrEqual(1e-3);
          });
        }
      });
    });
  }
});
