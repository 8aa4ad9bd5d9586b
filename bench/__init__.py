"""Benchmarks: run a script with `python -m bench.<name>`."""
