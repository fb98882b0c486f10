"""What a story tells: its timeline and its developments from report to report."""
