/**
 * JSON-RPC methods as data: each declares its parameters (checked by one generic reader before the
 * handler runs) and its result, and its handler is typed by both, the way chopsticks types
 * `Handler<[HexString, HexString?], Header>`. `rpc_methods` and the method list in docs/devnet.md come
 * from the same table.
 */
import type { RpcConnection, RpcContext } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';

/** One positional parameter: its name and type as docs show them, and how a JSON value becomes typed. */
export interface Param<T> {
  readonly name: string;
  /** The type as docs show it (`hex`, `hash`, `uint`). */
  readonly type: string;
  readonly optional: boolean;
  /** The typed value of a JSON value (`undefined` when absent), or `Invalid` saying what was expected. */
  readonly read: (value: unknown) => T | Invalid;
}

/** What a parameter reader returns for a value it rejects: what it expected instead. */
export class Invalid {
  constructor(readonly expected: string) {}
}

/** The failure of a parameter reader. @example return invalid('a 0x-prefixed hex string'); */
export function invalid(expected: string): Invalid {
  return new Invalid(expected);
}

/**
 * A parameter kind.
 *
 * @example
 * const uint = (name: string) => param(name, 'uint', (v) => (typeof v === 'number' ? v : invalid('a number')));
 */
export function param<T>(name: string, type: string, read: (value: unknown) => T | Invalid): Param<T> {
  return { name, type, optional: false, read };
}

/** The same parameter, optional: absent or `null` reads as `undefined`. @example optional(hash('at')) */
export function optional<T>(p: Param<T>): Param<T | undefined> {
  return {
    ...p,
    optional: true,
    read: (value) => (value === undefined || value === null ? undefined : p.read(value)),
  };
}

/** The values of a parameter list, as the handler receives them. */
export type ParamValues<P extends readonly Param<unknown>[]> = {
  -readonly [I in keyof P]: P[I] extends Param<infer T> ? T : never;
};

declare const RESULT: unique symbol;

/** A method's result: how docs show it and (type-level only) its TypeScript type. */
export interface Result<R> {
  readonly type: string;
  /** Never present at run time: carries `R` for inference. */
  readonly [RESULT]?: R;
}

/** Declares a result type. @example result<Hex | null>('hex | null') */
export function result<R>(type: string): Result<R> {
  return { type };
}

/** A method handler: typed parameters in, typed result out (or a promise of it). */
export type Handler<P, R> = (ctx: RpcContext, params: P, conn: RpcConnection) => R | Promise<R>;

/** A method as the server and the docs see it (made by `method`). */
export interface RpcMethod {
  readonly params: readonly Param<unknown>[];
  readonly result: string;
  /** One line for the docs. */
  readonly doc: string;
  /**
   * Substrate's unsafe methods: they change the node or cost it more than a read, so `--rpc-methods safe`
   * (and `auto` on a non-loopback address) refuses them.
   */
  readonly unsafe: boolean;
  /** Reads the raw parameters (`-32602` on a bad one) and runs the handler. */
  readonly run: (ctx: RpcContext, params: readonly unknown[], conn: RpcConnection) => unknown;
}

/** A namespace's methods, keyed by their exact JSON-RPC name (aliases share one declaration). */
export type RpcMethodTable = Readonly<Record<string, RpcMethod>>;

/**
 * Reads raw positional parameters with their declarations; a rejected one is `-32602 Invalid params`
 * naming its position and what was expected.
 *
 * @example
 * const [key, at] = readParams([hex('key'), optional(hash('at'))], ['0x00']);
 */
export function readParams<const P extends readonly Param<unknown>[]>(
  params: P,
  raw: readonly unknown[],
): ParamValues<P> {
  const values = params.map((p, i) => {
    const value = p.read(raw[i]);
    if (value instanceof Invalid) {
      throw new RpcError(
        RPC_ERROR.INVALID_PARAMS,
        'Invalid params',
        `parameter ${i}: expected ${value.expected}`,
      );
    }
    return value;
  });
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: each value was read by the parameter at its position, so the tuple has `ParamValues<P>`'s element types.
  return values as ParamValues<P>;
}

/**
 * Declares a method: parameters, result, doc line and handler.
 *
 * @example
 * const getStorage = method({
 *   params: [hex('key'), optional(hash('at'))],
 *   result: result<Hex | null>('hex | null'),
 *   doc: 'the SCALE value stored under `key`',
 *   handler: (ctx, [key, at]) => ctx.chain.stateAt(at).get(key),
 * });
 */
export function method<const P extends readonly Param<unknown>[], R>(spec: {
  readonly params: P;
  readonly result: Result<R>;
  readonly doc: string;
  /** Set for Substrate's unsafe methods (see {@link RpcMethod.unsafe}). */
  readonly unsafe?: true;
  readonly handler: Handler<ParamValues<P>, NoInfer<R>>;
}): RpcMethod {
  const { params, handler } = spec;
  return {
    params,
    result: spec.result.type,
    doc: spec.doc,
    unsafe: spec.unsafe === true,
    run: (ctx, raw, conn) => handler(ctx, readParams(params, raw), conn),
  };
}
