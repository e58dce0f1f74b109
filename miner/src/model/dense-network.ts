/**
 * A small fully connected network (dense layers with ReLU between them, optional softmax) written as
 * an ONNX model with `onnx-proto`: what the example subnet's training script exports and what the
 * miner's tests serve.
 */
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** One dense layer: `weights` is row-major `[inputs × outputs]`, `bias` has `outputs` values. */
export interface DenseLayer {
  readonly inputs: number;
  readonly outputs: number;
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

/** A network of dense layers; `softmax` adds a softmax over the last layer's outputs. */
export interface DenseNetwork {
  readonly layers: readonly DenseLayer[];
  readonly softmax: boolean;
}

/** The input and output names the exported graph uses. */
export const DENSE_INPUT = 'input';
export const DENSE_OUTPUT = 'output';

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const OPSET = 13;
const IR_VERSION = 8;

function tensor(name: string, dims: number[], values: Float32Array) {
  return onnx.TensorProto.create({
    name,
    dims,
    dataType: FLOAT,
    rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
  });
}

function valueInfo(name: string, width: number) {
  return onnx.ValueInfoProto.create({
    name,
    type: { tensorType: { elemType: FLOAT, shape: { dim: [{ dimParam: 'batch' }, { dimValue: width }] } } },
  });
}

/**
 * Serializes a dense network as an ONNX model (opset 13) with a dynamic batch dimension.
 *
 * @example
 * const bytes = denseNetworkToOnnx({ layers: [{ inputs: 784, outputs: 10, weights, bias }], softmax: true });
 * const session = await InferenceSession.create(bytes);
 */
export function denseNetworkToOnnx(network: DenseNetwork): Uint8Array {
  if (network.layers.length === 0) throw new RangeError('a dense network needs at least one layer');
  const nodes: ReturnType<typeof onnx.NodeProto.create>[] = [];
  const initializers: ReturnType<typeof onnx.TensorProto.create>[] = [];
  let current = DENSE_INPUT;
  network.layers.forEach((layer, i) => {
    if (layer.weights.length !== layer.inputs * layer.outputs || layer.bias.length !== layer.outputs) {
      throw new RangeError(
        `layer ${i}: weights must be ${layer.inputs}×${layer.outputs}, bias ${layer.outputs}`,
      );
    }
    if (i > 0 && network.layers[i - 1].outputs !== layer.inputs) {
      throw new RangeError(
        `layer ${i}: takes ${layer.inputs} inputs but layer ${i - 1} gives ${network.layers[i - 1].outputs}`,
      );
    }
    initializers.push(tensor(`W${i}`, [layer.inputs, layer.outputs], layer.weights));
    initializers.push(tensor(`B${i}`, [layer.outputs], layer.bias));
    const last = i === network.layers.length - 1;
    const product = `mm${i}`;
    const sum = last && !network.softmax ? DENSE_OUTPUT : `add${i}`;
    nodes.push(onnx.NodeProto.create({ opType: 'MatMul', input: [current, `W${i}`], output: [product] }));
    nodes.push(onnx.NodeProto.create({ opType: 'Add', input: [product, `B${i}`], output: [sum] }));
    current = sum;
    if (!last) {
      const relu = `relu${i}`;
      nodes.push(onnx.NodeProto.create({ opType: 'Relu', input: [current], output: [relu] }));
      current = relu;
    }
  });
  if (network.softmax) {
    const axis = onnx.AttributeProto.create({
      name: 'axis',
      type: onnx.AttributeProto.AttributeType.INT,
      i: -1,
    });
    nodes.push(
      onnx.NodeProto.create({
        opType: 'Softmax',
        input: [current],
        output: [DENSE_OUTPUT],
        attribute: [axis],
      }),
    );
  }
  const first = network.layers[0];
  const last = network.layers[network.layers.length - 1];
  const graph = onnx.GraphProto.create({
    name: 'dense',
    node: nodes,
    initializer: initializers,
    input: [valueInfo(DENSE_INPUT, first.inputs)],
    output: [valueInfo(DENSE_OUTPUT, last.outputs)],
  });
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    producerName: 'subnetkit',
    opsetImport: [{ domain: '', version: OPSET }],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}
