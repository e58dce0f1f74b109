"""Commit-reveal v2 through the bittensor 11 SDK against a subnetkit devnet (issue 18, item 2).

Usage: sdk_commit_reveal.py WS_URL NETUID

bittensor 11's CommitWeights/SetWeights intents only commit timelocked (CR-v4, drand) weights; the hash-based CR-v2
pair (``commit_weights`` now, ``reveal_weights`` in the next epoch) is reachable through the SDK's generated raw calls,
with the commit hash computed here as subtensor's ``get_commit_hash`` does. //Bob//hot (registered by sdk_neuron.py)
commits, waits for the subnet's next epoch, reveals, and prints the revealed row as the SDK reads it.
"""

import asyncio
import hashlib
import json
import sys

import bittensor as bt
from bittensor.intents.weights import normalize
from dev_wallet import DevWallet

SALT = [3, 1, 4, 1, 5, 9, 2, 6]
VERSION_KEY = 0


def compact_len(n: int) -> bytes:
    """SCALE compact encoding of a length below 2**14."""
    return bytes([n << 2]) if n < 64 else ((n << 2) | 1).to_bytes(2, "little")


def u16_vec(values: list[int]) -> bytes:
    return compact_len(len(values)) + b"".join(v.to_bytes(2, "little") for v in values)


def commit_hash(hotkey: bytes, netuid: int, uids: list[int], values: list[int]) -> str:
    """blake2b-256 of (hotkey, netuid, uids, values, salt, version_key) in SCALE, as subtensor hashes a commit."""
    payload = hotkey + netuid.to_bytes(2, "little") + u16_vec(uids) + u16_vec(values) + u16_vec(SALT)
    payload += VERSION_KEY.to_bytes(8, "little")
    return "0x" + hashlib.blake2b(payload, digest_size=32).hexdigest()


def ok(step: str, result) -> None:
    if not result.success:
        raise SystemExit(f"{step} failed: {result.message}")


async def main(url: str, netuid: int) -> None:
    bob = DevWallet("//Bob", "//Bob//hot")
    async with bt.Subtensor(url) as client:
        uid = await client.neurons.uid(bob.hotkey.ss58_address, netuid)
        uids, values = normalize([0, uid], [0.6, 0.4])
        digest = commit_hash(bytes(bob.hotkey.public_key), netuid, uids, values)
        commit = bt.calls.SubtensorModule.commit_weights(netuid=netuid, commit_hash=digest)
        committed = await client.submit_call(commit, bob, signer="hotkey")
        ok("commit_weights", committed)
        commit_block = await client.block()
        await client.wait_for_epoch(netuid, timeout=60)
        reveal = bt.calls.SubtensorModule.reveal_weights(
            netuid=netuid, uids=uids, values=values, salt=SALT, version_key=VERSION_KEY
        )
        ok("reveal_weights", await client.submit_call(reveal, bob, signer="hotkey"))
        reveal_block = await client.block()
        at = await client.at(reveal_block)
        row = (await at.weights.weights(netuid)).get(uid, {})
        print(
            json.dumps(
                {
                    "commit_hash": digest,
                    "commit_block": commit_block,
                    "reveal_block": reveal_block,
                    "uids": uids,
                    "values": values,
                    "salt": SALT,
                    "weights": {str(k): v for k, v in row.items()},
                }
            )
        )


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
