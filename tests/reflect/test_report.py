"""Reports: the period's weeks, the numbers worked out by hand, the user's words kept whole,
and the files written privately and atomically."""

from __future__ import annotations

import os
import re
import stat
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect import goals, networks
from reflect.checkins import Answer, CheckIn, Entry, Roles, record_checkin
from reflect.errors import ReflectError
from reflect.goals import GoalDraft
from reflect.report import collect_report
from reflect.report_period import InvalidPeriod, Period, last_complete, periods_to_offer
from reflect.report_render import (
    chart_file,
    html_files,
    markdown_files,
    render_html,
    render_markdown,
    write_files,
)
from reflect.weeks import IsoWeek, weeks_in_year

NOW = IsoWeek(2026, 47)
W = lambda n: IsoWeek(2026, n)  # noqa: E731
ODD = 'I wrote <b>bold</b> & "quoted" <script>x</script>'
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16  # enough of a PNG for the text renderers


# --- periods ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last", "weeks"),
    [
        ("2026-Q3", W(27), W(39), 13),  # 1 Jul is a Wednesday: its week is Q3's (Thu 2 Jul)
        ("2026-q3", W(27), W(39), 13),
        ("2026-Q4", W(40), W(53), 14),  # 2026 has 53 weeks; W53's Thursday is 31 Dec
        ("2026-07", W(27), W(31), 5),
        ("2026-09", W(36), W(39), 4),  # Thu 1 Oct makes W40 October's
        ("2026", W(1), W(53), 53),
        ("2027", IsoWeek(2027, 1), IsoWeek(2027, 52), 52),
        ("2020-12", IsoWeek(2020, 49), IsoWeek(2020, 53), 5),  # Thu 31 Dec 2020: 2020-W53
        ("2020-Q4", IsoWeek(2020, 40), IsoWeek(2020, 53), 14),
        ("2021-01", IsoWeek(2021, 1), IsoWeek(2021, 4), 4),  # 1–3 Jan 2021 were 2020-W53
        ("2021-Q1", IsoWeek(2021, 1), IsoWeek(2021, 12), 12),  # Thu 1 Apr: W13 is Q2's
        ("2024-02", IsoWeek(2024, 5), IsoWeek(2024, 9), 5),  # leap year: Thu 29 Feb is W09
        ("2015-01", IsoWeek(2015, 1), IsoWeek(2015, 5), 5),  # Thu 1 Jan 2015 is 2015-W01
    ],
)
def test_a_period_holds_the_weeks_whose_thursday_falls_in_it(text, first, last, weeks):
    period = Period.parse(text)
    assert (period.first_week(), period.last_week(), len(period.weeks())) == (first, last, weeks)
    assert Period.parse(str(period)) == period


def test_iso_weeks_at_the_year_edges():
    assert weeks_in_year(2020) == 53 and weeks_in_year(2026) == 53
    assert weeks_in_year(2021) == 52 and weeks_in_year(2027) == 52
    with pytest.raises(ValueError):
        IsoWeek(2021, 53)  # no such week, so no period can hold it
    assert Period.holding("year", IsoWeek(2020, 53)) == Period(2020, "year")
    assert Period.holding("month", IsoWeek(2020, 53)) == Period(2020, "month", 12)
    assert Period.holding("quarter", IsoWeek(2025, 1)) == Period(2025, "quarter", 1)  # Thu 2 Jan


@pytest.mark.parametrize(
    "text", ["2026-Q5", "2026-Q0", "2026-13", "2026-00", "26-Q3", "2026-W40", "", "Q3 2026", "x"]
)
def test_a_bad_period_is_refused_in_a_sentence(text):
    with pytest.raises(InvalidPeriod) as refused:
        Period.parse(text)
    message = str(refused.value)
    assert message.endswith(
        "is not a period: write a quarter like 2026-Q3, a month like 2026-07 or a year like 2026."
    )
    assert refused.value.codes() == {"period"}


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_week_is_in_one_month_one_quarter_and_one_year(day):
    week = IsoWeek.of(day)
    for kind in ("month", "quarter", "year"):
        period = Period.holding(kind, week)
        assert period.contains(week)
        assert not period.next().contains(week) and not period.previous().contains(week)
        assert period.next().first_week() == period.last_week() + 1  # no gaps, no overlaps
    year = Period.holding("year", week)
    months = [w for m in range(1, 13) for w in Period(year.year, "month", m).weeks()]
    assert (
        months
        == list(year.weeks())
        == [IsoWeek(year.year, n) for n in range(1, weeks_in_year(year.year) + 1)]
    )


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_the_last_complete_period_is_over_and_the_next_is_not(day):
    current = IsoWeek.of(day)
    for kind in ("month", "quarter", "year"):
        done = last_complete(kind, current)
        assert done.last_week() < current <= done.next().last_week()


