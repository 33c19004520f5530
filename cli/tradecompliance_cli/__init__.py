"""Thin adapters over the tradecompliance core: the Typer CLI (and, later, the HTTP app)."""
