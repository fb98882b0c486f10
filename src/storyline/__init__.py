"""storyline: read news reports and reconstruct the stories they tell."""

__version__ = "0.1.0"
