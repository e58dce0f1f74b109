"""bittensor-cli's ``btcli`` (9.23.2), run by module.

bittensor 11 installs a ``btcli`` console script of its own (its generated CLI), which shadows bittensor-cli's in the
same environment; the interop tests run bittensor-cli's entry point directly so they know which one they drive.
"""

import sys

from bittensor_cli.cli import main

if __name__ == "__main__":
    sys.exit(main())
