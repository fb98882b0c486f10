"""Extraction of structured facts (actors, places) from news text."""
