"""Commitments through the bittensor 11 SDK against a subnetkit devnet.

Usage: sdk_commitments.py WS_URL NETUID OTHER_HOTKEY

//Bob//hot (registered on NETUID) publishes a plain commitment with ``Commitments.set_commitment`` and reads it back
(``identity.commitment``); then it seals a second one with ``bittensor.timelock`` (drand quicknet, an hour ahead) and
reads the subnet's commitments (``identity.commitments``) and OTHER_HOTKEY's revealed ones
(``identity.revealed_commitment``). Prints what it read as one JSON object.
"""

import asyncio
import json
import sys

import bittensor as bt
from bittensor import timelock
from dev_wallet import DevWallet

PLAIN = "hf.co/bittensor/model@v1"


def ok(step: str, result) -> None:
    if not result.success:
        raise SystemExit(f"{step} failed: {result.message}")


async def main(url: str, netuid: int, other: str) -> None:
    bob = DevWallet("//Bob", "//Bob//hot")
    hotkey = bob.hotkey.ss58_address
    async with bt.Subtensor(url) as client:
        data = PLAIN.encode()
        plain = bt.calls.Commitments.set_commitment(
            netuid=netuid, info={"fields": [{f"Raw{len(data)}": "0x" + data.hex()}]}
        )
        ok("set_commitment", await client.submit_call(plain, bob, signer="hotkey"))
        commitment = await client.identity.commitment(netuid, hotkey)
        sealed = timelock.encrypt("sealed by bittensor", reveal_in="1h")
        locked = bt.calls.Commitments.set_commitment(
            netuid=netuid,
            info={
                "fields": [
                    {
                        "TimelockEncrypted": {
                            "encrypted": "0x" + sealed.encrypted.hex(),
                            "reveal_round": sealed.reveal_round,
                        }
                    }
                ]
            },
        )
        ok("set_commitment (timelocked)", await client.submit_call(locked, bob, signer="hotkey"))
        rows = await client.identity.commitments(netuid)
        revealed = await client.identity.revealed_commitment(netuid, other)
        print(
            json.dumps(
                {
                    "hotkey": hotkey,
                    "commitment": {"block": commitment.block, "data": commitment.data},
                    "sealed_round": sealed.reveal_round,
                    "rows": [
                        {k: row[k] for k in ("hotkey", "commitment", "status", "is_revealed")} for row in rows
                    ],
                    "revealed": revealed,
                },
                default=str,
            )
        )


asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
