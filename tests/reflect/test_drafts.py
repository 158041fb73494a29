from reflect import checkins, drafts, networks
from reflect.checkins import Answer, CheckIn, Entry, Roles
from reflect.serialize import checkin_from_dict, checkin_to_dict
from reflect.weeks import IsoWeek

WEEK = IsoWeek(2026, 40)


def test_a_half_written_draft_is_kept_as_typed_and_offered_back(db):
    x = networks.add_preset("x")
    typing = CheckIn(
        WEEK,
        0,
        entries=(Entry(x.id, posts=-2, note="half a thought"),),
        answers=(Answer("What got traction?", "The thread about"),),
    )
    drafts.save_draft(typing)  # invalid (no workload, negative posts) and still kept
    drafts.save_draft(typing)
    assert [d.week for d in drafts.drafts()] == [WEEK]
    back = drafts.draft_for(WEEK)
    assert back.entries[0].note == "half a thought" and back.answers[0].text == "The thread about"
    assert {p.code for p in checkins.problems_with(back)} == {"workload_range", "negative_count"}


def test_saving_the_checkin_finishes_its_draft(db):
    x = networks.add_preset("x")
    drafts.save_draft(CheckIn(WEEK, 3, entries=(Entry(x.id, posts=1),)))
    drafts.save_draft(CheckIn(WEEK + 1, 2))
    checkins.record_checkin(CheckIn(WEEK, 3, entries=(Entry(x.id, posts=1),)))
    assert [d.week for d in drafts.drafts()] == [WEEK + 1]
    drafts.discard_draft(WEEK + 1)
    assert drafts.drafts() == [] and drafts.draft_for(WEEK + 1) is None


def test_serialisation_round_trips_a_whole_checkin(db):
    x = networks.add_preset("x")
    full = CheckIn(
        WEEK,
        4,
        energy=2,
        hours=41.5,
        context=("travel",),
        entries=(
            Entry(
                x.id,
                posts=1,
                comments=2,
                shares=0,
                reactions=7,
                minutes=30,
                feedback="a lot",
                roles=Roles(30, 40, 30),
                note="ok",
            ),
            Entry("other", unused=True),
        ),
        ratings=(("p1", 2),),
        answers=(Answer("Q", "A"),),
        judgements=(("g1", "yes"),),
        id="abc",
    )
    assert checkin_from_dict(checkin_to_dict(full)) == full
