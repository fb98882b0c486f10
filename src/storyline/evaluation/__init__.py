"""Benchmarks: dataset readers, scorers and `storyline bench` tasks, apart from the library."""
