from storyline.ingest.blocks import Block, assemble
from storyline.nlp.segments import segment_bounds

PARAGRAPH = "Officials in Tokyo said on Monday that the talks would resume. " * 3


def test_short_text_is_one_segment() -> None:
    text, blocks = assemble([Block("paragraph", PARAGRAPH)])
    assert segment_bounds(text, blocks, 10_000) == [(0, len(text))]


def test_cuts_fall_on_block_starts_and_cover_the_text() -> None:
    text, blocks = assemble([Block("paragraph", PARAGRAPH) for _ in range(10)])
    bounds = segment_bounds(text, blocks, 500)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    starts = {b.start for b in blocks}
    assert all(start in starts for start, _ in bounds[1:])
    assert all(end - start <= 500 for start, end in bounds)


def test_one_long_block_is_cut_after_a_sentence() -> None:
    text, blocks = assemble([Block("paragraph", PARAGRAPH * 10)])
    bounds = segment_bounds(text, blocks, 700)
    for _, end in bounds[:-1]:
        assert text[:end].rstrip().endswith("resume.")
        assert text[end] == "O"


def test_text_without_sentence_ends_is_cut_at_the_limit() -> None:
    text, blocks = assemble([Block("paragraph", "word " * 500)])
    bounds = segment_bounds(text, blocks, 1000)
    assert [end - start for start, end in bounds[:-1]] == [1000] * (len(bounds) - 1)


def test_abbreviations_are_not_cut_points() -> None:
    sentence = "Talks with U.S. President Trump and Mr. Abe went on until late on Monday. "
    text, blocks = assemble([Block("paragraph", sentence * 20)])
    for _, end in segment_bounds(text, blocks, 400)[:-1]:
        assert text[:end].rstrip().endswith("Monday.")
