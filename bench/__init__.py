"""Benchmarks (not tests): `python -m bench [--quick]` runs them all and prints a table."""
