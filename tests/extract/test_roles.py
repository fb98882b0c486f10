import pytest

from storyline.data import data_table
from storyline.extract.roles import Role, RoleLexicon, RoleMatch, normalize_word


@pytest.fixture(scope="module")
def roles() -> RoleLexicon:
    return RoleLexicon.load()


def row(role: str, sector: str, forms: str, open_: str = "") -> dict[str, str]:
    return {"role": role, "sector": sector, "open": open_, "forms": forms}


def test_packaged_table_loads_once(roles: RoleLexicon) -> None:
    assert RoleLexicon.load() is roles
    assert len(data_table("roles.tsv")) > 50


def test_packaged_table_names_each_form_once() -> None:
    seen: dict[tuple[str, ...], str] = {}
    for entry in data_table("roles.tsv"):
        for form in entry["forms"].split("|"):
            words = tuple(normalize_word(word) for word in form.split())
            assert seen.setdefault(words, entry["role"]) == entry["role"], form


def test_from_rows_raises_when_a_form_names_two_roles() -> None:
    rows = [row("general", "MIL", "general|gen"), row("governor", "GOV", "governor|Gen.")]
    with pytest.raises(ValueError, match="names two roles"):
        RoleLexicon.from_rows(rows)


def test_from_rows_accepts_a_form_repeated_within_one_role() -> None:
    lexicon = RoleLexicon.from_rows([row("mayor", "GOV", "mayor|Mayor")])
    assert lexicon.lookup("mayor") == Role("mayor", "GOV")


def test_longest_role_wins(roles: RoleLexicon) -> None:
    words = ["Vice", "President", "Mike", "Pence"]
    assert roles.match_at(words, 0) == RoleMatch(Role("vice president", "GOV"), 2)
    assert roles.match_at(words, 1) == RoleMatch(Role("president", "GOV"), 1)
    assert roles.match_at(words, 2) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("VP", "vice president"),
        ("PM", "prime minister"),
        ("Gen.", "general"),
        ("Sen.", "senator"),
        ("vice-president", "vice president"),
    ],
)
def test_short_forms_in_capitals_or_with_a_period(roles: RoleLexicon, text: str, role: str) -> None:
    found = roles.lookup(text)
    assert found is not None
    assert found.name == role


@pytest.mark.parametrize("text", ["vp", "pm", "Pm", "gen", "Gen", "rep"])
def test_short_forms_not_in_lower_case(roles: RoleLexicon, text: str) -> None:
    assert roles.lookup(text) is None


def test_short_forms_in_british_style_before_a_name(roles: RoleLexicon) -> None:
    # "Dr Cole", "Sgt Reed": a capital and no full stop, in front of a name only
    words = "Lawyers for Dr Ann Cole and Sgt Tom Reed".split()
    assert roles.match_ending(words, 3, before_name=True) == RoleMatch(Role("doctor", "HLH"), 1)
    assert roles.match_at(words, 6, before_name=True).role.name == "sergeant"
    assert roles.match_ending(words, 3) is None
    assert roles.match_ending("the Dr is in".split(), 2, before_name=True) is None
    assert roles.match_ending("for dr Ann Cole".split(), 2, before_name=True) is None


def test_time_of_day_is_not_a_role(roles: RoleLexicon) -> None:
    words = "The talks began at 4 pm".split()
    assert all(roles.match_at(words, i) is None for i in range(len(words)))


def test_match_ending(roles: RoleLexicon) -> None:
    words = ["the", "Prime", "Minister", "Hans", "Weber"]
    assert roles.match_ending(words, 3) == RoleMatch(Role("prime minister", "GOV"), 2)
    assert roles.match_ending(words, 2) is None  # "Prime" alone is no role
    assert roles.match_ending(words, 0) is None
    assert roles.match_ending(["the", "Vice", "President"], 3).length == 2


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("the Prime Minister", Role("prime minister", "GOV")),
        ("The Defense Secretary", Role("defense secretary", "GOV")),
        ("the Minister of Defence", Role("defense minister", "GOV")),
        ("the spokesman", Role("spokesperson", "")),
        ("Lt. Gen.", Role("general", "MIL")),
    ],
)
def test_lookup(roles: RoleLexicon, text: str, role: Role) -> None:
    assert roles.lookup(text) == role


@pytest.mark.parametrize("text", ["", "the", "the weather", "Prime"])
def test_lookup_of_no_role(roles: RoleLexicon, text: str) -> None:
    assert roles.lookup(text) is None


def test_open_roles_take_a_portfolio_word(roles: RoleLexicon) -> None:
    assert roles.is_open(Role("minister", "GOV"))
    assert roles.is_open(Role("secretary", "GOV"))
    assert roles.is_open(Role("commander", "MIL"))
    assert not roles.is_open(Role("president", "GOV"))
    assert not roles.is_open(Role("foreign minister", "GOV"))


def test_normalize_word() -> None:
    assert normalize_word("Japan\u2019s") == "japan's"
    assert normalize_word("U.S.") == "us"
