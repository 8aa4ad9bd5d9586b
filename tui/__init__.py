"""Textual front end for the glossary: calls glossary/, holds no domain logic."""
