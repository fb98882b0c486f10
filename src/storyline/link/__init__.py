"""Linking across documents: entities (and, later, stories and events)."""
