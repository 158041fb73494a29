"""What the check-in dialog asks of the domain beyond the form: live checks that need no
database, the user's own context tags, and one transaction for a save."""

from datetime import date

import pytest

from reflect import checkin_form, checkins, drafts, networks, prompts
from reflect.checkins import STANDARD_CONTEXT, CheckIn, Entry
from reflect.errors import InvalidCheckIn
from reflect.weeks import IsoWeek

TODAY = date(2026, 11, 18)
LAST = IsoWeek(2026, 46)


def test_typing_problems_are_the_domains_rules_without_lookups(db):
    unknown = CheckIn(LAST, 0, hours=200, entries=(Entry("no-such-network", posts=-1),))
    codes = [p.code for p in checkin_form.typing_problems(unknown, TODAY)]
    assert codes == ["workload_range", "hours_range", "negative_count"]
    assert "unknown_network" in {p.code for p in checkins.problems_with(unknown, TODAY)}
    future = CheckIn(LAST + 2, 3)
    assert [p.message for p in checkin_form.typing_problems(future, TODAY)] == [
        "2026-W48 has not started yet: check in once it has."
    ]


def test_own_context_tags_are_offered_after_the_standard_ones(db):
    x = networks.add_preset("x")
    assert checkin_form.context_tags() == STANDARD_CONTEXT
    checkins.record_checkin(CheckIn(LAST - 1, 3, context=("moving house", "travel")), TODAY)
    checkins.record_checkin(
        CheckIn(LAST, 3, context=("conference",), entries=(Entry(x.id),)), TODAY
    )
    assert checkin_form.context_tags() == (*STANDARD_CONTEXT, "conference", "moving house")
    assert checkin_form.checkin_form(LAST + 1).context_tags[-2:] == ("conference", "moving house")


def test_saving_keeps_the_checkin_and_the_new_question_together(db):
    x = networks.add_preset("x")
    drafts.save_draft(CheckIn(LAST, 0, entries=(Entry(x.id, posts=1),)))
    typed = CheckIn(LAST, 2, entries=(Entry(x.id, posts=1),), is_draft=True)
    saved = checkin_form.save_checkin(typed, ["What surprised me?", "What surprised me?"], TODAY)
    assert not saved.is_draft and saved.entries[0].posts == 1
    assert prompts.own_prompts() == ["What surprised me?"]
    assert drafts.drafts() == []
    checkin_form.save_checkin(saved, ["What surprised me?"], TODAY)  # asked once, not twice
    assert prompts.own_prompts() == ["What surprised me?"]


def test_a_refused_save_keeps_nothing(db):
    """The question is written first, so its rollback shows the save is one transaction."""
    networks.add_preset("x")
    with pytest.raises(InvalidCheckIn) as refused:
        checkin_form.save_checkin(CheckIn(LAST, 9), ["Never asked?"], TODAY)
    assert refused.value.codes() == {"workload_range"}
    assert prompts.own_prompts() == [] and checkins.checkin_for_week(LAST) is None
