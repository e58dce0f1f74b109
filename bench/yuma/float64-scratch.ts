/**
 * Reusable working memory for the float64 reference epoch.
 */
import type { CsrMatrix } from './csr-matrix.js';

/**
 * Named typed-array buffers that grow to the largest size asked for and are reused by later calls. Passing
 * one `Float64Scratch` to every `float64Epoch` call keeps large allocations, their page faults and the GC
 * they trigger out of the steady state, as a production float implementation would.
 *
 * @example
 * ```ts
 * const scratch = new Float64Scratch();
 * const score = scratch.f64('score', n * k); // zero-filled view, valid until the next call with 'score'
 * ```
 */
export class Float64Scratch {
  readonly #f64 = new Map<string, Float64Array>();
  readonly #i32 = new Map<string, Int32Array>();

  /** A zero-filled Float64Array view of `length` entries in slot `slot`. */
  f64(slot: string, length: number): Float64Array {
    return this.#raw(this.#f64, Float64Array, slot, length).fill(0);
  }

  /** A zero-filled Int32Array view of `length` entries in slot `slot`. */
  i32(slot: string, length: number): Int32Array {
    return this.#raw(this.#i32, Int32Array, slot, length).fill(0);
  }

  /**
   * An empty CSR matrix of `rows` rows with room for `capacity` entries in slot `slot`. Only `rowPtr` is
   * zeroed; `col` and `val` hold stale data until they are filled.
   */
  csr(slot: string, rows: number, capacity: number): CsrMatrix {
    return {
      rows,
      rowPtr: this.i32(`${slot}.rowPtr`, rows + 1),
      col: this.#raw(this.#i32, Int32Array, `${slot}.col`, capacity),
      val: this.#raw(this.#f64, Float64Array, `${slot}.val`, capacity),
    };
  }

  #raw<T extends Float64Array | Int32Array>(
    buffers: Map<string, T>,
    Type: new (length: number) => T,
    slot: string,
    length: number,
  ): T {
    let buffer = buffers.get(slot);
    if (buffer === undefined || buffer.length < length) {
      buffer = new Type(length);
      buffers.set(slot, buffer);
    }
    return buffer.subarray(0, length) as T;
  }
}
