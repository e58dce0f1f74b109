"""The bittensor-drand side of test/drand/bittensor-drand.test.ts.

Reads one JSON request on stdin and writes one JSON answer on stdout; bytes are hex without 0x.
  {"op": "decrypt", "ciphertext": raw tle bytes, "round": n, "signature": hex}   -> {"plaintext": hex}
  {"op": "encrypt", "plaintext": hex, "round": n}                                 -> {"ciphertext": raw tle bytes}
  {"op": "commit_v2", "state": {...}, "period": n, "block_time": s, "hotkey": hex}   -> {"ciphertext", "round", "now"}
encrypt_at_round/decrypt_with_signature speak SCALE UserData { encrypted_data: Vec<u8>, reveal_round: u64 };
this script adds and strips that wrapper so the test sees the bare TLECiphertext bytes a commit carries.
"""
import json
import struct
import sys

import bittensor_drand


def compact(n: int) -> bytes:
    if n < 1 << 6:
        return bytes([n << 2])
    if n < 1 << 14:
        return struct.pack("<H", (n << 2) | 1)
    return struct.pack("<I", (n << 2) | 2)


def uncompact(b: bytes) -> tuple[int, int]:
    mode = b[0] & 3
    if mode == 0:
        return b[0] >> 2, 1
    if mode == 1:
        return struct.unpack("<H", b[:2])[0] >> 2, 2
    return struct.unpack("<I", b[:4])[0] >> 2, 4


request = json.load(sys.stdin)
if request["op"] == "decrypt":
    raw = bytes.fromhex(request["ciphertext"])
    user_data = compact(len(raw)) + raw + struct.pack("<Q", request["round"])
    plaintext = bittensor_drand.decrypt_with_signature(user_data, request["signature"])
    print(json.dumps({"plaintext": plaintext.hex()}))
elif request["op"] == "commit_v2":
    import time

    st = request["state"]
    now = time.time()
    ct, round_ = bittensor_drand.get_encrypted_commit_v2(
        [0, 1], [65535, 1000], 0,
        st["lastEpochBlock"], st["pendingEpochAt"], st["subnetEpochIndex"], st["tempo"],
        st["blocksSinceLastStep"], st["currentBlock"],
        request["period"], request["block_time"], bytes.fromhex(request["hotkey"]),
    )
    print(json.dumps({"ciphertext": ct.hex(), "round": round_, "now": now}))
else:
    wrapped, _ = bittensor_drand.encrypt_at_round(bytes.fromhex(request["plaintext"]), request["round"])
    length, offset = uncompact(wrapped)
    print(json.dumps({"ciphertext": wrapped[offset : offset + length].hex()}))
