"""The task runner: one worker thread, results and errors back on the UI thread."""

from __future__ import annotations

import threading

import pytest

from reflect.errors import NotFound
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    errors: list[BaseException] = []
    task_runner = TaskRunner(on_error=errors.append)
    task_runner.errors = errors
    yield task_runner
    task_runner.shutdown()


def test_tasks_run_on_one_worker_and_results_come_back_on_the_ui_thread(qtbot, runner):
    ui_thread = threading.get_ident()
    ran_on: list[int] = []
    delivered: list[tuple[int, int]] = []

    def task(n: int):
        ran_on.append(threading.get_ident())
        return n * n

    for n in range(5):
        runner.run_op(lambda n=n: task(n), lambda v: delivered.append((v, threading.get_ident())))
    qtbot.waitUntil(lambda: len(delivered) == 5)
    assert [v for v, _ in delivered] == [0, 1, 4, 9, 16]  # in order
    assert {t for _, t in delivered} == {ui_thread}
    assert len(set(ran_on)) == 1 and ran_on[0] != ui_thread


def test_an_error_surfaces_on_the_ui_thread_through_future_result(qtbot, runner):
    def fail():
        raise NotFound("goal", "x")

    runner.run_op(fail, lambda _: pytest.fail("no value expected"))
    qtbot.waitUntil(lambda: bool(runner.errors))
    assert str(runner.errors[0]) == "No goal with id x."


def test_run_op_hands_a_failure_to_its_own_handler(qtbot, runner):
    failures: list[BaseException] = []
    runner.run_op(lambda: 1 / 0, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ZeroDivisionError) and runner.errors == []


def test_busy_while_tasks_are_pending(qtbot, runner):
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    runner.run(lambda: None, lambda f: f.result())
    assert runner.busy
    qtbot.waitUntil(lambda: states == [True, False])
    assert not runner.busy


def test_shutdown_runs_the_last_call_on_the_worker(qtbot, runner):
    worker: list[int] = []
    first = runner.run(lambda: worker.append(threading.get_ident()))
    qtbot.waitUntil(first.done)
    last: list[int] = []
    runner.shutdown(last=lambda: last.append(threading.get_ident()))
    assert last == worker and last[0] != threading.get_ident()
    with pytest.raises(RuntimeError):
        runner.run(lambda: None)


def test_no_task_runs_before_the_gate_opens(qtbot, qapp):
    opened = threading.Event()
    ran: list[str] = []
    runner = TaskRunner(gate=opened.wait)
    try:
        runner.run_op(lambda: ran.append("read"), lambda _: None)
        runner.run_op(lambda: ran.append("write"), lambda _: None)
        qapp.processEvents()
        assert ran == [] and runner.busy  # waiting for the verdict, in order
        opened.set()
        qtbot.waitUntil(lambda: not runner.busy)
        assert ran == ["read", "write"]
    finally:
        runner.shutdown()


def test_a_failed_gate_runs_no_task_and_says_why_on_the_ui_thread(qtbot, qapp):
    release = threading.Event()
    refusal = NotFound("check-in", "the file is damaged")

    def gate():
        release.wait()
        raise refusal

    ran: list[str] = []
    closed: list[str] = []
    runner = TaskRunner(gate=gate)
    runner.run_op(lambda: ran.append("draft"), lambda _: ran.append("delivered"))
    with qtbot.waitSignal(runner.gate_failed) as failed:
        release.set()
    assert failed.args == [refusal]
    runner.run_op(lambda: ran.append("later"), lambda _: None)  # refused as it comes
    runner.shutdown(last=lambda: closed.append("connection closed"))
    assert ran == [] and closed == ["connection closed"]  # the last call still runs
