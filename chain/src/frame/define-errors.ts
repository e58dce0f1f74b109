/** Error tables: a pallet's error names, and `fail` / `ensure` that accept only those names. */
import { DispatchFailure } from './define-pallet.js';

/** `fail` of a pallet: fails the dispatch with one of its errors. */
export type Fail<E extends string> = (error: E) => never;
/** `ensure!` of a pallet. */
export type Ensure<E extends string> = (condition: boolean, error: E) => asserts condition;

/** A pallet's errors: names in declaration order (index = position), and `fail` / `ensure` typed by them. */
export interface PalletErrors<E extends string> {
  readonly pallet: string;
  readonly names: readonly E[];
  readonly fail: Fail<E>;
  readonly ensure: Ensure<E>;
}

/** The error names of a `defineErrors` result. */
export type ErrorName<T> = T extends PalletErrors<infer E> ? E : never;

/**
 * Declares a pallet's errors (decoded by @polkadot/api as `DispatchError::Module` under these names).
 *
 * @example
 * export const sudoErrors = defineErrors('Sudo', ['RequireSudo']);
 * sudoErrors.fail('RequireSudo');
 */
export function defineErrors<const E extends string>(pallet: string, names: readonly E[]): PalletErrors<E> {
  const fail: Fail<E> = (error) => {
    throw new DispatchFailure({ module: pallet, error });
  };
  return {
    pallet,
    names,
    fail,
    ensure: (condition, error) => {
      if (!condition) fail(error);
    },
  };
}
