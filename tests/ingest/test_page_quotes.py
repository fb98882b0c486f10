"""The quotes of a page as its kind makes them: none in a programme listing; in a readers'
page, each signed comment the words of the reader who signed it (invented pages)."""

from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.quotes.model import Quote, Span
from storyline.ingest.article import Article, content_hash
from storyline.ingest.blocks import Block, assemble
from storyline.ingest.meta import Meta
from storyline.ingest.page_kind import page_kind
from storyline.ingest.page_quotes import page_quotes
from storyline.nlp.annotations import Annotations


def article_of(*paragraphs: str) -> Article:
    text, spans = assemble([Block("paragraph", p) for p in paragraphs])
    return Article(
        key="k", path="k", line=None, format="text", meta=Meta(), text=text, blocks=spans,
        content_hash=content_hash(text), n_words=len(text.split()),
        page_kind=page_kind(text, spans),
    )  # fmt: skip


def span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


COMMENTS = (
    "What do you think of the new bridge?",
    "It has cut my drive to work by half, he says.",
    "Maria Lopez, Madrid",
    "They built it without asking us. Mayor Ruiz said it was safe, but I doubt it.",
    "Tom Reed, Leeds",
    "Beautiful at night.",
    "Anil Shah, Pune",
)


def actor(text: str, name: str, words: str) -> Actor:
    where = span(text, words)
    return Actor(name, "PERSON", tuple(name.lower().split()),
                 (ActorMention(where.start, where.end, words, "name"),))  # fmt: skip


def test_each_comment_is_one_quote_of_the_reader_who_signed_it_and_nothing_else() -> None:
    article = article_of(*COMMENTS)
    text = article.text
    maria, ruiz = actor(text, "Maria Lopez", "Maria Lopez"), actor(text, "Ruiz", "Mayor Ruiz")
    he_says = Quote(span(text, "It has cut my drive to work by half"), "indirect",
                    span(text, "says"), span(text, "he"))  # fmt: skip
    ruiz_said = Quote(span(text, "it was safe"), "indirect", span(text, "said"),
                      span(text, "Mayor Ruiz"), speaker_actor=1)  # fmt: skip
    found = page_quotes(article, Annotations(actors=[maria, ruiz], quotes=[he_says, ruiz_said]))
    assert article.page_kind == "comments"
    assert [
        (q.speaker and q.speaker.text, q.content.text[:12], q.speaker_actor) for q in found.quotes
    ] == [  # fmt: skip
        ("Maria Lopez", "It has cut m", 0),  # not "he": the reader who signed it
        ("Tom Reed", "They built i", None),
        ("Anil Shah", "Beautiful at", None),
    ]


def test_a_listing_quotes_nobody() -> None:
    article = article_of(
        'Alan Carr broadcasts live. He says: "I can\'t wait." Presenter/Alan Carr, '
        "Producer/Mark Hill Kate Thornton presents. Presenter/Kate Thornton"
    )
    text = article.text
    said = Quote(span(text, "I can't wait."), "direct", span(text, "says"), span(text, "He"))
    assert article.page_kind == "listing"
    assert page_quotes(article, Annotations(quotes=[said])).quotes == []


def test_a_news_reports_quotes_are_left_as_they_are() -> None:
    article = article_of("The mayor said the bridge was safe.", "Work begins in May.")
    text = article.text
    said = Quote(span(text, "the bridge was safe"), "indirect", span(text, "said"),
                 span(text, "The mayor"))  # fmt: skip
    assert page_quotes(article, Annotations(quotes=[said])).quotes == [said]
