"""The version of what the NLP pass stores, in a module of its own: the store reads it, and a
reading command (`storyline stories`) should not import spaCy to learn it."""

# What the NLP pass stores, versioned: an article stored by an older pass is annotated again
# when it is ingested again, even if its text did not change. Bump when the pass changes.
ANNOTATION_VERSION = 46
