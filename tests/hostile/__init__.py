"""Hostile and careless input, crashes and concurrent runs (issue 10)."""
