"""NLP: the spaCy pipeline and what it keeps of each document."""
