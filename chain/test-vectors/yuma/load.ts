/**
 * The public Yuma test vectors (a copy of shared/yuma/vectors-public.json, reconstructed from
 * subtensor's own tests) and the step-input layout of the checking contract.
 */
import { readFileSync } from 'node:fs';

/** One epoch case of the vectors file. */
export interface VectorCase {
  id: string;
  params: Record<string, unknown>;
  steps: VectorStep[];
}

/** One step of an epoch case. */
export interface VectorStep {
  label: string | null;
  block: number;
  rao_emission: number;
  params_override?: Record<string, unknown>;
  state_before: Record<string, unknown>;
  asserted: Record<string, unknown>;
  reference_outputs: Record<string, unknown>;
}

/** One math case of the vectors file. */
export interface MathCase {
  id: string;
  function: string;
  inputs: Record<string, unknown>;
  asserted: Record<string, unknown>;
  comparison: string;
}

/** The parsed vectors file. */
export interface Vectors {
  epoch_cases: VectorCase[];
  math_cases: MathCase[];
}

/** The output keys the checking contract requires (shared/yuma/README.md). */
export const CONTRACT_OUTPUT_KEYS = [
  'consensus_u16',
  'validator_trust_u16',
  'incentive_u16',
  'dividends_u16',
  'server_emission',
  'validator_emission',
  'emission',
  'new_validator_permit',
  'active',
  'stake_weight_u16',
  'bonds_stored_u16',
] as const;

/** Path of the committed copy (shared/yuma/vectors-public.json at the time it was taken). */
export const VECTORS_PATH = new URL('./public.json', import.meta.url);

/** Reads the committed copy of the public vectors. */
export function loadVectors(): Vectors {
  return JSON.parse(readFileSync(VECTORS_PATH, 'utf8')) as Vectors;
}

/** The contract's step input for one step: the case params with the step's overrides applied. */
export function stepInput(c: VectorCase, step: VectorStep): Record<string, unknown> {
  return {
    params: { ...c.params, ...step.params_override },
    block: step.block,
    rao_emission: step.rao_emission,
    state_before: step.state_before,
  };
}
