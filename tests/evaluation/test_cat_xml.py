"""CAT XML parsing, offset-keeping detokenization and the ECB+ / MEANTIME gold readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.evaluation.cat_xml import (
    GoldDocument,
    QuoteState,
    Token,
    build_text,
    join_tokens,
    parse_cat_xml,
)
from storyline.evaluation.ecbplus import read_ecbplus
from storyline.evaluation.meantime import read_meantime
from storyline.evaluation.timeline17 import DatasetError


def _tokens(sentences: list[str]) -> str:
    """`<token>` elements for space-separated sentences, t_ids counted from 1."""
    out, t_id = [], 0
    for number, sentence in enumerate(sentences):
        for i, text in enumerate(sentence.split()):
            t_id += 1
            text = text.replace("&", "&amp;").replace("<", "&lt;")
            out.append(f'<token t_id="{t_id}" sentence="{number}" number="{i}">{text}</token>')
    return "\n".join(out)


def _doc(sentences: list[str], markables: str = "", relations: str = "") -> str:
    return (
        f'<Document doc_name="x" doc_id="DOC1">\n{_tokens(sentences)}\n'
        f"<Markables>\n{markables}\n</Markables>\n<Relations>\n{relations}\n</Relations>\n"
        "</Document>\n"
    )


def _mark(tag: str, m_id: int, *t_ids: int, **attrs: str) -> str:
    extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
    anchors = "".join(f'<token_anchor t_id="{t}"/>' for t in t_ids)
    return f'<{tag} m_id="{m_id}"{extra}>{anchors}</{tag}>'


def _rel(tag: str, r_id: int, sources: list[int], target: int, note: str = "") -> str:
    src = "".join(f'<source m_id="{s}"/>' for s in sources)
    attr = f' note="{note}"' if note else ""
    return f'<{tag} r_id="{r_id}"{attr}>{src}<target m_id="{target}"/></{tag}>'


def _check_offsets(doc: GoldDocument) -> None:
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        start, end = doc.sentences[m.sentence]
        assert start <= m.start < m.end <= end


# --- join_tokens / build_text -----------------------------------------------------------


def test_join_tokens_spans_index_each_token() -> None:
    tokens = "`` We 'll see , '' Reid 's rep said ( in L.A. ) at 4 : 59 for $ 5 .".split()
    text, spans = join_tokens(tokens)
    assert text == "\"We'll see,\" Reid's rep said (in L.A.) at 4:59 for $5."
    shown = {"``": '"', "''": '"'}
    assert [text[s:e] for s, e in spans] == [shown.get(t, t) for t in tokens]


def test_join_tokens_drops_unmatched_bracket_with_empty_span() -> None:
    text, spans = join_tokens(["for", "Intel", "]", "chips", "[", "sic", "]"])
    assert text == "for Intel chips [sic]"
    assert spans[2] == (9, 9)


def test_join_tokens_tracks_quotes_attached_to_words_across_calls() -> None:
    quotes = QuoteState()
    first, _ = join_tokens(['"We', "met", "."], quotes)
    second, _ = join_tokens(["Fine", ".", '"', "He", "left", "."], quotes)
    assert (first, second) == ('"We met.', 'Fine." He left.')


def test_join_tokens_pound_sign_only_when_asked() -> None:
    assert join_tokens(["#", "0.79"], pound_sign=True)[0] == "£0.79"
    assert join_tokens(["#", "1"])[0] == "# 1"


def test_build_text_one_line_per_sentence_and_skip() -> None:
    tokens = [
        Token("1", 0, 0, "http://x"),
        Token("3", 1, 1, "."),
        Token("2", 1, 0, "Hi"),
        Token("4", 2, 0, "Bye"),
    ]
    text = build_text(tokens, skip={0})
    assert text.text == "Hi.\nBye"
    assert text.sentences == [(0, 3), (4, 7)]
    assert text.sentence_numbers == [1, 2]
    assert text.span(["2", "3"]) == (0, 3, 0)
    assert text.span(["1"]) is None  # in a skipped sentence


# --- parse_cat_xml ----------------------------------------------------------------------


def test_parse_cat_xml_reads_tokens_markables_relations(tmp_path: Path) -> None:
    path = tmp_path / "d.xml"
    marks = _mark("LOC_GEO", 1, 1, 2) + _mark("LOC_GEO", 9, TAG_DESCRIPTOR="x", instance_id="L1")
    path.write_text(_doc(["New York ."], marks, _rel("CROSS_DOC_COREF", 5, [1], 9, "L1")))
    doc = parse_cat_xml(path)
    assert [t.text for t in doc.tokens] == ["New", "York", "."]
    assert doc.tokens[1] == Token("2", 0, 1, "York")
    assert doc.markables["1"].anchors == ("1", "2")
    assert doc.markables["9"].anchors == ()
    assert doc.markables["9"].attrs["instance_id"] == "L1"
    rel = doc.relations[0]
    assert (rel.tag, rel.sources, rel.targets, rel.attrs["note"]) == (
        "CROSS_DOC_COREF",
        ("1",),
        ("9",),
        "L1",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<Document><token", "not a readable CAT XML"),
        ("<Other/>", "expected <Document>"),
        ('<Document><token t_id="1" sentence="a" number="0">x</token></Document>', "integer"),
        (_doc(["a b"], _mark("LOC", 1, 7)), "unknown tokens"),
        (_doc(["a b"], _mark("LOC", 1, 1), _rel("INTRA_DOC_COREF", 1, [1], 8)), "unknown mark"),
    ],
)
def test_parse_cat_xml_malformed_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(content)
    with pytest.raises(DatasetError, match=message) as info:
        parse_cat_xml(path)
    assert str(path) in str(info.value)


# --- ECB+ ---------------------------------------------------------------------------------

# topic 1: an ECB doc (sentence 0 is text) and an ECB+ doc (sentence 0 is its URL)
ECB = _doc(
    [
        "Tara Reid entered rehab .",
        "Her rep , Jack , said she is `` fine '' .",
        "Reid , 33 , rests .",
    ],
    _mark("HUMAN_PART_PER", 1, 1, 2)
    + _mark("ACTION_OCCURRENCE", 2, 3)
    + _mark("LOC_FAC", 3, 4)
    + _mark("HUMAN_PART_PER", 4, 6, 7)  # "Her rep"
    + _mark("HUMAN_PART_PER", 5, 9)  # "Jack"
    + _mark("HUMAN_PART_PER", 6, 12)  # "she"
    + _mark("HUMAN_PART_PER", 7, 18)  # "Reid"
    + _mark("HUMAN_PART_PER", 20, TAG_DESCRIPTOR="tara", instance_id="HUM_TARA")
    + _mark("ACTION_OCCURRENCE", 21, TAG_DESCRIPTOR="enter", instance_id="ACT_ENTER")
    + _mark("UNKNOWN_INSTANCE_TAG", 22, TAG_DESCRIPTOR=""),
    _rel("CROSS_DOC_COREF", 1, [1, 6, 7], 20, "HUM_TARA")
    + _rel("CROSS_DOC_COREF", 2, [2], 21, "ACT_ENTER")
    + _rel("INTRA_DOC_COREF", 3, [4, 5], 22),
)
ECBPLUS = _doc(
    ["http : / / news . com / tara", "Actress Tara Reid , in rehab .", "Two long sad years ."],
    _mark("HUMAN_PART_PER", 1, 5)  # "news" of the URL: left out with its sentence
    + _mark("HUMAN_PART_PER", 2, 11, 12)  # "Tara Reid"
    + _mark("TIME_DURATION", 3, 17, 20)  # "Two ... years": discontinuous anchors
    + _mark("HUMAN_PART_PER", 9, TAG_DESCRIPTOR="tara", instance_id="HUM_TARA"),
    _rel("CROSS_DOC_COREF", 1, [2], 9, "HUM_TARA"),
)
CSV = "Topic,File,Sentence Number\n1,1ecb,0\n1,1ecb,1 \n1,1ecbplus,1\n1,1ecbplus,2\n"


def _ecb_folder(tmp_path: Path, csv: str | None = CSV) -> Path:
    topic = tmp_path / "ECB+" / "1"
    topic.mkdir(parents=True)
    (topic / "1_1ecb.xml").write_text(ECB)
    (topic / "1_1ecbplus.xml").write_text(ECBPLUS)
    (topic / "notes.txt").write_text("ignored")
    if csv is not None:
        (tmp_path / "ECBplus_coreference_sentences.csv").write_text(csv)
    return tmp_path / "ECB+"


def test_ecbplus_text_clusters_and_validated_sentences(tmp_path: Path) -> None:
    ecb, plus = read_ecbplus(_ecb_folder(tmp_path))
    assert (ecb.doc_id, ecb.group, plus.doc_id, plus.group) == ("1_1ecb", "1", "1_1ecbplus", "1")
    assert ecb.text == (
        'Tara Reid entered rehab.\nHer rep, Jack, said she is "fine".\nReid, 33, rests.'
    )
    got = [(m.text, m.kind, m.cluster, m.sentence) for m in ecb.mentions]
    # sentence 2 is not validated: "Reid" is left out; the action is no entity
    assert got == [
        ("Tara Reid", "HUMAN_PART_PER", "HUM_TARA", 0),
        ("rehab", "LOC_FAC", "1_1ecb#3", 0),
        ("Her rep", "HUMAN_PART_PER", "1_1ecb/22", 1),
        ("Jack", "HUMAN_PART_PER", "1_1ecb/22", 1),
        ("she", "HUMAN_PART_PER", "HUM_TARA", 1),
    ]
    assert plus.text == "Actress Tara Reid, in rehab.\nTwo long sad years."
    assert [(m.text, m.cluster, m.sentence) for m in plus.mentions] == [
        ("Tara Reid", "HUM_TARA", 0),
        ("Two long sad years", "1_1ecbplus#3", 1),
    ]
    _check_offsets(ecb)
    _check_offsets(plus)


def test_ecbplus_without_filter_keeps_all_mentions(tmp_path: Path) -> None:
    folder = _ecb_folder(tmp_path)
    ecb = read_ecbplus(folder, validated_only=False)[0]
    assert [m.text for m in ecb.mentions][-1] == "Reid"
    # an explicit CSV wins over the one found near the folder
    other = tmp_path / "other.csv"
    other.write_text("Topic,File,Sentence Number\n1,1ecb,2\n")
    assert [m.text for m in read_ecbplus(folder, sentences_csv=other)[0].mentions] == ["Reid"]


def test_ecbplus_without_csv_keeps_all_and_accepts_root(tmp_path: Path) -> None:
    _ecb_folder(tmp_path, csv=None)
    docs = read_ecbplus(tmp_path)  # the root holding ECB+/
    assert len(docs[0].mentions) == 6
    assert read_ecbplus(tmp_path, topics=[1]) == docs


def test_ecbplus_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="no ECB\\+ topic folders"):
        read_ecbplus(tmp_path)
    folder = _ecb_folder(tmp_path)
    with pytest.raises(DatasetError, match=r"topic\(s\) \[36\]"):
        read_ecbplus(folder, topics=[36])
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("Topic,File,Sentence Number\n1,1ecb,one\n")
    with pytest.raises(DatasetError, match="bad.csv:2"):
        read_ecbplus(folder, sentences_csv=bad_csv)
    (folder / "1" / "1_2ecb.xml").write_text("<Document>")
    with pytest.raises(DatasetError, match="1_2ecb.xml"):
        read_ecbplus(folder)


# --- MEANTIME -----------------------------------------------------------------------------

MEANTIME = _doc(
    ["Apple sues # 5 firm", "It won , Apple said ."],
    _mark("ENTITY_MENTION", 1, 1, syntactic_type="NAM")
    + _mark("ENTITY_MENTION", 2, 5)  # "firm": unlinked
    + _mark("ENTITY_MENTION", 3, 6)  # "It"
    + _mark("ENTITY_MENTION", 4, 9)  # "Apple"
    + _mark("EVENT_MENTION", 5, 2)
    + '<ENTITY m_id="10" ent_type="ORG" instance_id="ORG_APPLE" TAG_DESCRIPTOR="Apple"/>'
    + '<EVENT m_id="11" class="OTHER" instance_id="EV_SUE"/>',
    _rel("REFERS_TO", 1, [1, 3, 4], 10) + _rel("REFERS_TO", 2, [5], 11),
).replace('doc_id="DOC1"', 'doc_id="123"')


def test_meantime_clusters_kinds_and_root_lookup(tmp_path: Path) -> None:
    corpus = tmp_path / "intra_cross-doc_annotation" / "corpus_fruit"
    corpus.mkdir(parents=True)
    (corpus / "123_Apple_sues.xml").write_text(MEANTIME)
    (doc,) = read_meantime(corpus)
    assert (doc.doc_id, doc.group) == ("123", "corpus_fruit")
    assert doc.text == "Apple sues £5 firm\nIt won, Apple said."
    assert [(m.text, m.kind, m.cluster, m.sentence) for m in doc.mentions] == [
        ("Apple", "ORG", "ORG_APPLE", 0),
        ("firm", "ENTITY_MENTION", "123#2", 0),
        ("It", "ORG", "ORG_APPLE", 1),
        ("Apple", "ORG", "ORG_APPLE", 1),
    ]
    _check_offsets(doc)
    assert read_meantime(tmp_path) == [doc]
    assert read_meantime(tmp_path / "intra_cross-doc_annotation") == [doc]


def test_meantime_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="no MEANTIME XML files") as info:
        read_meantime(tmp_path)
    assert str(tmp_path) in str(info.value)
    with pytest.raises(DatasetError, match="no such folder"):
        read_meantime(tmp_path / "absent")
