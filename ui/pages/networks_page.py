"""Networks: where you take part, why, and for whom; each with its charter.

Add from a preset or from scratch, edit (with the charter), archive or bring back, reorder,
and remove one added by mistake (one with history can only be archived). Every change is a
service call on the task runner, one transaction each.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from reflect import network_editor, networks, overview
from reflect.network_editor import NetworkForm
from reflect.networks import Network
from ui.models.network_table_model import NetworkTableModel
from ui.networks.network_dialog import NetworkDialog
from ui.networks.preset_dialog import PresetDialog
from ui.pages.page_parts import action_row, button
from ui.pages.table_page import TablePage
from ui.tasks import TaskRunner
from ui.widgets import muted_label

HAS_HISTORY = QT_TRANSLATE_NOOP(
    "NetworksPage", "It has history, so it can only be archived: archiving keeps everything."
)


class NetworksPage(TablePage):
    network_saved = Signal(object)  # the Network as saved

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(
            runner,
            NetworkTableModel(),
            self.tr("Networks"),
            self.tr(
                "The places you take part in, each with its own purpose, audience and charter: "
                "your own policy for it."
            ),
            self.tr(
                "No networks yet. Add the places you take part in, each with a line on why "
                "you are there."
            ),
            parent,
        )
        self._select_id: str | None = None
        self.set_column_modes(stretch=(3,), widths={0: 170})
        self.add = button(self.tr("Add network…"), self._on_add_clicked)
        self.edit = button(self.tr("Edit and charter…"), self._on_edit_clicked)
        self.move_up = button(self.tr("Move up"), lambda: self._on_move_clicked(-1))
        self.move_down = button(self.tr("Move down"), lambda: self._on_move_clicked(1))
        self.move_up.setShortcut(QKeySequence("Ctrl+Up"))
        self.move_down.setShortcut(QKeySequence("Ctrl+Down"))
        self.move_up.setToolTip("Ctrl+Up")
        self.move_down.setToolTip("Ctrl+Down")
        self.archive = button(self.tr("Archive"), self._on_archive_clicked)
        self.remove = button(self.tr("Remove"), self._on_remove_clicked)
        self.message = muted_label()
        self.message.hide()
        layout = self.layout()
        layout.insertLayout(
            1,
            action_row(
                [self.add, self.edit, self.move_up, self.move_down],
                [self.archive, self.remove],
            ),
        )
        layout.insertWidget(2, self.message)
        self.view.activated.connect(self._on_edit_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    def load(self):
        return overview.network_rows

    def rows_shown(self) -> None:
        row = self.model.row_of(self._select_id) if self._select_id else None
        if row is not None:
            self.view.selectRow(row)
        self._on_selection_changed()

    def selected(self) -> overview.NetworkRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection_changed(self, *_args) -> None:
        row = self.selected()
        index = self.model.row_of(row.network.id) if row else None
        self.edit.setEnabled(row is not None)
        self.move_up.setEnabled(index is not None and index > 0)
        self.move_down.setEnabled(index is not None and index < self.model.rowCount() - 1)
        self.archive.setEnabled(row is not None)
        self.archive.setText(
            self.tr("Bring back") if row and row.network.archived else self.tr("Archive")
        )
        self.remove.setEnabled(row is not None and not row.has_history)
        self.remove.setToolTip(self.tr(HAS_HISTORY) if row and row.has_history else "")

    # -- adding and editing ---------------------------------------------------------------

    def _on_add_clicked(self) -> None:
        start = PresetDialog.ask(self, [r.network.name for r in self.model.rows()])
        if start is not None:
            self._open_editor(lambda: network_editor.network_form(None, start))

    def _on_edit_clicked(self, *_args) -> None:
        row = self.selected()
        if row is not None:
            network_id = row.network.id
            self._open_editor(lambda: network_editor.network_form(network_id))

    def open_charter(self, network_id: str) -> None:
        """The network's editor on its charter (a search hit asked)."""
        self._select_id = network_id
        self._open_editor(lambda: network_editor.network_form(network_id), charter=True)

    def _open_editor(self, load: Callable[[], NetworkForm], charter: bool = False) -> None:
        self._runner.run_op(load, lambda form: self._on_form_loaded(form, charter))

    def _on_form_loaded(self, form: NetworkForm, charter: bool = False) -> None:
        edit = NetworkDialog.ask(self, form, charter=charter)
        if edit is None:
            return
        self._change(
            lambda: network_editor.save_network_edit(edit),
            (self.tr("Saved {name}.") if form.draft.id else self.tr("Added {name}.")).format(
                name=edit.draft.name
            ),
        )

    # -- archive, order, remove -----------------------------------------------------------

    def _on_archive_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        network, archive = row.network, not row.network.archived
        words = (
            self.tr("Archived {name}. Its history stays; it is left out of new check-ins.").format(
                name=network.name
            )
            if archive
            else self.tr("{name} is back, in each check-in again.").format(name=network.name)
        )
        self._change(lambda: networks.set_archived(network.id, archive), words)

    def _on_move_clicked(self, step: int) -> None:
        row = self.selected()
        if row is None:
            return
        ids = [r.network.id for r in self.model.rows()]
        index = ids.index(row.network.id)
        other = index + step
        if not 0 <= other < len(ids):
            return
        ids[index], ids[other] = ids[other], ids[index]
        self._select_id = row.network.id
        self._runner.run_op(lambda: networks.reorder(ids), lambda _: self.refresh())

    def _on_remove_clicked(self) -> None:
        row = self.selected()
        if row is None or row.has_history:
            return
        network = row.network

        def remove() -> Network:
            networks.remove_network(network.id)
            return network

        self._change(remove, self.tr("Removed {name}.").format(name=network.name), select=False)

    def _change(self, task: Callable[[], Network], message: str, select: bool = True) -> None:
        def done(network: Network) -> None:
            self._select_id = network.id if select else None
            self.message.setText(message)
            self.message.show()
            self.network_saved.emit(network)
            self.refresh()

        self._runner.run_op(task, done)
