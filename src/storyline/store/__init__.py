"""Store: the DuckDB database, its schema and migrations."""
