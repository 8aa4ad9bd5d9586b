"""Long reliability probes (`make soak`): parallel writers, kills during saves, fuzzing.

The test suite runs each probe with a small count; `python -m soak` runs them long and prints the
table docs/reliability.md records.
"""