def test_the_periods_offered_run_from_the_first_checkin_to_now():
    offered = periods_to_offer("quarter", IsoWeek(2025, 50), NOW)
    assert [str(p) for p in offered] == ["2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4"]
    assert [str(p) for p in periods_to_offer("year", None, NOW)] == ["2026", "2025"]


# --- a small profile, worked out by hand -----------------------------------------------------


@pytest.fixture
def filled(db):
    """Q3 2026 is W27–W39. Check-ins in W27, W33 and W39 inside it; W26 and W40 outside.

    LinkedIn: W27 2 posts, 3 comments, 5 reactions, 30 min; W33 1 comment; W39 1 post
    → 3 posts, 4 comments, 0 shares, 5 reactions, 30 minutes, used 3 weeks.
    Mastodon: W27 didn't use it; W39 4 comments, 2 reactions → used 1 week, 1 week not.
    Goal "Share what I learn" (at least 2 posts on LinkedIn from W27), paused W35–W36:
    W27 met (2), W33 missed (0), W39 partly (1); paused 2; no data in the other 8 weeks.
    """
    linkedin = networks.add_preset("linkedin")
    mastodon = networks.add_preset("mastodon")
    record_checkin(
        CheckIn(
            W(27),
            workload=4,
            energy=2,
            context=("deadline",),
            entries=(
                Entry(
                    linkedin.id,
                    posts=2,
                    comments=3,
                    reactions=5,
                    minutes=30,
                    roles=Roles(50, 30, 20),
                    note=ODD,
                ),
                Entry(mastodon.id, unused=True),
            ),
            answers=(Answer("What got traction?", f"{ODD}\nA second line."),),
        )
    )
    record_checkin(CheckIn(W(33), workload=3, entries=(Entry(linkedin.id, posts=0, comments=1),)))
    record_checkin(
        CheckIn(
            W(39),
            workload=2,
            energy=4,
            entries=(Entry(linkedin.id, posts=1), Entry(mastodon.id, comments=4, reactions=2)),
        )
    )
    for outside in (W(26), W(40)):
        record_checkin(
            CheckIn(
                outside,
                workload=5,
                entries=(Entry(linkedin.id, posts=9),),
                answers=(Answer("What got traction?", f"OUTSIDE {outside}"),),
            )
        )
    goal = goals.save_goal(
        GoalDraft("Share what I learn", "count", W(27), linkedin.id, None, "posts", "at_least", 2)
    )
    goals.pause(goal.id, W(35), W(36))
    return linkedin, mastodon


def test_the_report_adds_up_the_period_and_nothing_outside_it(filled):
    report = collect_report(Period.parse("2026-Q3"), NOW)

    assert report.weeks == tuple(IsoWeek(2026, n) for n in range(27, 40))
    assert report.checked_in == (W(27), W(33), W(39))
    assert not report.so_far
    assert report.workload == 3.0  # (4 + 3 + 2) / 3
    assert report.energy == 3.0  # (2 + 4) / 2
    assert report.context == (("deadline", 1),)
    linkedin, mastodon = report.networks
    assert (linkedin.name, linkedin.posts, linkedin.comments, linkedin.shares) == (
        "LinkedIn",
        3,
        4,
        0,
    )
    assert (linkedin.reactions, linkedin.minutes, linkedin.weeks_used, linkedin.actions) == (
        5,
        30,
        3,
        12,
    )
    assert (linkedin.creator, linkedin.mostly(), linkedin.role_weeks) == (50, "creator", 1)
    assert (mastodon.comments, mastodon.reactions, mastodon.minutes) == (4, 2, None)
    assert (mastodon.weeks_used, mastodon.weeks_unused) == (1, 1)
    (goal,) = report.goals
    assert (goal.met, goal.partly, goal.missed, goal.paused, goal.no_data) == (1, 1, 1, 2, 8)
    assert goal.words() == (
        "met in 1 of 3 weeks, partly in 1, not yet in 1; paused for 2 weeks; no data in 8 weeks"
    )
    assert goal.description == "At least 2 posts a week on LinkedIn"
    assert [w.week for w in report.words] == [W(27)]
    headings = [w.heading for w in report.words[0].words]
    assert headings == ["What got traction?", "Note on LinkedIn"]
    assert report.words[0].words[0].text == f"{ODD}\nA second line."
    assert report.summary() == (
        "3 check-ins in 13 weeks · 1 goal · 0 insights · 2 reflections and notes"
    )


