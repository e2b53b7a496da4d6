"""``python -m steuerung`` — the same as the ``steuerung`` command."""

import sys

from .cli import main

sys.exit(main())
