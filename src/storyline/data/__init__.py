"""Readable data files (lexicons) shipped with the package."""
