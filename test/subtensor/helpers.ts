/** Shared setup of the subtensor tests: a devnet in instant mode, @polkadot/api, signing helpers. */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { DispatchError } from '@polkadot/types/interfaces';
import type { Devnet } from '@subnetkit/chain';
import { startWithApi } from '../devnet/helpers.js';

export const TAO = 1_000_000_000n;
export const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
export const alice = keyring.addFromUri('//Alice');

/** A devnet (instant blocks, no finalization delay) with @polkadot/api. */
export async function startSubtensor(): Promise<{ devnet: Devnet; api: ApiPromise }> {
  return startWithApi({ finalizeDelay: 0 });
}

/** What a submitted transaction did: its error as `Section.Name` (or undefined) and its events. */
export interface Outcome {
  error: string | undefined;
  events: { section: string; method: string; data: unknown[] }[];
  blockHash: string;
}

function describeError(api: ApiPromise, err: DispatchError): string {
  if (err.isModule) {
    const meta = api.registry.findMetaError(err.asModule);
    return `${meta.section}.${meta.name}`;
  }
  return err.type;
}

/**
 * Signs, submits and waits for inclusion; resolves with the dispatch outcome (a failed dispatch is not a rejection).
 */
export function send(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let unsub: (() => void) | undefined;
    tx.signAndSend(signer, (result) => {
      if (result.isError) {
        reject(new Error(`transaction ${result.status.type}`));
        unsub?.();
        return;
      }
      if (!result.status.isInBlock && !result.status.isFinalized) return;
      unsub?.();
      let error = result.dispatchError === undefined ? undefined : describeError(api, result.dispatchError);
      for (const { event } of result.events) {
        if (event.section === 'sudo' && event.method === 'Sudid') {
          const r = event.data[0] as unknown as { isErr: boolean; asErr: DispatchError };
          if (r.isErr) error = describeError(api, r.asErr);
        }
      }
      resolve({
        error,
        events: result.events.map(({ event }) => ({
          section: event.section,
          method: event.method,
          data: event.data.toJSON() as unknown[],
        })),
        blockHash: (result.status.isInBlock ? result.status.asInBlock : result.status.asFinalized).toHex(),
      });
    })
      .then((u) => {
        unsub = u;
      })
      .catch(reject);
  });
}

/** Sends and throws unless the dispatch succeeded. */
export async function ok(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
): Promise<Outcome> {
  const out = await send(api, tx, signer);
  if (out.error !== undefined)
    throw new Error(`${tx.method.section}.${tx.method.method} failed: ${out.error}`);
  return out;
}

/** `Sudo.sudo(call)` by //Alice; throws unless the inner call succeeded. */
export function sudo(api: ApiPromise, call: SubmittableExtrinsic<'promise'>): Promise<Outcome> {
  return ok(api, api.tx.sudo.sudo(call), alice);
}

/** The current best block number. */
export async function blockNumber(api: ApiPromise): Promise<number> {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

/** Builds blocks until the chain is at `target` (no-op when already there). */
export async function advanceTo(devnet: Devnet, api: ApiPromise, target: number): Promise<void> {
  const now = await blockNumber(api);
  if (target > now) await devnet.newBlock(target - now);
}

/** A numeric codec. */
export const big = (v: unknown): bigint => (v as { toBigInt(): bigint }).toBigInt();
export const num = (v: unknown): number => (v as { toNumber(): number }).toNumber();
/** An `Option` codec (@polkadot/api has no augmentation for this chain, so storage reads are plain `Codec`s). */
export const opt = (v: unknown): { isNone: boolean; unwrap(): unknown } =>
  v as { isNone: boolean; unwrap(): unknown };

/**
 * Registers a subnet owned by `owner` with `ownerHot` as uid 0, turns commit-reveal off, sets a small
 * tempo and no weights rate limit (all via sudo), starts emission; returns the netuid.
 */
export async function createSubnet(
  api: ApiPromise,
  owner: KeyringPair,
  ownerHot: KeyringPair,
  options: { tempo?: number; startCall?: boolean } = {},
): Promise<number> {
  const out = await ok(api, api.tx.subtensorModule.registerNetwork(ownerHot.address), owner);
  const added = out.events.find((e) => e.section === 'subtensorModule' && e.method === 'NetworkAdded');
  const netuid = Number((added!.data as number[])[0]);
  const a = api.tx.adminUtils;
  await sudo(api, a.sudoSetCommitRevealWeightsEnabled(netuid, false));
  await sudo(api, a.sudoSetWeightsSetRateLimit(netuid, 0));
  await sudo(api, a.sudoSetMaxRegistrationsPerBlock(netuid, 100));
  if (options.tempo !== undefined) await sudo(api, a.sudoSetTempo(netuid, options.tempo));
  if (options.startCall ?? true) await ok(api, api.tx.subtensorModule.startCall(netuid), owner);
  return netuid;
}

/**
 * Gives hotkeys 1 TAO each so they can sign (the devnet's nonce check, like Substrate's `CheckNonce`,
 * refuses accounts without a provider even for `Pays::No` calls).
 */
export async function fund(api: ApiPromise, ...accounts: KeyringPair[]): Promise<void> {
  for (const a of accounts) await ok(api, api.tx.balances.transferKeepAlive(a.address, TAO), alice);
}

/** Writes raw storage through `dev_setStorage` (a new block applies it). */
export async function setStorage(api: ApiPromise, key: string, value: string | null): Promise<void> {
  await (
    api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
  )._rpcCore.provider.send('dev_setStorage', [[[key, value]]]);
}
