import { hexToU8a } from '@polkadot/util';
import { EXTRINSIC_BASE_WEIGHT, TRANSACTION_BYTE_FEE } from '../pallets/transaction-payment/index.js';
import { hash, hex } from './params.js';
import { method, optional, result } from './rpc-method.js';

/** `payment_*`: the deprecated RPC wrappers of `TransactionPaymentApi`. */
export const paymentMethods = {
  payment_queryInfo: method({
    params: [hex('extrinsic'), optional(hash('at'))],
    result: result<{ weight: number; class: string; partialFee: string }>('{ weight, class, partialFee }'),
    doc: 'weight, dispatch class and fee of an extrinsic',
    handler: (ctx, [extrinsic, at]) => {
      const bytes = hexToU8a(extrinsic);
      ctx.chain.stateAt(at);
      const info = ctx.runtime.queryInfo(bytes);
      return {
        weight: Number(info.weight),
        class: info.class.toLowerCase(),
        partialFee: info.partialFee.toString(),
      };
    },
  }),
  payment_queryFeeDetails: method({
    params: [hex('extrinsic'), optional(hash('at'))],
    result: result<{
      inclusionFee: { baseFee: string; lenFee: string; adjustedWeightFee: string } | null;
    }>('{ inclusionFee: { baseFee, lenFee, adjustedWeightFee } | null }'),
    doc: 'the parts of an extrinsic’s fee',
    handler: (ctx, [extrinsic, at]) => {
      const bytes = hexToU8a(extrinsic);
      ctx.chain.stateAt(at);
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
  }),
};
