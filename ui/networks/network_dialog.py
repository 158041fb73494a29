"""The network editor: name, kind, audience, purpose, colour and hosts, and the charter.

It collects one ``NetworkEdit`` and writes nothing: the caller saves the network and its
charter together (``network_editor.save_network_edit``, one transaction). Save follows
``networks.shape_problems``, checked against the other names loaded with the form.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect import networks
from reflect.network_editor import NetworkEdit, NetworkForm
from reflect.networks import NetworkDraft
from ui.forms import DIALOG_STYLE, ProblemLabels, add_row, combo, select_data
from ui.networks.charter_editor import CharterEditor
from ui.theme import scaled

KIND_CHOICES = (
    (QT_TRANSLATE_NOOP("NetworkDialog", "Public"), "public"),
    (
        QT_TRANSLATE_NOOP("NetworkDialog", "Internal — inside an organisation's firewall"),
        "internal",
    ),
    (QT_TRANSLATE_NOOP("NetworkDialog", "Private group"), "private"),
)
AUDIENCE_CHOICES = (
    (QT_TRANSLATE_NOOP("NetworkDialog", "Professional"), "professional"),
    (QT_TRANSLATE_NOOP("NetworkDialog", "Personal"), "personal"),
    (QT_TRANSLATE_NOOP("NetworkDialog", "Mixed"), "mixed"),
)
#: Colours that stay apart for the common colour-vision deficiencies (Okabe–Ito and two more).
PALETTE = (
    "#0072b2",
    "#56b4e9",
    "#009e73",
    "#e69f00",
    "#d55e00",
    "#cc79a7",
    "#8a63d2",
    "#5b7c99",
    "#000000",
)


class ColourPicker(QWidget):
    """A row of round swatches, one checked, and "Other…" for any colour."""

    def __init__(self, colour: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for swatch in PALETTE:
            self._add(swatch)
        other = QPushButton(self.tr("Other…"))
        other.setAutoDefault(False)
        other.clicked.connect(self._on_other_clicked)
        self._row.addWidget(other)
        self._row.addStretch(1)
        self.setFocusProxy(self.group.buttons()[0])
        self.set_colour(colour)

    def _add(self, colour: str) -> QToolButton:
        button = QToolButton()
        button.setCheckable(True)
        button.setFixedSize(26, 26)
        button.setToolTip(colour)
        button.setAccessibleName(self.tr("Colour {colour}").format(colour=colour))
        button.setProperty("colour", colour)
        button.setStyleSheet(
            f"QToolButton {{ background: {colour}; border-radius: 13px; border: 2px solid "
            "palette(base); } QToolButton:checked { border: 3px solid palette(text); }"
        )
        self.group.addButton(button)
        self._row.insertWidget(len(self.group.buttons()) - 1, button)
        return button

    def colour(self) -> str:
        checked = self.group.checkedButton()
        return checked.property("colour") if checked else PALETTE[0]

    def set_colour(self, colour: str) -> None:
        colour = colour.lower()
        match = next((b for b in self.group.buttons() if b.property("colour") == colour), None)
        (match or self._add(colour)).setChecked(True)

    def _on_other_clicked(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self.colour()), self, self.tr("Colour of the network")
        )
        if chosen.isValid():
            self.set_colour(chosen.name())


class NetworkDialog(QDialog):
    @classmethod
    def ask(
        cls, parent: QWidget | None, form: NetworkForm, *, charter: bool = False
    ) -> NetworkEdit | None:
        """``charter``: open on the charter tab."""
        dialog = cls(parent, form)
        if charter:
            dialog.show_charter()
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def __init__(self, parent: QWidget | None, form: NetworkForm):
        super().__init__(parent)
        self._form = form
        draft = form.draft
        self.setWindowTitle(
            self.tr("{name} — network and charter").format(name=draft.name)
            if draft.id
            else self.tr("New network")
        )
        self.setObjectName("networkDialog")
        self.setStyleSheet(scaled(DIALOG_STYLE))
        self.resize(760, 680)
        self.problems = ProblemLabels()

        self.name = QLineEdit(draft.name)
        self.name.setPlaceholderText(self.tr("Where: “Mastodon”, “Team forum”"))
        self.kind = combo([(self.tr(w), k) for w, k in KIND_CHOICES], self)
        select_data(self.kind, draft.kind)
        self.audience = combo([(self.tr(w), k) for w, k in AUDIENCE_CHOICES], self)
        select_data(self.audience, draft.audience)
        self.purpose = QLineEdit(draft.purpose)
        self.purpose.setPlaceholderText(self.tr("One line: why I am here"))
        self.colour = ColourPicker(draft.colour)
        self.hosts = QLineEdit(", ".join(draft.hosts))
        self.hosts.setPlaceholderText("linkedin.com, www.linkedin.com")
        hosts_note = QLabel(
            self.tr("Web addresses of the network, for minutes measured by ActivityWatch.")
        )
        hosts_note.setObjectName("muted")
        hosts_note.setWordWrap(True)

        about = QWidget()
        fields = QFormLayout(about)
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget, names in (
            (self.tr("&Name"), self.name, ["name"]),
            (self.tr("&Kind"), self.kind, ["kind"]),
            (self.tr("&Audience"), self.audience, ["audience"]),
            (self.tr("&Purpose"), self.purpose, ["purpose"]),
            (self.tr("&Colour"), self.colour, ["colour"]),
        ):
            add_row(fields, text, self.problems.beside(widget, names), widget)
        hosts = self.problems.beside(self.hosts, ["hosts"])
        hosts.addWidget(hosts_note)
        add_row(fields, self.tr("&Hosts"), hosts, self.hosts)

        self.charter = CharterEditor(form.charter)
        self.tabs = QTabWidget()
        self.tabs.addTab(about, self.tr("Network"))
        answered, total = self.charter.answered(), len(self.charter.blocks)
        self.tabs.addTab(
            self.charter,
            self.tr("Charter ({answered} of {total} answered)").format(
                answered=answered, total=total
            ),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems.label(["", "id"]))
        layout.addWidget(buttons)
        for signal in (
            self.name.textChanged,
            self.kind.currentIndexChanged,
            self.audience.currentIndexChanged,
            self.purpose.textChanged,
            self.colour.group.buttonToggled,
            self.hosts.textChanged,
        ):
            signal.connect(self._on_changed)
        self._on_changed()
        self.name.setFocus()

    def draft(self) -> NetworkDraft:
        start = self._form.draft
        return NetworkDraft(
            self.name.text().strip(),
            self.kind.currentData(),
            self.audience.currentData(),
            self.purpose.text().strip(),
            self.colour.colour(),
            tuple(h for h in re.split(r"[\s,;]+", self.hosts.text().strip().lower()) if h),
            start.preset,
            start.id,
        )

    def value(self) -> NetworkEdit:
        return NetworkEdit(self.draft(), self.charter.answers(), self.charter.new_questions())

    def show_charter(self) -> None:
        self.tabs.setCurrentWidget(self.charter)

    def _on_changed(self, *_args) -> None:
        problems = networks.shape_problems(self.draft(), self._form.other_names)
        self.problems.show(problems)
        self.save_button.setEnabled(not problems)
