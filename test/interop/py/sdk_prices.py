"""Prices and flows as the bittensor 11 SDK reads them from a subnetkit devnet at one block (issue 21, the coinbase).

Usage: sdk_prices.py WS_URL NETUID

Reads, at the head block: the subnet's spot price (SwapRuntimeApi.current_alpha_price), every subnet's price
(current_alpha_price_all), the metagraph's price and moving price (SubnetMovingPrice) and the subnets' EMA TAO
flows (SubnetEmaTaoFlow). Prints one JSON object with the block for the test to compare with storage there.
"""

import asyncio
import json
import sys

import bittensor as bt


async def main(url: str, netuid: int) -> None:
    async with bt.Subtensor(url) as client:
        block = await client.block()
        at = await client.at(block)
        graph = await at.subnets.metagraph(netuid)
        print(
            json.dumps(
                {
                    "block": block,
                    "alpha_price": await at.prices.alpha_price(netuid),
                    "alpha_prices": await at.prices.alpha_prices(),
                    "price": graph.price,
                    "moving_price": graph.moving_price,
                    "tao_flows": await at.subnets.subnet_tao_flows(),
                }
            )
        )


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
