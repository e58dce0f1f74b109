"""bittensor 10 asks web services for the machine's public IP when a Dendrite (or an Axon without ``external_ip``) is
created, and raises ``ExternalIPNotFound`` offline. The interop tests run on loopback with no internet: importing this
module makes that lookup answer 127.0.0.1."""

from bittensor.utils import networking

networking.get_external_ip = lambda: "127.0.0.1"
