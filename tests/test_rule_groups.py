"""A group selector names a set of rules in one word (residue-metadata: R005, R006, R009)."""

from __future__ import annotations

from lintnews.registry import select_rules


def codes(**selection: tuple[str, ...]) -> set[str]:
    return {
        rule.code
        for rule in select_rules(
            selection.get("select"), selection.get("ignore", ()), selection.get("extend_select", ())
        )
    }


def test_metadata_rules_are_off_by_default() -> None:
    assert not codes() & {"R005", "R006", "R009"}
    assert "R013" in codes()


def test_one_word_turns_the_metadata_rules_on() -> None:
    on = codes(extend_select=("residue-metadata",))
    assert {"R005", "R006", "R009"} <= on
    assert on - {"R005", "R006", "R009"} == codes()


def test_a_rule_of_the_group_can_still_be_ignored() -> None:
    on = codes(extend_select=("residue-metadata",), ignore=("R006",))
    assert "R006" not in on and {"R005", "R009"} <= on


def test_the_group_alone_selects_only_its_rules() -> None:
    assert codes(select=("residue-metadata",)) == {"R005", "R006", "R009"}
