"""What later reports add, and changes of position, with a bag-of-words embedder."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from storyline.story.developments import (
    Passage,
    Report,
    content_words,
    find_developments,
    matter_words,
    modality,
    stance,
)

VOCABULARY: dict[str, int] = {}


def bag_of_words(texts: Sequence[str]) -> np.ndarray:
    """Unit word-count vectors: cosine = word overlap (a stand-in for the real embedder)."""
    rows = []
    for text in texts:
        vector = np.zeros(256, dtype=np.float32)
        for word in text.lower().replace(",", " ").replace(".", " ").split():
            vector[VOCABULARY.setdefault(word, len(VOCABULARY))] += 1
        rows.append(vector / (np.linalg.norm(vector) or 1))
    return np.stack(rows)


def passage(text: str, start: int = 0, speaker: int | None = None) -> Passage:
    return Passage(start, start + len(text), text, speaker, 0 if speaker else None)


def test_modality_of_statements() -> None:
    assert modality("he cannot rule out meeting") == {"negated"}
    assert modality("if you want to talk, we’ll talk") == {"conditional", "committed"}
    assert modality("the goal is to make them change") == frozenset()


def test_a_condition_qualifies_a_stance_but_is_none() -> None:
    assert stance("if you want to talk, we’ll talk") == {"committed"}
    assert stance("he may meet officials if they ask") == {"possible"}
    assert stance("the objective is to denuclearize north korea") == frozenset()


def test_a_change_of_position_needs_a_stance_on_both_sides() -> None:
    """A plain assertion is no position to move from, and the same stance with a condition
    added (here on another matter) is no change: only the stance that moved pairs."""
    first = Report(
        1,
        statements=[
            passage("the objective is to make north korea give up weapons", 0, 7),
            passage("we will stand by japan against north korea", 60, 7),
            passage("he cannot rule out talks with north korea", 120, 7),
        ],
    )
    later = "if north korea wants talks we will hold talks with north korea"
    second = Report(2, statements=[passage(later, 0, 7)])
    found = find_developments(1, [first, second], bag_of_words)
    assert [(d.kind, d.earlier_start) for d in found] == [("position", 120)]


def test_new_sentences_and_a_change_of_position() -> None:
    first = Report(
        1,
        sentences=[passage("the vice president arrived in tokyo for talks with abe")],
        statements=[passage("he cannot rule out meeting north korean officials at talks", 0, 7)],
    )
    second = Report(
        2,
        sentences=[
            passage("the vice president arrived in tokyo for talks with abe", 0),
            passage("the delegation handed moon a letter from kim on saturday", 60),
        ],
        statements=[passage("if north korean officials want talks we will talk", 120, 7)],
    )
    found = find_developments(5, [first, second], bag_of_words)
    new = [d for d in found if d.kind == "new"]
    assert [d.text for d in new] == ["the delegation handed moon a letter from kim on saturday"]
    assert new[0].earlier_article_id == 1 and new[0].story_id == 5
    (position,) = [d for d in found if d.kind == "position"]
    assert position.article_id == 2 and position.earlier_article_id == 1
    assert position.actor_idx == 0 and position.start == 120


def test_a_restatement_is_not_a_change_of_position() -> None:
    first = Report(
        1, statements=[passage("the goal of the pressure is to change north korea", 0, 3)]
    )
    second = Report(
        2, statements=[passage("the goal of the campaign is to change north korea", 0, 3)]
    )
    assert [d.kind for d in find_developments(1, [first, second], bag_of_words)] == []


def test_the_first_report_has_no_developments() -> None:
    only = Report(1, sentences=[passage("a sentence of at least six words here")])
    assert find_developments(1, [only], bag_of_words) == []


def test_a_sentence_sharing_two_thirds_of_its_words_with_an_earlier_one_is_new() -> None:
    """Reports of one event word it alike: an added event in the same frame is still new."""
    first = Report(1, sentences=[passage("police arrested the suspect in paris on monday")])
    later = "police charged the suspect in paris on tuesday"  # 5 of 8 words shared: 0.625
    second = Report(2, sentences=[passage(later)])
    found = find_developments(1, [first, second], bag_of_words)
    assert [(d.kind, d.text) for d in found] == [("new", later)]
    assert found[0].similarity is not None and 0.6 < found[0].similarity < 0.8


def test_a_sentence_of_words_all_told_before_is_not_new() -> None:
    """Far from every earlier lead sentence, but each content word was in an earlier report
    (here in a sentence outside its lead): nothing new is said."""
    first = Report(
        1,
        sentences=[
            passage("police arrested the suspect in paris on monday"),
            passage("the suspect was charged with murder", 60),
        ],
    )
    later = "on monday the suspect was charged in paris"
    second = Report(2, sentences=[passage(later)])
    assert [d.kind for d in find_developments(1, [first, second], bag_of_words)] == []


def test_a_near_restatement_with_a_new_word_is_new() -> None:
    """A cosine of 0.875 with an earlier sentence: one new word, 'friday', makes it new."""
    first = Report(1, sentences=[passage("police arrested the suspect in paris on monday")])
    later = "police arrested the suspect in paris on friday"
    second = Report(2, sentences=[passage(later)])
    found = find_developments(1, [first, second], bag_of_words)
    assert [(d.kind, d.text) for d in found] == [("new", later)]
    assert found[0].similarity is not None and 0.8 < found[0].similarity < 0.9


def test_content_words_leave_stop_words_and_single_letters_out() -> None:
    assert content_words("The U.S. envoy’s talks in 2018, and a 'no'") == {
        "envoy's",
        "talks",
        "2018",
    }


def test_only_texts_a_development_can_come_of_are_embedded_each_once() -> None:
    """Statements of a speaker whose statements on one side take no stance cannot make a
    change of position, so they are not embedded; a sentence two reports share is embedded
    once. The developments are those of embedding everything."""
    shared = "the vice president arrived in tokyo for talks with abe"
    first = Report(
        1,
        sentences=[passage(shared)],
        statements=[
            passage("the objective is to make north korea give up weapons", 0, 7),
            passage("he cannot rule out meeting north korean officials at talks", 60, 8),
        ],
    )
    second = Report(
        2,
        sentences=[passage(shared), passage("the delegation handed moon a letter from kim", 60)],
        statements=[
            passage("we will stand by japan against north korea", 120, 7),
            passage("if north korean officials want talks we will talk", 180, 8),
        ],
    )
    embedded: list[str] = []

    def recording(texts: Sequence[str]) -> np.ndarray:
        embedded.extend(texts)
        return bag_of_words(texts)

    found = find_developments(1, [first, second], recording)
    assert sorted(embedded) == sorted(
        {shared, "the delegation handed moon a letter from kim"}
        | {s.text for s in [*first.statements, *second.statements] if s.speaker_entity_id == 8}
    )
    assert [(d.kind, d.start) for d in found] == [("new", 60), ("position", 180)]


def test_a_verb_of_finding_or_deeming_takes_no_stance() -> None:
    """Finding ("determined that") and deeming ("considered secret")
    say nothing will or may happen, nor does "considerable"; "determined to" and "would
    consider" do."""
    assert stance("it determined that the emails hold information considered secret") == set()
    assert stance("a considerable number of voters") == set()
    assert stance("he is determined to win the state") == {"committed"}
    assert stance("he would consider running") == {"possible"}
    assert stance("she is considering a run") == {"possible"}


