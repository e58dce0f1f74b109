"""A root claim through the bittensor 11 SDK against a subnetkit devnet (issue 21, root claims).

Usage: sdk_root_claim.py WS_URL NETUID

//Ferdie, who stakes on root to the validator //Ferdie//root, sets its root claim type to Keep (a raw call: bittensor
11.3 targets a later runtime whose baskets dropped `set_root_claim_type`) and claims its root dividends on NETUID with
the raw `claim_root` call: bittensor's ClaimRoot intent checks its fee against that runtime's basket storage
(`BasketClaimed`), which subtensor HEAD (the runtime the devnet mirrors) does not have. Then it reads the root claim
threshold (RootClaimableThreshold of root). Prints one JSON object.
"""

import asyncio
import json
import sys

import bittensor as bt
from bittensor._generated.calls import Call
from dev_wallet import DevWallet


def ok(step: str, result) -> None:
    if not result.success:
        raise SystemExit(f"{step} failed: {result.message}")


async def main(url: str, netuid: int) -> None:
    ferdie = DevWallet("//Ferdie", "//Ferdie//root")
    async with bt.Subtensor(url) as client:
        keep = Call("SubtensorModule", "set_root_claim_type", {"new_root_claim_type": "Keep"})
        ok("set_root_claim_type", await client.submit_call(keep, ferdie))
        ok("claim_root", await client.submit_call(bt.calls.SubtensorModule.claim_root(subnets=[netuid]), ferdie))
        threshold = await client.staking.root_claim_threshold()
        print(json.dumps({"coldkey": ferdie.coldkey.ss58_address, "threshold": threshold.rao}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
