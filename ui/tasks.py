"""One worker thread for every service call, with results handed back on the UI thread.

SQLite has one writer, so there is exactly one worker; peewee gives it its own connection
the first time it queries. A task's callback runs on the UI thread (delivered through a
queued signal) and calls ``future.result()`` there, so an error raised by the service
surfaces on the UI thread, where the exception hook logs it and shows its sentence.
Modelled on Anki's ``QueryOp`` and ``taskman``.

A ``gate`` (opening the database, with its check, once the window has first painted) runs on
the worker before its first task: no task touches the database until the file is open and
known to be sound. When the gate raises, ``gate_failed`` says so on the UI thread and no task
ever runs.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)

_STOP = object()


class _Last:
    """``shutdown``'s last call: it runs even when the gate kept every other task out."""

    def __init__(self, call: Callable[[], object]):
        self.call = call


class TaskRunner(QObject):
    """Runs callables on a single worker thread; ``run`` returns at once."""

    _result_ready = Signal(object)
    _gate_refused = Signal(object)
    busy_changed = Signal(bool)
    gate_failed = Signal(object)  # what the gate raised: no task will run

    def __init__(
        self,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QObject | None = None,
        *,
        gate: Callable[[], object] | None = None,
    ):
        super().__init__(parent)
        self._on_error = on_error or _log_error
        self._gate = gate
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._pending = 0
        self._closed = False
        self._result_ready.connect(self._on_result_ready, Qt.ConnectionType.QueuedConnection)
        self._gate_refused.connect(self._on_gate_refused, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._work, name="reflect-worker", daemon=True)
        self._thread.start()

    def run(
        self, task: Callable[[], T], on_done: Callable[[Future[T]], None] | None = None
    ) -> Future[T]:
        """Run ``task`` on the worker; then ``on_done(future)`` on the UI thread."""
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        future: Future[T] = Future()
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._queue.put((task, future, on_done))
        return future

    def run_op(
        self,
        task: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """Like ``run``, for the common case: success gets the value; a failure goes to
        ``on_failure`` when given, or else on to the exception hook."""

        def done(future: Future[T]) -> None:
            try:
                value = future.result()
            except Exception as error:
                if on_failure is None:
                    raise
                on_failure(error)
                return
            on_success(value)

        return self.run(task, done)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def is_shut_down(self) -> bool:
        """After ``shutdown``: ``run`` refuses new tasks."""
        return self._closed

    def shutdown(self, last: Callable[[], object] | None = None) -> None:
        """Cancel what has not started, run ``last`` on the worker, and wait for it to end.

        ``last`` is where the worker closes its own database connection. Results that
        arrive after this are dropped: the window they were for is going away.
        """
        if self._closed:
            return
        self._closed = True
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not _STOP:
                item[1].cancel()
        if last is not None:
            self._queue.put(_Last(last))
        self._queue.put(_STOP)
        self._thread.join()

    def _work(self) -> None:
        refused = False
        if self._gate is not None:
            try:
                self._gate()
            except BaseException as error:
                self._gate_refused.emit(error)
                refused = True  # from now on every task is cancelled as it comes
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, _Last):  # shutdown's last call runs even after a refusal
                _run_last(item)
            elif refused:
                item[1].cancel()
            else:
                self._run_task(*item)

    def _run_task(self, task, future: Future, on_done) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(task())
        except BaseException as error:
            future.set_exception(error)
            if on_done is None:
                log.error("A background task failed", exc_info=error)
        if not self._closed:
            self._result_ready.emit((future, on_done))

    def _on_gate_refused(self, error: BaseException) -> None:
        if not self._closed:
            self.gate_failed.emit(error)

    def _on_result_ready(self, item: tuple[Future, Callable[[Future], None] | None]) -> None:
        if self._closed:
            return
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        future, on_done = item
        if on_done is None:
            return
        try:
            on_done(future)
        except Exception as error:
            self._on_error(error)


def _run_last(item: _Last) -> None:
    try:
        item.call()
    except Exception as error:
        log.error("The worker's last call failed", exc_info=error)


def _log_error(error: BaseException) -> None:
    log.error("A task's callback failed", exc_info=error)
