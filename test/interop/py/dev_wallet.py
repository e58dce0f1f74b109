"""Dev keys as a bittensor wallet: a coldkey and a hotkey derived from Substrate URIs (//Bob, //Bob//hot).

bittensor 11 accepts any object with ``coldkey``, ``coldkeypub``, ``hotkey`` and ``hotkeypub`` keypairs where it
takes a wallet (``bittensor.KeyedWallet``), so the interop scripts sign as the devnet's endowed accounts without
writing keyfiles.
"""

from bittensor_core import Keypair


class DevWallet:
    """Keypairs from URIs, in the shape of a bittensor wallet."""

    def __init__(self, cold_uri: str, hot_uri: str) -> None:
        self.coldkey = Keypair.create_from_uri(cold_uri)
        self.coldkeypub = self.coldkey
        self.hotkey = Keypair.create_from_uri(hot_uri)
        self.hotkeypub = self.hotkey
