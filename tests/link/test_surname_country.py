"""A person entity named by a surname alone, whose reports give it two countries (most of
them a report's guess), is placed in the one of them the corpus gives the full names ending
in that surname (`entities._placed_by_surname`); never in a country none of its reports
gives, nor where the full names are of two countries."""

from __future__ import annotations

from storyline.link.entities import ActorRef, Entity, link_actors


def _ref(
    article: int, idx: int, name: str, kind: str, country: str | None, n: int = 1
) -> ActorRef:
    code = None if country is None or kind != "PERSON" else f"{country}GOV"
    return ActorRef(
        article_id=article,
        idx=idx,
        name=name,
        type=kind,
        key=tuple(name.lower().split()),
        country=country,
        roles=("president",) if kind == "PERSON" else (),
        code=code,
        ambiguous=False,
        n_mentions=n,
    )


def _corpus(full_names: list[tuple[str, str | None]]) -> list[ActorRef]:
    """Full names of one surname in reports of their own; the bare surname in three segments
    of one long report (one actor each): once placed in Egypt ("Egyptian President
    Harlak"), twice (more mentions) guessed the United States by the dateline, once given
    no country."""
    refs = [
        _ref(n, 0, name, "PERSON", country, 5)
        for n, (name, country) in enumerate(full_names * 2)  # each in two reports
    ]
    for idx, (country, n) in enumerate((("EGY", 1), ("USA", 3), ("USA", 3), (None, 2))):
        refs.append(_ref(10, idx, "Harlak", "PERSON", country, n))
    return refs


def _bare(entities: list[Entity], refs: list[ActorRef]) -> set[tuple[str | None, str | None]]:
    return {
        (e.country, e.code)
        for e in entities
        if any(refs[i].key == ("harlak",) for i in e.members)
    }


def test_a_bare_surname_takes_the_country_of_its_full_names() -> None:
    refs = _corpus([("Hosam Harlak", "EGY"), ("Gamil Harlak", None)])
    assert _bare(link_actors(refs), refs) == {("EGY", "EGYGOV")}


def test_full_names_of_two_countries_leave_the_guess() -> None:
    refs = _corpus([("Hosam Harlak", "EGY"), ("Gamil Harlak", "JOR")])
    assert _bare(link_actors(refs), refs) == {("USA", "USAGOV")}


def test_a_full_name_of_one_report_places_nothing() -> None:
    refs = _corpus([("Hosam Harlak", "EGY"), ("Gamil Harlak", None)])
    refs.append(_ref(20, 0, "Exit Harlak", "PERSON", "USA", 4))  # one report's misreading
    assert _bare(link_actors(refs), refs) == {("EGY", "EGYGOV")}


def test_no_country_is_imported() -> None:
    refs = _corpus([("Hosam Harlak", "SYR"), ("Gamil Harlak", None)])
    assert _bare(link_actors(refs), refs) == {("USA", "USAGOV")}
