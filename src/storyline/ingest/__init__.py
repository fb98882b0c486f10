"""Ingest: read files, HTML and JSONL; decode; clean; find duplicates; store."""
