"""Vietnamese–English glossary: a PO-backed term store, a term miner, lookup and checks."""

__version__ = "0.1.0"
