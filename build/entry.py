"""Entry point of the frozen app: the same command line as `python -m desktop`."""

from desktop.cli import main

raise SystemExit(main())
