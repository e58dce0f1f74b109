import { hexToU8a } from '@polkadot/util';
import { EXTRINSIC_BASE_WEIGHT, TRANSACTION_BYTE_FEE } from '../pallets/transaction-payment/index.js';
import { hexParam, optionalHashParam } from './params.js';
import type { RpcMethodTable } from './rpc-context.js';

/** `payment_*`: the deprecated RPC wrappers of `TransactionPaymentApi`. */
export const paymentMethods: RpcMethodTable = {
  payment_queryInfo: (ctx, params) => {
    const bytes = hexToU8a(hexParam(params, 0));
    ctx.chain.stateAt(optionalHashParam(params, 1));
    const info = ctx.runtime.queryInfo(bytes);
    return {
      weight: Number(info.weight),
      class: info.class.toLowerCase(),
      partialFee: info.partialFee.toString(),
    };
  },
  payment_queryFeeDetails: (ctx, params) => {
    const bytes = hexToU8a(hexParam(params, 0));
    ctx.chain.stateAt(optionalHashParam(params, 1));
    const info = ctx.runtime.queryInfo(bytes);
    if (info.partialFee === 0n) return { inclusionFee: null };
    const baseFee = EXTRINSIC_BASE_WEIGHT / 1000n;
    const lenFee = BigInt(bytes.length) * TRANSACTION_BYTE_FEE;
    return {
      inclusionFee: {
        baseFee: `0x${baseFee.toString(16)}`,
        lenFee: `0x${lenFee.toString(16)}`,
        adjustedWeightFee: `0x${(info.partialFee - baseFee - lenFee).toString(16)}`,
      },
    };
  },
};
