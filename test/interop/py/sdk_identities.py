"""Identities and token symbols through the bittensor 11 SDK against a subnetkit devnet (issue 21, item 2).

Usage: sdk_identities.py WS_URL NETUID

//Alice, owner of NETUID, sets the subnet's identity and token symbol and her coldkey identity with bittensor's own
intents (SetSubnetIdentity, UpdateSymbol, SetIdentity), tries a symbol outside the chain's table, then reads them back
with bittensor's reads. Prints one JSON object for the test to compare with subnetkit's SDK.
"""

import asyncio
import json
import sys

import bittensor as bt
from dev_wallet import DevWallet


async def main(url: str, netuid: int) -> None:
    alice = DevWallet("//Alice", "//Alice//owner")
    async with bt.Subtensor(url) as client:
        subnet = bt.SetSubnetIdentity(netuid=netuid, subnet_name="digits", github_repo="https://github.com/a/digits")
        results = {
            "set_subnet_identity": await client.execute(subnet, alice),
            "update_symbol": await client.execute(bt.UpdateSymbol(netuid=netuid, symbol="ω"), alice),
            "set_identity": await client.execute(bt.SetIdentity(name="Alice Labs", url="https://alice.example"), alice),
            "unknown_symbol": await client.execute(bt.UpdateSymbol(netuid=netuid, symbol="TAO"), alice),
        }
        graph = await client.subnets.metagraph(netuid)
        print(
            json.dumps(
                {
                    "success": {step: result.success for step, result in results.items()},
                    "unknown_symbol_message": results["unknown_symbol"].message,
                    "coldkey": alice.coldkey.ss58_address,
                    "identity": await client.identity.identity(alice.coldkey.ss58_address),
                    "subnet_identity": await client.subnets.subnet_identity(netuid),
                    "token_symbol": (await client.subnets.token_symbols())[netuid],
                    "metagraph": {"name": graph.name, "symbol": graph.symbol},
                }
            )
        )


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
