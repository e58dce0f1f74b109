/**
 * Opens a chain database on LMDB (`{ path }`) or in memory (`{ memory: true }`).
 */
import type { ChainDatabase, OpenChainDatabaseOptions } from './chain-database.js';
import { StorageError } from './storage-error.js';

/**
 * Opens (creating if needed) the chain database. On disk it reopens at the last committed block.
 *
 * @throws {StorageError} `CHAIN_STORAGE_LOCKED` when another live process has `path` open,
 *   `CHAIN_STORAGE_CORRUPT` when `path` holds something else.
 * @example
 * const db = await openChainDatabase(options.tmp ? { memory: true } : { path: join(options.basePath, 'chain') });
 * const head = db.head(); // undefined on a fresh database: write genesis first
 */
export async function openChainDatabase(options: OpenChainDatabaseOptions): Promise<ChainDatabase> {
  throw new StorageError('CHAIN_STORAGE_CORRUPT', `not implemented yet (${options.memory ? 'memory' : 'lmdb'})`);
}
