"""Defaults of the ingest options, in a module without heavy imports: the CLI reads them at load."""

DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_NEAR_DUPLICATE = 0.9
