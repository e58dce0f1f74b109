/**
 * subtensor's symbol cases (`tests/subnet.rs`: `test_no_duplicates_in_symbol_static`,
 * `test_get_symbol_for_subnet_returns_default_symbol_if_netuid_is_out_of_bounds`,
 * `test_register_network_use_next_available_symbol_if_symbol_for_subnet_is_taken`,
 * `test_register_network_use_default_symbol_if_all_symbols_are_taken`) on an in-memory state, and the table's
 * entries at the edges of each script checked against the bytes of subtensor's `symbols.rs`.
 */
import { describe, expect, it } from 'vitest';
import { type StateView, StorageLayer } from '../../storage/index.js';
import { SubnetIdentitiesV3, TokenSymbol } from './storage.js';
import {
  DEFAULT_SYMBOL,
  isKnownSymbol,
  nameForSubnet,
  nextAvailableSymbol,
  SYMBOLS,
  symbolForSubnet,
  symbolInUse,
} from './subnet-symbols.js';

const EMPTY: StateView = {
  get: () => null,
  keys: () => [][Symbol.iterator](),
  getKeysPaged: () => [],
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('SYMBOLS', () => {
  it('default: 439 distinct symbols, index = netuid, bytes as in symbols.rs', () => {
    expect(SYMBOLS).toHaveLength(439);
    expect(new Set(SYMBOLS).size).toBe(439);
    // (index, UTF-8 bytes) from symbols.rs: root, α, the ASCII `t` at 19, ω, א, the Ogham space mark, Brahmi, the last.
    const cases: [number, string][] = [
      [0, 'cea4'],
      [1, 'ceb1'],
      [19, '74'],
      [24, 'cf89'],
      [25, 'd790'],
      [90, 'e19a80'],
      [123, 'f0918080'],
      [438, 'e0b6b0'],
    ];
    for (const [netuid, bytes] of cases)
      expect([netuid, hex(symbolForSubnet(netuid))]).toEqual([netuid, bytes]);
  });

  it('args: past the table a netuid gets the default symbol Τ', () => {
    expect(text(symbolForSubnet(SYMBOLS.length + 1))).toBe(DEFAULT_SYMBOL);
  });

  it('behavior: root Τ and strings outside the table are not settable symbols', () => {
    expect(isKnownSymbol(utf8('Τ'))).toBe(false);
    expect(isKnownSymbol(utf8('TEST'))).toBe(false);
    expect(isKnownSymbol(utf8('β'))).toBe(true);
    expect(isKnownSymbol(utf8('t'))).toBe(true);
  });
});

describe('nextAvailableSymbol / nameForSubnet', () => {
  it('default: a subnet gets its own symbol while free, else the first free one after root', () => {
    const state = new StorageLayer(EMPTY);
    for (let netuid = 0; netuid <= 50; netuid++) TokenSymbol.set(state, netuid, symbolForSubnet(netuid));
    TokenSymbol.set(state, 25, symbolForSubnet(51));
    expect(symbolInUse(state, symbolForSubnet(51))).toBe(true);
    expect(hex(nextAvailableSymbol(state, 51))).toBe(hex(symbolForSubnet(25)));
    expect(hex(nextAvailableSymbol(state, 52))).toBe(hex(symbolForSubnet(52)));
  });

  it('behavior: with every symbol taken the new subnet gets Τ', () => {
    const state = new StorageLayer(EMPTY);
    for (let netuid = 0; netuid < SYMBOLS.length; netuid++)
      TokenSymbol.set(state, netuid, symbolForSubnet(netuid));
    expect(text(nextAvailableSymbol(state, SYMBOLS.length))).toBe('Τ');
  });

  it('default: the identity name when set and not empty, else the default name', () => {
    const state = new StorageLayer(EMPTY);
    expect(text(nameForSubnet(state, 0))).toBe('root');
    expect(text(nameForSubnet(state, 61))).toBe('red team');
    expect(text(nameForSubnet(state, 438))).toBe('ra');
    expect(text(nameForSubnet(state, 439))).toBe('unknown');
    const empty = new Uint8Array();
    const identity = {
      subnet_name: empty,
      github_repo: empty,
      subnet_contact: empty,
      subnet_url: empty,
      discord: empty,
      description: empty,
      logo_url: empty,
      additional: empty,
    };
    SubnetIdentitiesV3.set(state, 1, identity);
    expect(text(nameForSubnet(state, 1))).toBe('apex');
    SubnetIdentitiesV3.set(state, 1, { ...identity, subnet_name: utf8('digits') });
    expect(text(nameForSubnet(state, 1))).toBe('digits');
  });
});
