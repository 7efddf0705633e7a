"""python -m desktop → the command line (no arguments: the GUI)."""

from desktop.cli import main

raise SystemExit(main())
