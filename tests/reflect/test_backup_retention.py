"""The automatic backups keep as many daily and weekly copies as the user chose."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from reflect import backups
from reflect.backups import prune, run_automatic_backup
from reflect.db import backup_name


def _old_daily(profile, days_ago: int) -> None:
    moment = datetime(2026, 11, 22, 12, tzinfo=UTC) - timedelta(days=days_ago)
    profile.backups_dir.mkdir(parents=True, exist_ok=True)
    (profile.backups_dir / backup_name("daily", moment)).write_bytes(b"x")


def test_prune_keeps_the_chosen_number_of_days_and_weeks(db, profile):
    for days_ago in range(40):
        _old_daily(profile, days_ago)
    prune(profile, keep_daily=3, keep_weekly=2)
    left = [b.made_at.date() for b in backups.backups(profile)]
    assert left[:3] == [date(2026, 11, 22), date(2026, 11, 21), date(2026, 11, 20)]
    assert len(left) == 5  # three days, then the newest of each of two older weeks


def test_the_automatic_backup_prunes_with_the_counts_given(db, profile):
    for days_ago in range(1, 20):
        _old_daily(profile, days_ago)
    made = run_automatic_backup(db, profile, date.today(), keep_daily=2, keep_weekly=0)
    assert made is not None
    assert len(backups.backups(profile)) == 2
