import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { call, defineCalls } from '../../frame/define-calls.js';
import { ensureRoot, ensureSigned } from '../../frame/define-pallet.js';
import { Bytes, named, Tuple, u32, Vec } from '../../frame/scale-types.js';
import { systemEvents } from './events.js';

const Key = named('Key', Bytes);
const KeyValue = named('KeyValue', Tuple(Bytes, Bytes));
const remarkWeight = ({ remark }: { remark: Uint8Array }) => 2_000_000n + BigInt(remark.length) * 400n;

/** The subset of `frame_system::Call` the devnet implements, with the real indices. */
export const systemCalls = defineCalls(
  {
    remark: call(0, { remark: Bytes }, { weight: remarkWeight, docs: [' Make some on-chain remark.'] }),
    set_storage: call(
      4,
      { items: Vec(KeyValue) },
      {
        weight: ({ items }) => 1_000_000n * BigInt(items.length + 1),
        class: 'Operational',
        docs: [' Set some items of storage.'],
      },
    ),
    kill_storage: call(
      5,
      { keys: Vec(Key) },
      {
        weight: ({ keys }) => 1_000_000n * BigInt(keys.length + 1),
        class: 'Operational',
        docs: [' Kill some items from storage.'],
      },
    ),
    kill_prefix: call(
      6,
      { prefix: Key, subkeys: u32 },
      {
        weight: ({ subkeys }) => 1_000_000n * BigInt(subkeys + 1),
        class: 'Operational',
        docs: [' Kill all storage items with a key that starts with the given prefix.'],
      },
    ),
    remark_with_event: call(
      7,
      { remark: Bytes },
      { weight: remarkWeight, docs: [' Make some on-chain remark and emit event.'] },
    ),
  },
  {
    remark: (_ctx, origin) => {
      ensureSigned(origin);
    },
    set_storage: (ctx, origin, { items }) => {
      ensureRoot(origin);
      for (const [key, value] of items) ctx.state.set(u8aToHex(key), u8aToHex(value));
    },
    kill_storage: (ctx, origin, { keys }) => {
      ensureRoot(origin);
      for (const key of keys) ctx.state.set(u8aToHex(key), null);
    },
    kill_prefix: (ctx, origin, { prefix, subkeys }) => {
      ensureRoot(origin);
      for (const key of ctx.state.getKeysPaged(u8aToHex(prefix), subkeys)) ctx.state.set(key, null);
    },
    remark_with_event: (ctx, origin, { remark }) => {
      const sender = ensureSigned(origin);
      systemEvents.deposit(ctx, 'Remarked', { sender, hash: blake2AsU8a(remark, 256) });
    },
  },
);
