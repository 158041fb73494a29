"""Add a network: pick a ready-made one (X, LinkedIn, …) or start from scratch."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflect.networks import PRESETS, NetworkDraft
from ui.forms import DIALOG_STYLE
from ui.text import NETWORK_KIND_WORDS, tr
from ui.theme import scaled

SCRATCH = QT_TRANSLATE_NOOP("PresetDialog", "Start from scratch")


def dot(colour: str, size: int = 28) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(3, 3, size - 6, size - 6)
    painter.end()
    return QIcon(pixmap)


class PresetDialog(QDialog):
    """Collects the draft a new network starts from; presets already added are greyed out."""

    @classmethod
    def ask(cls, parent: QWidget | None, taken: Iterable[str]) -> NetworkDraft | None:
        dialog = cls(parent, taken)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def __init__(self, parent: QWidget | None, taken: Iterable[str]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a network"))
        self.setObjectName("presetDialog")
        self.setStyleSheet(scaled(DIALOG_STYLE))
        self.setMinimumSize(500, 520)
        names = {name.casefold() for name in taken}
        intro = QLabel(
            self.tr(
                "Where else do you take part? Pick one to start from; you can change everything "
                "on the next page."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setIconSize(QSize(22, 22))
        self.list.setSpacing(2)
        scratch = QListWidgetItem(
            self.tr("{scratch}\nA forum, a group, a newsletter: any place at all.").format(
                scratch=self.tr(SCRATCH)
            )
        )
        scratch.setData(Qt.ItemDataRole.UserRole, NetworkDraft(""))
        self.list.addItem(scratch)
        for preset in PRESETS.values():
            draft = replace(  # the user's language, saved as they see it
                preset,
                name=QCoreApplication.translate("Network", preset.name),
                purpose=QCoreApplication.translate("Network", preset.purpose),
            )
            kind = tr(NETWORK_KIND_WORDS.get(draft.kind, draft.kind))
            words = self.tr("{name}  ·  {kind}, {audience}\n{purpose}").format(
                name=draft.name,
                kind=kind,
                audience=QCoreApplication.translate("Words", draft.audience),
                purpose=draft.purpose,
            )
            item = QListWidgetItem(dot(draft.colour), words)
            item.setData(Qt.ItemDataRole.UserRole, draft)
            item.setToolTip(draft.purpose)
            if {draft.name.casefold(), preset.name.casefold()} & names:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(self.tr("{name}  ·  already added").format(name=draft.name))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Next…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def choose(self, name: str) -> None:
        """Select the item that starts with ``name`` (what a click does)."""
        for row in range(self.list.count()):
            if self.list.item(row).text().split("  ·")[0].split("\n")[0] == name:
                self.list.setCurrentRow(row)
                return
        raise KeyError(name)

    def value(self) -> NetworkDraft:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else NetworkDraft("")
