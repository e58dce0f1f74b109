"""A neuron's life through the bittensor 11 SDK against a subnetkit devnet (issue 18, item 2).

Usage: sdk_neuron.py WS_URL NETUID

On a subnet that subnetkit created (commit-reveal off, no weights rate limit), //Bob registers the hotkey //Bob//hot
by burning, stakes to it, serves an axon and sets weights — each as bittensor 11 does it — and then reads back what a
validator reads: balance, uid, neuron, blocks since last update, hyperparameters and the metagraph, all at one block.
Prints one JSON object (amounts in rao) for the test to compare with subnetkit's own SDK at that block.
"""

import asyncio
import json
import sys

import bittensor as bt
from dev_wallet import DevWallet

STAKE_TAO = 10
AXON_IP = "127.0.0.2"  # subtensor refuses 127.0.0.1 for an axon; the rest of 127/8 is loopback too
AXON_PORT = 8091


def ok(step: str, result) -> None:
    if not result.success:
        raise SystemExit(f"{step} failed: {result.message}")


async def main(url: str, netuid: int) -> None:
    bob = DevWallet("//Bob", "//Bob//hot")
    hotkey = bob.hotkey.ss58_address
    async with bt.Subtensor(url) as client:
        balance_before = (await client.balances.get(bob.coldkey.ss58_address)).rao
        # The BurnedRegister intent insists on MEV-shielded submission (mev_shield_required), which needs the MevShield
        # pallet; the devnet has none, so the call goes through the SDK's raw-call path.
        register = bt.calls.SubtensorModule.burned_register(netuid=netuid, hotkey=hotkey)
        ok("burned_register", await client.submit_call(register, bob))
        ok("add_stake", await client.execute(bt.AddStake(hotkey_ss58=hotkey, netuid=netuid, amount_tao=STAKE_TAO), bob))
        # Signed by the hotkey, which holds no TAO: serve_axon and set_weights are free calls.
        ok("serve_axon", await client.execute(bt.ServeAxon(netuid=netuid, ip=AXON_IP, port=AXON_PORT), bob))
        uid = await client.neurons.uid(hotkey, netuid)
        # Setting weights for others needs a validator permit, which the next epoch gives the staked hotkey.
        await client.wait_for_epoch(netuid, timeout=60)
        ok("set_weights", await client.execute(bt.SetWeights(netuid=netuid, uids=[0, uid], weights=[0.25, 0.75]), bob))

        block = await client.block()
        at = await client.at(block)
        neuron = next(n for n in await at.neurons.all(netuid) if n.hotkey == hotkey)
        graph = await at.subnets.metagraph(netuid)
        print(
            json.dumps(
                {
                    "block": block,
                    "coldkey": bob.coldkey.ss58_address,
                    "hotkey": hotkey,
                    "balance_before": balance_before,
                    "balance": (await at.balances.get(bob.coldkey.ss58_address)).rao,
                    "uid": uid,
                    "neuron": {"uid": neuron.uid, "coldkey": neuron.coldkey, "last_update": neuron.last_update},
                    "blocks_since_last_update": await at.epochs.blocks_since_last_update(netuid, uid),
                    "weights": {str(k): v for k, v in (await at.weights.weights(netuid)).items()},
                    # u64 values past 2**53 do not survive a JSON number in JavaScript: integers go as text.
                    "hyperparameters": {
                        name: value if isinstance(value, bool) else str(value)
                        for name, value in (await at.subnets.subnet_hyperparameters(netuid)).items()
                    },
                    "metagraph": metagraph_json(graph),
                }
            )
        )


def metagraph_json(graph: bt.Metagraph) -> dict:
    """The metagraph's subnet fields and per-neuron columns, amounts in rao and scores as u16 fractions."""
    return {
        "netuid": graph.netuid,
        "block": graph.block,
        "name": graph.name,
        "symbol": graph.symbol,
        "tempo": graph.tempo,
        "last_step": graph.last_step,
        "blocks_since_last_step": graph.blocks_since_last_step,
        "owner_hotkey": graph.owner_hotkey,
        "owner_coldkey": graph.owner_coldkey,
        "network_registered_at": graph.network_registered_at,
        "num_uids": graph.num_uids,
        "max_uids": graph.max_uids,
        "price": graph.price,
        "moving_price": graph.moving_price,
        "neurons": [
            {
                "uid": n.uid,
                "hotkey": n.hotkey,
                "coldkey": n.coldkey,
                "active": n.active,
                "validator_permit": n.validator_permit,
                "last_update": n.last_update,
                "block_at_registration": n.block_at_registration,
                "consensus": n.consensus,
                "incentive": n.incentive,
                "dividends": n.dividends,
                "emission": n.emission.rao,
                "alpha_stake": n.alpha_stake.rao,
                "tao_stake": n.tao_stake.rao,
                "total_stake": n.total_stake.rao,
                "axon": n.axon,
            }
            for n in graph.neurons
        ],
    }


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
