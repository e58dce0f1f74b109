/**
 * drand quicknet, the League of Entropy beacon that subtensor's `pallet_drand` follows and `bittensor-drand`
 * encrypts to: scheme `bls-unchained-g1-rfc9380` (signatures in G1, public key in G2, a round's message is
 * SHA-256 of the round as a u64 big-endian), one round every 3 s since its genesis. The values are subtensor's
 * `DefaultBeaconConfig` and drand's `/info` for chain `52db9ba7…`.
 *
 * @example
 * import { QUICKNET } from '@subnetkit/drand';
 * const round = Math.floor((Date.now() / 1000 - QUICKNET.genesisTime) / QUICKNET.period) + 1;
 */
export const QUICKNET = Object.freeze({
  /** The beacon's BLS12-381 G2 public key, compressed (96 bytes, hex). */
  publicKey:
    '0x83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76eae8991ef5ece45a',
  /** Seconds between rounds. */
  period: 3,
  /** Unix time (seconds) of round 1. */
  genesisTime: 1_692_803_367,
  /** The chain hash (hex). */
  hash: '0x52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971',
  /** The group hash (hex). */
  groupHash: '0xf477d5c89f21a17c863a7f937c6a6d15859414d2be09cd448d4279af331c5d3e',
  /** The signature scheme. */
  schemeId: 'bls-unchained-g1-rfc9380',
  /** The beacon id. */
  beaconId: 'quicknet',
});

/** RFC 9380 domain separation tag of quicknet's hash to G1 (the `_NUL_` ciphersuite of the BLS signature draft). */
export const QUICKNET_DST = 'BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_';
