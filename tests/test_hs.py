"""HS 2022 nomenclature and code notation."""
import pytest

from tradecompliance.errors import InvalidCode
from tradecompliance.hs import HSCode, nomenclature, normalize


def test_hs2022_has_every_chapter_heading_and_subheading():
    # WCO HS 2022: 97 chapters (77 reserved but counted as absent), 1,229 headings, 5,613 subheadings.
    assert len(nomenclature.by_level("chapter")) == 97
    assert len(nomenclature.by_level("heading")) == 1229
    assert len(nomenclature.by_level("subheading")) == 5613


@pytest.mark.parametrize("written", ["8517.13", "8517 13", "851713", "8517-13", " 8517.13 "])
def test_codes_as_people_write_them(written):
    assert normalize(written) == "851713"


def test_national_lines_normalise_and_format():
    code = HSCode.parse("8517 13 00 00")
    assert code.digits == "8517130000"
    assert code.level == "national"
    assert (code.chapter, code.heading, code.subheading) == ("85", "8517", "851713")
    assert code.formatted() == "8517.13.00.00"


@pytest.mark.parametrize("bad", ["85171", "8517.1a", "", "1234567"])
def test_malformed_codes_are_refused(bad):
    with pytest.raises(InvalidCode):
        normalize(bad)


def test_hierarchy_walks_up_and_down():
    path = nomenclature.ancestors("8517.13")
    assert [e.code for e in path] == ["85", "8517", "851713"]
    assert "smartphones" in path[-1].description.lower()
    assert "851713" in [e.code for e in nomenclature.children("8517")]
    assert len(nomenclature.children("85")) == len([e for e in nomenclature.by_level("heading") if e.code.startswith("85")])


def test_national_line_resolves_to_subheading_and_unknown_codes_explain():
    assert nomenclature.lookup("6109100012").code == "610910"
    with pytest.raises(InvalidCode, match="not an HS 2022 subheading"):
        nomenclature.lookup("610999")
