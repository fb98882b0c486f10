from storyline.ingest.blocks import Block, assemble
from storyline.nlp.segments import leans_back, segment_bounds

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


def test_cut_keeps_a_paragraph_with_the_person_its_pronoun_means() -> None:
    named = "Senator Ada Lind spoke to farmers in Omaha about the price of grain on Monday. "
    leaning = "He said that the new tariffs would hurt the exporters of the state. "
    quoting = "“We will not give up,” Lind told the crowd at the fairground that evening. "
    blocks_in = [Block("paragraph", PARAGRAPH) for _ in range(3)]
    blocks_in += [Block("paragraph", named), Block("paragraph", quoting)]
    blocks_in += [Block("paragraph", leaning), Block("paragraph", PARAGRAPH)]
    text, blocks = assemble(blocks_in)
    limit = text.index("Officials", text.index("He said")) - 1
    (_, first_end), *_ = segment_bounds(text, blocks, limit)
    assert text[first_end:].startswith("Senator Ada Lind")  # not before "“We", nor "He said"


def test_leans_back_reads_the_first_sentence_only() -> None:
    assert leans_back("She added that the plan works. Rain fell.", 0)
    assert leans_back("“It works,” the mayor said.", 0)
    assert not leans_back("The mayor spoke. He said it works.", 0)


def test_a_transcript_is_cut_before_a_turns_label() -> None:
    turns = (
        "GORANI: And the army? SAYED: The army has not moved. I believe it will not. "
        "The generals are waiting for orders from the palace. We have seen them wait before. "
    )
    text, blocks = assemble([Block("paragraph", "HALA GORANI, CNN ANCHOR: Hello. " + turns * 8)])
    bounds = segment_bounds(text, blocks, 500)
    assert len(bounds) > 2 and bounds[-1][1] == len(text)
    # each segment opens with a label: no turn's "We have seen …" loses its speaker
    assert all(text[start:].startswith(("SAYED:", "GORANI:")) for start, _ in bounds[1:])
    assert all(end - start <= 500 for start, end in bounds)
