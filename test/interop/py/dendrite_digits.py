"""Issue 18, item 3: bittensor 10's ``Dendrite`` queries a subnetkit miner's axon with the ``Digits`` synapse.

Usage: ``dendrite_digits.py AXON_IP AXON_PORT AXON_HOTKEY`` with ``{"images": [...], "allowed": URI, "stranger":
URI}`` on stdin. Prints one JSON object: what the dendrite of the allowed hotkey and of the stranger got back
(status, message, predictions, whether the axon signed), and the status of an unsigned aiohttp POST.
"""

import asyncio
import json
import sys

import aiohttp
import bittensor as bt
from bittensor_wallet import Keypair

import loopback_ip  # noqa: F401  (before any Dendrite)
from digits_synapse import Digits


def answer(synapse: Digits) -> dict:
    """What a Python validator sees of one response: the axon's status, its answer and who signed it."""
    a = synapse.axon
    return {
        "status": a.status_code,
        "message": a.status_message,
        "predictions": synapse.predictions,
        "axon_hotkey": a.hotkey,
        "signed": a.signature is not None,
    }


async def query(uri: str, axon: bt.AxonInfo, images: list[str]) -> dict:
    async with bt.Dendrite(wallet=Keypair.create_from_uri(uri)) as dendrite:
        [synapse] = await dendrite.forward([axon], Digits(images=images), timeout=12, deserialize=False)
        return answer(synapse)


async def unsigned(ip: str, port: int, images: list[str]) -> int:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"http://{ip}:{port}/Digits", json={"images": images}) as response:
            return response.status


async def main() -> None:
    ip, port, hotkey = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    request = json.load(sys.stdin)
    axon = bt.AxonInfo(version=0, ip=ip, port=port, ip_type=4, hotkey=hotkey, coldkey=hotkey)
    images = request["images"]
    result = {
        "allowed": await query(request["allowed"], axon, images),
        "stranger": await query(request["stranger"], axon, images),
        "unsigned": await unsigned(ip, port, images),
    }
    print(json.dumps(result))


asyncio.run(main())
