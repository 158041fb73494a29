"""About Reflect: its name, version, what it is for, and where the data lives."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reflect import APP_NAME, __version__
from ui.theme import app_icon

PURPOSE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Use your social networks on purpose: goals and a written policy per network, a short "
    "weekly check-in, and charts of how your participation ebbs and flows with your workload.",
)


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(16)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        top.addWidget(icon)
        self.name = QLabel(f"<span style='font-size:18pt; font-weight:600'>{APP_NAME}</span>")
        self.version = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version.setObjectName("muted")
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.version)
        top.addLayout(names, 1)
        layout.addLayout(top)
        self.purpose = QLabel(self.tr(PURPOSE))
        self.purpose.setWordWrap(True)
        layout.addWidget(self.purpose)
        url = QUrl.fromLocalFile(str(data_dir)).toString()
        self.data_folder = QLabel(
            self.tr("Your data: <a href='{url}'>{data_dir}</a>").format(
                url=url, data_dir=escape(str(data_dir))
            )
        )
        self.data_folder.setOpenExternalLinks(True)
        self.data_folder.setWordWrap(True)
        layout.addWidget(self.data_folder)
        note = QLabel(self.tr("Everything stays on this computer."))
        note.setObjectName("muted")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
