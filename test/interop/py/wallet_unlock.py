"""Opens a wallet written by another tool with Bittensor's own wallet libraries (issue 18, item 5).

Usage: wallet_unlock.py WALLET_PATH WALLET_NAME HOTKEY_NAME MESSAGE   (the coldkey password on stdin)

Decrypts the coldkey with ``bittensor_wallet`` (4.1, the Rust keyfile library btcli uses) and with bittensor 11's
native ``bittensor.Wallet``, loads the hotkey, and prints their addresses, the keyfile's encryption and the coldkey's
signature of MESSAGE, for the test to check against subnetkit.
"""

import json
import sys

import bittensor
import bittensor_wallet


def main(path: str, name: str, hotkey: str, message: str) -> None:
    password = sys.stdin.readline().rstrip("\n")
    legacy = bittensor_wallet.Wallet(name=name, hotkey=hotkey, path=path)
    coldkey = legacy.coldkey_file.get_keypair(password=password)
    native = bittensor.Wallet(name=name, hotkey=hotkey, path=path)
    print(
        json.dumps(
            {
                "encrypted_nacl": legacy.coldkey_file.is_encrypted()
                and bytes(legacy.coldkey_file.data).startswith(b"$NACL"),
                "coldkey": coldkey.ss58_address,
                "coldkey_native": native.get_coldkey(password).ss58_address,
                "coldkeypub": legacy.coldkeypub.ss58_address,
                "hotkey": legacy.hotkey.ss58_address,
                "hotkey_native": native.hotkey.ss58_address,
                "signature": "0x" + bytes(coldkey.sign(message.encode())).hex(),
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:5])
