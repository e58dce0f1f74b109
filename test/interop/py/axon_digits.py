"""Issue 18, item 4: a Python miner built with bittensor 10's ``Axon``, serving the ``Digits`` synapse.

Usage: ``axon_digits.py HOTKEY_URI COLDKEY_URI PORT EXTERNAL_IP`` with ``{"labels": {image: digit}}`` on stdin: it
answers each image with the label the test gave it (the test's stand-in for a model). Prints ``axon ready PORT`` once
it listens, one ``served N`` line per answered request, and stops on SIGTERM.
"""

import json
import signal
import sys

import bittensor as bt
from bittensor_wallet import Keypair

import loopback_ip  # noqa: F401  (no web lookups)
from digits_synapse import Digits


class UriWallet:
    """Keys from Substrate URIs in the shape bittensor's Axon reads from a wallet (hotkey, coldkeypub)."""

    def __init__(self, hot_uri: str, cold_uri: str) -> None:
        self.hotkey = Keypair.create_from_uri(hot_uri)
        self.coldkeypub = Keypair.create_from_uri(cold_uri)


def main() -> None:
    hot_uri, cold_uri, port, external_ip = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    labels: dict[str, int] = json.loads(sys.stdin.readline())["labels"]

    def forward(synapse: Digits) -> Digits:
        synapse.predictions = [labels.get(image, 0) for image in synapse.images]
        print(f"served {len(synapse.images)}", flush=True)
        return synapse

    axon = bt.Axon(
        wallet=UriWallet(hot_uri, cold_uri), port=port, external_ip=external_ip, external_port=port
    )
    axon.attach(forward_fn=forward)
    axon.start()
    print(f"axon ready {port}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        signal.pause()  # until SIGTERM
    finally:
        axon.stop()


main()
