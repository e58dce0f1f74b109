import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { type CallDecl, ensureRoot, ensureSigned } from '../../frame/define-pallet.js';
import { bytes, field, sequence, tuple, u32 } from '../../frame/primitives.js';

const KeyValue = tuple(bytes, bytes);

/** The subset of `frame_system::Call` the devnet implements, with the real indices. */
export const systemCalls: CallDecl[] = [
  {
    name: 'remark',
    index: 0,
    args: [field('remark', bytes, 'Vec<u8>')],
    weight: (args) => 2_000_000n + BigInt((args.remark as Uint8Array).length) * 400n,
    docs: [' Make some on-chain remark.'],
    dispatch: (_ctx, origin) => {
      ensureSigned(origin);
    },
  },
  {
    name: 'set_storage',
    index: 4,
    args: [field('items', sequence(KeyValue), 'Vec<KeyValue>')],
    weight: (args) => 1_000_000n * BigInt((args.items as unknown[]).length + 1),
    class: 'Operational',
    docs: [' Set some items of storage.'],
    dispatch: (ctx, origin, args) => {
      ensureRoot(origin);
      for (const [key, value] of args.items as [Uint8Array, Uint8Array][])
        ctx.state.set(u8aToHex(key), u8aToHex(value));
    },
  },
  {
    name: 'kill_storage',
    index: 5,
    args: [field('keys', sequence(bytes), 'Vec<Key>')],
    weight: (args) => 1_000_000n * BigInt((args.keys as unknown[]).length + 1),
    class: 'Operational',
    docs: [' Kill some items from storage.'],
    dispatch: (ctx, origin, args) => {
      ensureRoot(origin);
      for (const key of args.keys as Uint8Array[]) ctx.state.set(u8aToHex(key), null);
    },
  },
  {
    name: 'kill_prefix',
    index: 6,
    args: [field('prefix', bytes, 'Key'), field('subkeys', u32, 'u32')],
    weight: (args) => 1_000_000n * BigInt((args.subkeys as number) + 1),
    class: 'Operational',
    docs: [' Kill all storage items with a key that starts with the given prefix.'],
    dispatch: (ctx, origin, args) => {
      ensureRoot(origin);
      const prefix = u8aToHex(args.prefix as Uint8Array);
      for (const key of ctx.state.getKeysPaged(prefix, args.subkeys as number)) ctx.state.set(key, null);
    },
  },
  {
    name: 'remark_with_event',
    index: 7,
    args: [field('remark', bytes, 'Vec<u8>')],
    weight: (args) => 2_000_000n + BigInt((args.remark as Uint8Array).length) * 400n,
    docs: [' Make some on-chain remark and emit event.'],
    dispatch: (ctx, origin, args) => {
      const sender = ensureSigned(origin);
      ctx.deposit('System', 'Remarked', { sender, hash: blake2AsU8a(args.remark as Uint8Array, 256) });
    },
  },
];