def test_statements_that_share_no_subject_are_not_one_matter() -> None:
    """Near enough by the embedding (a candidate's statements all speak of the campaign), with
    different stances, but no content word in common: no change of position."""
    first = Report(
        1, statements=[passage("i am ready to be the president of all of the people", 0, 4)]
    )
    later = "he said it could not be bought by all of the banks"
    second = Report(2, statements=[passage(later, 0, 4)])
    assert find_developments(1, [first, second], bag_of_words) == []


def test_one_line_quoted_again_in_a_longer_cut_is_no_change() -> None:
    """The longer cut adds a clause with its own stance ("we will all come together"); on the
    words both quote ("not a few wealthy campaign donors") the stance is the same."""
    first = Report(1, statements=[passage("not a handful of wealthy campaign donors", 0, 4)])
    later = (
        "we will all come together to say that the government belongs to all of us, "
        "not a few wealthy campaign donors"
    )
    second = Report(2, statements=[passage(later, 0, 4)])
    assert find_developments(1, [first, second], bag_of_words) == []


def test_a_stance_on_another_matter_of_the_statement_is_not_its_stance_on_this_one() -> None:
    """The earlier statement's "will not rule out" is about outside money, not the troops both
    statements speak of; on the troops it takes no stance, so nothing moved."""
    first = Report(
        1,
        statements=[
            passage(
                "he would send troops to fight the islamic state, and he will not rule out "
                "outside money",
                0,
                4,
            )
        ],
    )
    later = "he would consider sending troops to fight the islamic state"
    second = Report(2, statements=[passage(later, 0, 4)])
    assert find_developments(1, [first, second], bag_of_words) == []


def test_the_same_words_with_another_stance_are_a_change() -> None:
    """What stays a change: the subject's words the same, the stance on them another."""
    first = Report(1, statements=[passage("i will not raise taxes on the middle class", 0, 4)])
    later = "i may raise taxes on the middle class"
    second = Report(2, statements=[passage(later, 0, 4)])
    found = find_developments(1, [first, second], bag_of_words)
    assert [(d.kind, d.text) for d in found] == [("position", later)]


def test_the_words_of_a_matter_fold_forms_and_leave_out_stance_words() -> None:
    assert matter_words("He is going to meet North Korean officials") == {
        "meet",
        "north",
        "korea",
        "offic",
    }
    assert matter_words("It’s a mess, and that's the truth") == {"mess", "truth"}
    assert matter_words("talks with North Korea") & matter_words("Korean talks") == {
        "korea",
        "talk",
    }


def test_statements_that_cannot_have_changed_are_not_embedded() -> None:
    """Both of speaker 4's statements take a stance, but they share no subject: no pair of
    them can be a change of position, so neither is embedded (speaker 8's pair is)."""
    first = Report(
        1,
        statements=[
            passage("i am ready to be the president of all of the people", 0, 4),
            passage("he cannot rule out meeting north korean officials at talks", 60, 8),
        ],
    )
    second = Report(
        2,
        statements=[
            passage("he said it could not be bought by all of the banks", 0, 4),
            passage("if north korean officials want talks we will talk", 60, 8),
        ],
    )
    embedded: list[str] = []

    def recording(texts: Sequence[str]) -> np.ndarray:
        embedded.extend(texts)
        return bag_of_words(texts)

    found = find_developments(1, [first, second], recording)
    assert sorted(embedded) == sorted(s.text for r in (first, second) for s in r.statements[1:])
    assert [(d.kind, d.start) for d in found] == [("position", 60)]
