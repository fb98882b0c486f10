"""Who said what: quotes in marks and reported speech, with resolved speakers."""
