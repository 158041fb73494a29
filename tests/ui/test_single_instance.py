"""One window per profile: a second start reaches the first."""

from __future__ import annotations

from ui.single_instance import SingleInstance, server_name


def test_names_are_per_profile(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert server_name(a) == server_name(tmp_path / "x" / ".." / "a")
    assert server_name(a) != server_name(b)


def test_a_second_instance_reaches_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "profile")
    first.listen()
    try:
        second = SingleInstance(tmp_path / "profile")
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert second.notify_running()
        other = SingleInstance(tmp_path / "another")
        assert not other.notify_running(timeout_ms=200)
    finally:
        first.close()


def test_nobody_answers_when_nobody_listens(qapp, tmp_path):
    assert not SingleInstance(tmp_path / "profile").notify_running(timeout_ms=200)