def test_markdown_keeps_the_words_verbatim_and_links_the_charts_beside_it(filled, tmp_path):
    report = collect_report(Period.parse("2026-Q3"), NOW)
    out = tmp_path / "q3.md"
    written = write_files(markdown_files(report, {"ebb-flow": PNG, "participation": PNG}, out))

    assert written == [out, tmp_path / "q3-ebb-flow.png", tmp_path / "q3-participation.png"]
    text = out.read_text()
    assert f"> {ODD}\n> A second line." in text
    assert "![Ebb and flow](q3-ebb-flow.png)" in text
    assert "![Participation mix](q3-participation.png)" in text
    assert "- Check-ins: 3 of 13 weeks." in text
    assert (
        "| Share what I learn | LinkedIn | At least 2 posts a week on LinkedIn | met in 1 of 3"
        in text
    )
    assert "| LinkedIn | 3 | 4 | 0 | 5 | 30 | 3 |" in text
    assert "OUTSIDE" not in text and "2026-W40" not in text and "2026-W26" not in text
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert chart_file(out, "ebb-flow").read_bytes().startswith(b"\x89PNG")
    assert not list(tmp_path.glob("*.partial"))


def test_html_escapes_the_words_and_carries_its_charts_inside(filled, tmp_path):
    report = collect_report(Period.parse("2026-Q3"), NOW)
    out = tmp_path / "q3.html"
    write_files(html_files(report, {"ebb-flow": PNG, "participation": PNG}, out))
    text = out.read_text()

    escaped = (
        "I wrote &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &lt;script&gt;x&lt;/script&gt;"
    )
    assert f"{escaped}<br>A second line." in text
    assert "<b>bold</b>" not in text and "<script>" not in text
    assert text.count('src="data:image/png;base64,iVBORw0KGgo') == 2  # the PNG signature
    assert not re.search(r'src="(?!data:)', text)  # nothing outside the file
    assert "OUTSIDE" not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_period_without_checkins_is_a_kind_report_not_an_error(filled):
    report = collect_report(Period.parse("2026-01"), NOW)
    assert report.checked_in == () and report.words == ()
    text = render_markdown(report, {})
    assert "There are no check-ins for these weeks. That is fine" in text
    assert "![" not in text
    assert "No goals ran in these weeks." in text
    assert "Insights need a few weeks of check-ins to go on." in text
    assert "<img" not in render_html(report, {})


def test_the_running_period_is_reported_so_far(filled):
    report = collect_report(Period.parse("2026-Q4"), NOW)
    assert report.so_far and report.weeks[-1] == NOW and report.checked_in == (W(40),)
    assert "covers its weeks so far" in render_markdown(report, {})


def test_a_period_still_to_come_is_refused(filled):
    with pytest.raises(ReflectError, match="2027-Q1 has not begun yet"):
        collect_report(Period.parse("2027-Q1"), NOW)


def test_a_report_that_cannot_be_written_leaves_nothing_behind(filled, tmp_path):
    report = collect_report(Period.parse("2026-Q3"), NOW)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "q3.md").write_text("an older report")
    (folder / "q3-ebb-flow.png.partial").mkdir()  # in the way of the chart's partial file
    files = markdown_files(report, {"ebb-flow": PNG}, folder / "q3.md")
    with pytest.raises(ReflectError, match=r"could not write the report to .*q3-ebb-flow\.png"):
        write_files(files)
    assert sorted(p.name for p in folder.iterdir()) == ["q3-ebb-flow.png.partial", "q3.md"]
    assert (folder / "q3.md").read_text() == "an older report"  # untouched, no .partial
    with pytest.raises(ReflectError, match="there is no folder"):
        write_files({tmp_path / "nowhere" / "q3.md": b"x"})


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_said_in_words(filled, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(ReflectError, match="Reflect cannot write there"):
            write_files({folder / "q3.md": b"text"})
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_the_days_of_the_period_are_named(filled):
    report = collect_report(Period.parse("2026-Q3"), NOW)
    text = render_markdown(report, {})
    first = W(27).monday()
    assert first == date(2026, 6, 29) and W(39).sunday() == first + timedelta(weeks=13, days=-1)
    assert "13 weeks: 2026-W27 to 2026-W39, 29 Jun 2026 – 27 Sep 2026." in text
