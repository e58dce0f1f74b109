/**
 * `get_subnet_terms` at the cap's edge: an alpha in exactly equal to the root-proportion cap is not capped, so the TAO
 * in stays the whole emission instead of alpha in × price (a bit less, truncated). Subtensor's own cases run in
 * `coinbase-vectors.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { subnetTerms } from './subnet-terms.js';

describe('subnetTerms', () => {
  it('args: an alpha in equal to the cap keeps the whole emission as TAO in', () => {
    // 10 TAO bits at a price of 3: alpha in ⌊10/3⌋ = 14,316,557,653 bits = 41 alpha out × a root proportion of
    // 349,184,333 bits, the cap exactly; ⌊alpha in × 3⌋ would be one bit short of the emission.
    const t = subnetTerms({
      taoEmission: 10n << 32n,
      alphaEmission: 41n,
      priceBits: 3n << 64n,
      rootProportion: 349_184_333n,
    });
    expect(t.alphaIn).toBe(14_316_557_653n);
    expect(t.taoIn).toBe(10n << 32n);
    expect(t.excessTao).toBe(0n);
    expect(t.alphaOut).toBe(41n << 32n);
  });
});
