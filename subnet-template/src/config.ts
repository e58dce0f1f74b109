/**
 * The digits subnet's settings, in one place. The devnet, the validators and the miners all read them
 * from here, so a change (a bigger batch, a stricter deadline) is one edit.
 */
export const digitsConfig = Object.freeze({
  /** The subnet's id on the chain (the first subnet registered on a fresh devnet gets 1). */
  netuid: 1,
  /** Blocks between epochs (Yuma consensus runs and emission is paid once per tempo). */
  tempo: 10,
  /** Images per challenge. */
  batchSize: 64,
  /** Most images a miner accepts in one request. */
  maxBatchSize: 128,
  /** Seconds a miner has to answer (the dendrite's timeout). */
  timeoutSeconds: 10,
  /** Share of the score that rewards speed: an instant answer keeps all of it, a very late one almost none. */
  latencyWeight: 0.05,
  /**
   * The answer time, in milliseconds, that loses half the speed share (an answer after `t` ms loses the fraction
   * `t / (t + latencyScaleMs)` of it). Every extra millisecond costs something at any load, with no cliff: a copier
   * that forwards its query to another miner pays that miner's time on top of its own and scores below it.
   */
  latencyScaleMs: 1000,
  /**
   * How each challenge image is transformed (see `augmentDigit`), so that no miner holds the images in advance:
   * a rotation of up to ±`rotationDegrees`, a scale in [`minScale`, `maxScale`], a shift of up to ±`shiftPixels`
   * per axis, strokes thinned or thickened by up to `strokeChange` of a pixel, and Gaussian noise of standard
   * deviation `noise` grey levels.
   */
  augmentation: Object.freeze({
    rotationDegrees: 12,
    minScale: 0.9,
    maxScale: 1.1,
    shiftPixels: 2,
    strokeChange: 0.6,
    noise: 10,
  }),
});

/** The type of {@link digitsConfig}. */
export type DigitsConfig = typeof digitsConfig;
