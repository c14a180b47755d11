"""``python -m tealeaves``."""

from tealeaves.cli import main

raise SystemExit(main())
