"""A commitment sealed with the real bittensor-drand and revealed by a subnetkit devnet (issue 21, commitments).

Usage: sdk_commitment_quicknet.py WS_URL NETUID TEXT

bittensor-drand seals to drand quicknet's key, compiled in; the devnet, its own beacon, cannot sign quicknet's rounds,
so the test stores quicknet's real pulse of round 1000 and this script seals TEXT to that round — as bittensor's
`get_encrypted_commitment` does it (the string SCALE-encoded, bittensor-drand's `encrypt_at_round`), unwrapped from
bittensor-drand's `UserData` to the bare ciphertext that `set_commitment` carries. //Bob//hot commits it through the
SDK's raw `Commitments.set_commitment`, waits for the devnet's reveal and reads it back with `identity.revealed_commitment`
and `identity.commitments`. Prints one JSON object.
"""

import asyncio
import json
import sys

import bittensor as bt
from bittensor_drand import encrypt_at_round
from dev_wallet import DevWallet

ROUND = 1000


def compact(n: int) -> bytes:
    """SCALE compact encoding of a length below 2**30."""
    if n < 1 << 6:
        return bytes([n << 2])
    if n < 1 << 14:
        return ((n << 2) | 1).to_bytes(2, "little")
    return ((n << 2) | 2).to_bytes(4, "little")


def unwrap_user_data(data: bytes) -> bytes:
    """The `encrypted_data` of bittensor-drand's SCALE `UserData { encrypted_data: Vec<u8>, reveal_round: u64 }`."""
    mode = data[0] & 3
    if mode == 0:
        length, start = data[0] >> 2, 1
    elif mode == 1:
        length, start = int.from_bytes(data[:2], "little") >> 2, 2
    else:
        length, start = int.from_bytes(data[:4], "little") >> 2, 4
    return data[start : start + length]


def ok(step: str, result) -> None:
    if not result.success:
        raise SystemExit(f"{step} failed: {result.message}")


async def main(url: str, netuid: int, text: str) -> None:
    bob = DevWallet("//Bob", "//Bob//hot")
    hotkey = bob.hotkey.ss58_address
    payload = text.encode()
    sealed, reveal_round = encrypt_at_round(compact(len(payload)) + payload, ROUND)
    encrypted = unwrap_user_data(sealed)
    async with bt.Subtensor(url) as client:
        call = bt.calls.Commitments.set_commitment(
            netuid=netuid,
            info={"fields": [{"TimelockEncrypted": {"encrypted": "0x" + encrypted.hex(), "reveal_round": reveal_round}}]},
        )
        ok("set_commitment", await client.submit_call(call, bob, signer="hotkey"))
        committed = await client.block()
        revealed = None
        for _ in range(40):
            revealed = await client.identity.revealed_commitment(netuid, hotkey)
            if revealed:
                break
            await asyncio.sleep(0.25)
        rows = await client.identity.commitments(netuid)
        print(
            json.dumps(
                {
                    "hotkey": hotkey,
                    "reveal_round": reveal_round,
                    "committed_block": committed,
                    "revealed": revealed,
                    "row": next(
                        ({k: r[k] for k in ("commitment", "is_revealed")} for r in rows if r["hotkey"] == hotkey), None
                    ),
                },
                default=str,
            )
        )


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
