"""The weekly reminder in the window, driven by a clock the test moves: no waiting."""

from __future__ import annotations

from datetime import datetime, timedelta

from reflect.checkins import CheckIn, Entry, record_checkin
from reflect.reminders import ReminderSettings
from ui.checkin.checkin_dialog import CheckInDialog
from ui.reminders.reminder_controller import INTERVAL_MS


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def monday_of(week) -> datetime:
    return datetime.combine(week.monday(), datetime.min.time())


def start_with_clock(start, clock: Clock):
    session, data = start()
    desktop = session.desktop
    desktop.reminders._clock = clock  # the same object the app builds, with a test clock
    desktop.start(theme=False, tray=False)
    return session, data, desktop


def test_the_banner_offers_the_checkin_from_sunday_evening(qtbot, start, this_week):
    clock = Clock(monday_of(this_week) + timedelta(days=6, hours=17))  # Sunday 17:00
    session, _data, desktop = start_with_clock(start, clock)
    banner = desktop.presenter.banner
    assert desktop.reminders.timer.interval() == INTERVAL_MS and desktop.reminders.timer.isActive()
    assert not banner.isVisible()
    clock.now += timedelta(hours=1)  # 18:00, the default
    with qtbot.waitSignal(desktop.reminders.reminder_due, timeout=5000):
        desktop.reminders.evaluate()
    assert banner.isVisible()
    assert str(this_week) in banner.text.text()

    banner.later.click()  # later today: gone for three hours
    assert not banner.isVisible()
    clock.now += timedelta(hours=2, minutes=59)
    desktop.reminders.evaluate()
    assert not banner.isVisible()
    clock.now += timedelta(minutes=1)
    with qtbot.waitSignal(desktop.reminders.reminder_due, timeout=5000):
        desktop.reminders.evaluate()
    assert banner.isVisible()

    banner.skip.click()  # skip this week: quiet until next Sunday, also after a restart
    assert not banner.isVisible()
    assert session.settings.reminder_state().skipped_week == this_week


def test_check_in_now_opens_the_checkin_and_saving_it_ends_the_reminder(qtbot, start, this_week):
    clock = Clock(monday_of(this_week) + timedelta(days=6, hours=19))
    session, data, desktop = start_with_clock(start, clock)
    banner = desktop.presenter.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    banner.check_in.click()
    qtbot.waitUntil(lambda: session.window.checkin.dialog is not None, timeout=5000)
    dialog = session.window.checkin.dialog
    assert isinstance(dialog, CheckInDialog) and dialog.owner is session.window
    qtbot.waitUntil(lambda: str(this_week) in dialog.week_label.text(), timeout=5000)
    dialog.close()
    with qtbot.waitSignal(desktop.reminders.reminder_cleared, timeout=5000):
        session.runner.run_op(
            lambda: record_checkin(CheckIn(this_week, 2, entries=(Entry(data.blog.id, posts=1),))),
            session.window.checkin.checkin_saved.emit,
        )
    assert not banner.isVisible()


def test_a_week_already_checked_in_or_a_switched_off_reminder_shows_nothing(
    qtbot, start, this_week
):
    session, data = start()
    session.runner.run_op(
        lambda: record_checkin(CheckIn(this_week, 2, entries=(Entry(data.blog.id, posts=1),))),
        lambda _c: None,
    )
    clock = Clock(monday_of(this_week) + timedelta(days=6, hours=20))
    desktop = session.desktop
    desktop.reminders._clock = clock
    desktop.start(theme=False, tray=False)
    done = []
    session.runner.run_op(lambda: None, done.append)  # after the reminder's own question
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert desktop.reminders.showing is None and not desktop.presenter.banner.isVisible()

    session.settings.set_reminder(ReminderSettings(enabled=False))
    clock.now += timedelta(days=7)  # next week, no check-in, but switched off
    desktop.reminders.evaluate()
    assert desktop.reminders.showing is None


def test_the_timer_asks_again_by_itself(qtbot, start, this_week):
    clock = Clock(monday_of(this_week) + timedelta(days=6, hours=18))
    _session, _data, desktop = start_with_clock(start, clock)
    qtbot.waitUntil(lambda: desktop.reminders.showing is not None, timeout=5000)
    desktop.reminders.later_today()
    clock.now += timedelta(hours=4)
    with qtbot.waitSignal(desktop.reminders.reminder_due, timeout=5000):
        desktop.reminders.timer.setInterval(10)  # a tick now rather than in a minute


def test_a_profile_without_networks_is_not_reminded(qtbot, start, this_week):
    """A new user still in the welcome has nothing to check in about: no banner yet."""
    session, _data = start(data=False)
    clock = Clock(monday_of(this_week) + timedelta(days=6, hours=20))
    desktop = session.desktop
    desktop.reminders._clock = clock
    desktop.reminders.start()
    done = []
    session.runner.run_op(lambda: None, done.append)  # after the reminder's own question
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert desktop.reminders.showing is None
