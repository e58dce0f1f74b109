"""Root registration, key swaps and subnet reads through the bittensor 11 SDK against a subnetkit devnet (issue 21).

Usage: sdk_keys_and_subnets.py WS_URL NETUID DISSOLVED_NETUID

//Charlie registers //Charlie//root on the root network (bittensor's RootRegister), then swaps it for //Charlie//root2 on
every subnet (SwapHotkey); //Dave announces a coldkey swap to //Dave//new (AnnounceColdkeySwap), after which the chain
refuses Dave's other calls. Then the SDK lists the subnets, after the test dissolved DISSOLVED_NETUID, and reads NETUID's
start schedule. Prints one JSON object for the test to compare with the devnet's storage.
"""

import asyncio
import json
import sys

import bittensor as bt
from dev_wallet import DevWallet


def ok(step: str, result) -> None:
    if not result.success:
        raise SystemExit(f"{step} failed: {result.message}")


async def main(url: str, netuid: int, dissolved: int) -> None:
    charlie = DevWallet("//Charlie", "//Charlie//root")
    new_hotkey = DevWallet("//Charlie", "//Charlie//root2").hotkey.ss58_address
    dave = DevWallet("//Dave", "//Dave//root")
    new_coldkey = DevWallet("//Dave//new", "//Dave//new").coldkey.ss58_address
    async with bt.Subtensor(url) as client:
        ok("root_register", await client.execute(bt.RootRegister(), charlie))
        root_uid = await client.neurons.uid(charlie.hotkey.ss58_address, 0)
        ok("swap_hotkey", await client.execute(bt.SwapHotkey(new_hotkey_ss58=new_hotkey), charlie))
        ok("announce_coldkey_swap", await client.execute(bt.AnnounceColdkeySwap(new_coldkey_ss58=new_coldkey), dave))
        refused = await client.execute(bt.RootRegister(), dave)
        gone = await client.subnets.info(dissolved)
        print(
            json.dumps(
                {
                    "charlie": charlie.coldkey.ss58_address,
                    "old_hotkey": charlie.hotkey.ss58_address,
                    "new_hotkey": new_hotkey,
                    "root_uid": root_uid,
                    "old_uid_after": await client.neurons.uid(charlie.hotkey.ss58_address, 0),
                    "new_uid_after": await client.neurons.uid(new_hotkey, 0),
                    "new_hotkey_owner": await client.neurons.hotkey_owner(new_hotkey),
                    "new_hotkey_netuids": await client.neurons.netuids_for_hotkey(new_hotkey),
                    "dave": dave.coldkey.ss58_address,
                    "new_coldkey": new_coldkey,
                    "announcement": await client.balances.coldkey_swap_announcement(dave.coldkey.ss58_address),
                    "refused": {"success": refused.success, "message": refused.message},
                    "netuids": [s.netuid for s in await client.subnets.all()],
                    # Storage reads (tempo, burn, neuron count) answer their defaults for a removed netuid; the runtime API
                    # answers None.
                    "dissolved_info": {"tempo": gone.tempo, "burn": gone.burn.rao, "neuron_count": gone.neuron_count},
                    "dissolved_hyperparameters": await client.subnets.subnet_hyperparameters(dissolved),
                    # Reads the pallet constant InitialStartCallDelay.
                    "start_schedule": await client.subnets.subnet_start_schedule(netuid),
                }
            )
        )


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
