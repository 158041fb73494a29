"""Data and small helpers the UI tests share."""

from __future__ import annotations

from dataclasses import dataclass

from reflect import goals, networks
from reflect.checkins import Answer, CheckIn, Entry, Roles, record_checkin
from reflect.goals import GoalDraft
from reflect.weeks import IsoWeek


@dataclass(frozen=True)
class Data:
    week: IsoWeek
    linkedin: networks.Network
    mastodon: networks.Network
    blog: networks.Network


def fill(week: IsoWeek) -> Data:
    """Check-ins for the three weeks before ``week`` and the fifth before; none for the
    fourth or for ``week`` itself.

    Week − 1: LinkedIn 2 posts + 5 comments + 12 reactions = 19 actions (45 min),
    Mastodon 4 comments + 3 reactions = 7, Blog 1 post = 1; workload 4 (heavy).
    Week − 2: LinkedIn 1 post; Mastodon unused; workload 2.
    Week − 3: LinkedIn 4 reactions; workload 5.   Week − 5: Mastodon 6 comments, Blog 2
    posts; workload 3.
    """
    linkedin = networks.add_preset("linkedin")
    mastodon = networks.add_preset("mastodon")
    blog = networks.add_preset("blog")
    record_checkin(
        CheckIn(
            week - 1,
            workload=4,
            energy=3,
            context=("deadline", "travel"),
            entries=(
                Entry(linkedin.id, posts=2, comments=5, reactions=12, minutes=45),
                Entry(mastodon.id, comments=4, reactions=3, roles=Roles(10, 60, 30)),
                Entry(blog.id, posts=1),
            ),
            answers=(
                Answer(
                    "What got traction?",
                    "Shared the migration write-up; people asked good questions.\nMore.",
                ),
            ),
        )
    )
    record_checkin(
        CheckIn(
            week - 2,
            workload=2,
            entries=(Entry(linkedin.id, posts=1), Entry(mastodon.id, unused=True)),
        )
    )
    record_checkin(CheckIn(week - 3, workload=5, entries=(Entry(linkedin.id, reactions=4),)))
    record_checkin(
        CheckIn(
            week - 5,
            workload=3,
            entries=(Entry(mastodon.id, comments=6), Entry(blog.id, posts=2)),
        )
    )
    start = week - 8
    goals.save_goal(
        GoalDraft("Share what I learn", "count", start, linkedin.id, None, "posts", "at_least", 2)
    )
    goals.save_goal(
        GoalDraft("Less scrolling", "count", start, mastodon.id, None, "minutes", "at_most", 60)
    )
    goals.save_goal(GoalDraft("Promote others' work", "free", start))
    paused = goals.save_goal(
        GoalDraft("Write, don't just read", "role", start, blog.id, role="creator", target=60)
    )
    goals.set_status(paused.id, "paused", week - 1)
    return Data(week, linkedin, mastodon, blog)


def show(qtbot, window, key: str):
    """Go to a page and wait until it has loaded its data."""
    page = window.pages[key]
    with qtbot.waitSignal(page.data_loaded, timeout=5000):
        window.show_page(key) if window.current_page_key() != key else page.refresh()
    return page


def model_texts(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def plain(label) -> str:
    """A rich-text label's text as a reader sees it (no markup, ordinary spaces)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText().replace("\u00a0", " ")
