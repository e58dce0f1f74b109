"""The subnet template's ``Digits`` synapse (subnet-template/src/protocol.ts) as a bittensor 10 ``Synapse``.

A request carries 28×28 grey-level images as base64 strings; the answer is one predicted digit per image. subnetkit's
``Digits`` declares no hash fields, so its body hash covers every request field: ``images``.
"""

from typing import ClassVar, Optional

import bittensor as bt


class Digits(bt.Synapse):
    """Images in, predictions out: the wire shape subnetkit's ``Digits`` serves at ``POST /Digits``."""

    images: list[str]
    predictions: Optional[list[int]] = None
    required_hash_fields: ClassVar[tuple[str, ...]] = ("images",)

    def deserialize(self) -> Optional[list[int]]:
        return self.predictions
