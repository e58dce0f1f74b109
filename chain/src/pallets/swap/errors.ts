import { defineErrors, type Ensure, type ErrorName, type Fail } from '../../frame/define-errors.js';

/** `pallet_subtensor_swap::Error`, in declaration order (index = position). */
export const swapErrors = defineErrors('Swap', [
  'FeeRateTooHigh',
  'InsufficientInputAmount',
  'InsufficientLiquidity',
  'PriceLimitExceeded',
  'InsufficientBalance',
  'InvalidTickRange',
  'InvalidLiquidityValue',
  'ReservesTooLow',
  'MechanismDoesNotExist',
  'SubtokenDisabled',
  'ReservesOutOfBalance',
  'SwapInputTooLarge',
  'Deprecated',
]);

/** A `Swap` error name. */
export type SwapError = ErrorName<typeof swapErrors>;

/** Fails with a `Swap` error. @example swapFail('PriceLimitExceeded'); */
export const swapFail: Fail<SwapError> = swapErrors.fail;

/** `ensure!` for `Swap` errors. @example swapEnsure(rate <= MAX_FEE_RATE, 'FeeRateTooHigh'); */
export const swapEnsure: Ensure<SwapError> = swapErrors.ensure;
