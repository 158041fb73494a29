"""Import activity: which platform, which file, which network. It collects one
``ImportRequest`` and writes nothing; ``ImportFlow`` runs the import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.importers import PLATFORMS, ImportRequest, network_choices, request_problems
from reflect.networks import Network
from ui.forms import DIALOG_STYLE, ProblemLabels, add_row, combo, select_data

INTRO = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Reflect counts what you really did — posts, comments and replies, shares, reactions, "
    "or minutes — from the export a network gives you, and shows it beside what you report. "
    "The file is read here and never leaves this computer.",
)


class ImportDialog(QDialog):
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        networks: Sequence[Network],
        start: ImportRequest | None = None,
    ) -> ImportRequest | None:
        dialog = cls(parent, networks, start)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def __init__(
        self,
        parent: QWidget | None,
        networks: Sequence[Network],
        start: ImportRequest | None = None,
    ):
        super().__init__(parent)
        self._networks = tuple(networks)
        start = start or ImportRequest("x", "")
        self.setWindowTitle(self.tr("Import activity"))
        self.setObjectName("importDialog")
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(600)
        self.problems = ProblemLabels()

        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        self.platform = combo([(p.name, p.key) for p in PLATFORMS.values()], self)
        select_data(self.platform, start.platform)
        self.how = QLabel()
        self.how.setObjectName("muted")
        self.how.setWordWrap(True)
        self.path = QLineEdit(start.path)
        self.path.setPlaceholderText(self.tr("The file you downloaded"))
        self.path.setClearButtonEnabled(True)
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAutoDefault(False)
        self.what = QLabel()
        self.what.setObjectName("muted")
        self.what.setWordWrap(True)
        self.network = combo([], self)
        self.network_hint = QLabel()
        self.network_hint.setObjectName("muted")
        self.network_hint.setWordWrap(True)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        form.setVerticalSpacing(14)
        add_row(form, self.tr("&Platform"), self.platform, self.platform)
        add_row(
            form,
            self.tr("&File"),
            _with_hints(file_row, self.what, self.how, self.problems.label(["path", "platform"])),
            self.path,
        )
        add_row(
            form, self.tr("&Network"), _with_hints(self.network, self.network_hint), self.network
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.platform.currentIndexChanged.connect(self._on_platform_current_index_changed)
        self.path.textChanged.connect(self._on_path_text_changed)
        self.choose.clicked.connect(self._on_choose_clicked)
        self._on_platform_current_index_changed()
        if start.network_id:
            select_data(self.network, start.network_id)
        self._update_problems()

    def value(self) -> ImportRequest:
        return ImportRequest(
            self.platform.currentData(),
            str(Path(self.path.text().strip()).expanduser()) if self.path.text().strip() else "",
            self.network.currentData(),
        )

    def network_labels(self) -> list[str]:
        return [self.network.itemText(i) for i in range(self.network.count())]

    # -- slots ----------------------------------------------------------------------------

    def _on_platform_current_index_changed(self, _index: int = 0) -> None:
        platform = PLATFORMS[self.platform.currentData()]
        self.how.setText(platform.how)
        self.what.setText(platform.what)
        self.network.clear()
        for choice in network_choices(platform.key, self._networks):
            self.network.addItem(choice.label, choice.network_id)
        self.network.setCurrentIndex(0)
        if platform.key == "activitywatch":
            self.network_hint.setText(
                self.tr(
                    "Minutes count on the host names a network has (like linkedin.com); "
                    "change them in Networks."
                )
            )
        else:
            self.network_hint.setText("")
        self.network_hint.setVisible(bool(self.network_hint.text()))
        self.network.setEnabled(self.network.count() > 0)
        self._update_problems()

    def _on_path_text_changed(self, _text: str) -> None:
        self._update_problems()

    def _on_choose_clicked(self) -> None:
        platform = PLATFORMS[self.platform.currentData()]
        patterns = " ".join(f"*.{suffix}" for suffix in platform.suffixes)
        start = self.path.text().strip() or str(Path.home() / "Downloads")
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your {name} export").format(name=platform.name),
            start,
            self.tr("{name} export ({patterns});;All files (*)").format(
                name=platform.name, patterns=patterns
            ),
        )
        if chosen:
            self.path.setText(chosen)

    def _update_problems(self) -> None:
        request = self.value()
        problems = request_problems(request)
        # An empty field is not an error yet: it only keeps Import disabled.
        self.problems.show(p for p in problems if p.code != "no_file")
        no_network = self.network.count() == 0
        self.ok_button.setEnabled(not problems and not no_network)
        if no_network:
            self.network_hint.setText(
                self.tr("There is no network to count into yet: add one in Networks first.")
            )
            self.network_hint.setVisible(True)


def _with_hints(field: QWidget | QHBoxLayout, *hints: QLabel) -> QVBoxLayout:
    """A field with its explanations right under it."""
    column = QVBoxLayout()
    column.setSpacing(4)
    if isinstance(field, QWidget):
        column.addWidget(field)
    else:
        column.addLayout(field)
    for hint in hints:
        column.addWidget(hint)
    return column
