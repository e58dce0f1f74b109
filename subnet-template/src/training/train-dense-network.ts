/**
 * Trains a small dense network (ReLU hidden layers, softmax output) on labelled images with plain
 * minibatch SGD on Float32Arrays. Deterministic: the same data and options give the same weights.
 */
import type { DenseLayer, DenseNetwork } from '@subnetkit/miner';
import { argmax } from '../argmax.js';
import { type AugmentationRanges, augmentDigit } from '../augment-digit.js';
import { IMAGE_PIXELS, imageAt, type LabelledImages } from '../digits.js';
import { seededRandom } from './seeded-random.js';

const CLASSES = 10;

/** How to train one model. */
export interface TrainingOptions {
  /** Hidden layer widths; `[]` is softmax regression. */
  readonly hidden: readonly number[];
  /** Passes over the training images; 0 leaves the random initial weights. */
  readonly epochs: number;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly seed: number;
  /** Train on only the first `limit` images (a balanced prefix). @defaultValue all */
  readonly limit?: number;
  /**
   * Train on augmented images (`augmentDigit` within these ranges, a fresh draw for every image in every epoch) rather
   * than the images as they are. @defaultValue none
   */
  readonly augmentation?: AugmentationRanges;
}

interface Layer {
  inputs: number;
  outputs: number;
  weights: Float32Array; // [inputs × outputs]
  bias: Float32Array;
}

function initialLayers(widths: number[], seed: number): Layer[] {
  const random = seededRandom(seed);
  return widths.slice(1).map((outputs, i) => {
    const inputs = widths[i];
    const scale = Math.sqrt(2 / inputs); // He initialisation
    return {
      inputs,
      outputs,
      weights: Float32Array.from({ length: inputs * outputs }, () => random.normal() * scale),
      bias: new Float32Array(outputs),
    };
  });
}

/** Forward pass of one input; returns every layer's activations (the last one holds probabilities). */
function forward(layers: Layer[], input: Float32Array): Float32Array[] {
  const activations = [input];
  layers.forEach((layer, l) => {
    const x = activations[l];
    const y = Float32Array.from(layer.bias);
    for (let k = 0; k < layer.inputs; k++) {
      const xk = x[k];
      if (xk === 0) continue; // images and ReLU outputs are mostly zeros
      const row = k * layer.outputs;
      for (let o = 0; o < layer.outputs; o++) y[o] += xk * layer.weights[row + o];
    }
    if (l < layers.length - 1) {
      for (let o = 0; o < y.length; o++) y[o] = Math.max(0, y[o]);
    } else {
      softmaxInPlace(y);
    }
    activations.push(y);
  });
  return activations;
}

function softmaxInPlace(values: Float32Array): void {
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    values[i] = Math.exp(values[i] - max);
    total += values[i];
  }
  for (let i = 0; i < values.length; i++) values[i] /= total;
}

/** Adds one example's cross-entropy gradient to `gradients`. */
function backward(layers: Layer[], activations: Float32Array[], label: number, gradients: Layer[]): void {
  let delta = Float32Array.from(activations[layers.length]);
  delta[label] -= 1;
  for (let l = layers.length - 1; l >= 0; l--) {
    const { inputs, outputs, weights } = layers[l];
    const x = activations[l];
    const g = gradients[l];
    for (let o = 0; o < outputs; o++) g.bias[o] += delta[o];
    const previous = l > 0 ? new Float32Array(inputs) : undefined;
    for (let k = 0; k < inputs; k++) {
      const xk = x[k];
      if (xk === 0) continue; // zero input: no weight gradient, and a dead ReLU passes no delta back
      const row = k * outputs;
      let back = 0;
      for (let o = 0; o < outputs; o++) {
        g.weights[row + o] += xk * delta[o];
        back += weights[row + o] * delta[o];
      }
      if (previous) previous[k] = back;
    }
    if (previous) delta = previous;
  }
}

function asInput(pixels: Uint8Array): Float32Array {
  const input = new Float32Array(IMAGE_PIXELS);
  for (let p = 0; p < IMAGE_PIXELS; p++) input[p] = pixels[p] / 255;
  return input;
}

/**
 * Trains a network for 28×28 digit images. The returned network takes grey levels 0–255 (the 1/255
 * scaling is folded into the first layer) and ends in a softmax over the ten digits.
 *
 * @example
 * const network = trainDenseNetwork(loadDigits().training, { hidden: [32], epochs: 4, learningRate: 0.1, batchSize: 32, seed: 1 });
 * const bytes = denseNetworkToOnnx(network);
 */
export function trainDenseNetwork(images: LabelledImages, options: TrainingOptions): DenseNetwork {
  const widths = [IMAGE_PIXELS, ...options.hidden, CLASSES];
  const layers = initialLayers(widths, options.seed);
  const count = Math.min(options.limit ?? images.count, images.count);
  const { augmentation } = options;
  const plain = augmentation ? [] : Array.from({ length: count }, (_, i) => asInput(imageAt(images, i)));
  // Epoch `e`'s version of image `i`: itself, or its augmentation seeded by (seed, e, i).
  const input = (epoch: number, index: number) =>
    augmentation
      ? asInput(
          augmentDigit(
            imageAt(images, index),
            seededRandom(options.seed * 1_000_003 + epoch * count + index),
            augmentation,
          ),
        )
      : plain[index];
  const order = Array.from({ length: count }, (_, i) => i);
  const random = seededRandom(options.seed ^ 0x5eed);
  const gradients = layers.map((layer) => ({
    ...layer,
    weights: new Float32Array(layer.weights.length),
    bias: new Float32Array(layer.bias.length),
  }));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = count - 1; i > 0; i--) {
      const j = random.below(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const learningRate = options.learningRate / (1 + epoch / 4); // slow decay
    for (let start = 0; start < count; start += options.batchSize) {
      const batch = order.slice(start, start + options.batchSize);
      for (const g of gradients) {
        g.weights.fill(0);
        g.bias.fill(0);
      }
      for (const index of batch) {
        backward(layers, forward(layers, input(epoch, index)), images.labels[index], gradients);
      }
      const step = learningRate / batch.length;
      layers.forEach((layer, l) => {
        for (let i = 0; i < layer.weights.length; i++) layer.weights[i] -= step * gradients[l].weights[i];
        for (let i = 0; i < layer.bias.length; i++) layer.bias[i] -= step * gradients[l].bias[i];
      });
    }
  }
  return { layers: layers.map((layer, l) => exported(layer, l === 0)), softmax: true };
}

/** The layer as exported; the first one takes 0–255 grey levels instead of 0–1. */
function exported(layer: Layer, first: boolean): DenseLayer {
  return {
    inputs: layer.inputs,
    outputs: layer.outputs,
    weights: first ? layer.weights.map((w) => w / 255) : layer.weights,
    bias: layer.bias,
  };
}

/**
 * Fraction of `images` a network classifies correctly, evaluated in plain JS.
 *
 * @example
 * const accuracy = evaluateDenseNetwork(network, loadDigits().test); // 0.93
 */
export function evaluateDenseNetwork(network: DenseNetwork, images: LabelledImages): number {
  let correct = 0;
  for (let i = 0; i < images.count; i++) {
    const input = Float32Array.from(images.pixels.subarray(i * IMAGE_PIXELS, (i + 1) * IMAGE_PIXELS));
    const probabilities = forward(network.layers as Layer[], input).at(-1)!;
    if (argmax(probabilities) === images.labels[i]) correct++;
  }
  return correct / images.count;
}
