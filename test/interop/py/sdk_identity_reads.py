"""Identities and token symbols as the bittensor 11 SDK reads them from a subnetkit devnet (issue 21, item 2).

Usage: sdk_identity_reads.py WS_URL NETUID COLDKEY

Reads what subnetkit's SDK set: the coldkey's identity, the subnet's identity, every subnet's name and token symbol,
and the metagraph's name and symbol. Prints one JSON object for the test to compare.
"""

import asyncio
import json
import sys

import bittensor as bt


async def main(url: str, netuid: int, coldkey: str) -> None:
    async with bt.Subtensor(url) as client:
        graph = await client.subnets.metagraph(netuid)
        print(
            json.dumps(
                {
                    "identity": await client.identity.identity(coldkey),
                    "subnet_identity": await client.subnets.subnet_identity(netuid),
                    "subnet_names": await client.subnets.subnet_names(),
                    "token_symbols": await client.subnets.token_symbols(),
                    "metagraph": {"name": graph.name, "symbol": graph.symbol},
                }
            )
        )


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
