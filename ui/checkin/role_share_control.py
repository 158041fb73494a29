"""Creator / commenter / reader shares of a week on one network: three linked numbers that
always add up to 100, or are all "not said" (None)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.checkins import ROLES, Roles
from ui.checkin.style import ROLE_COLOURS
from ui.text import upper_first

ROLE_NAMES = {
    "creator": QT_TRANSLATE_NOOP("RoleShareControl", "creator"),
    "commenter": QT_TRANSLATE_NOOP("RoleShareControl", "commenter"),
    "reader": QT_TRANSLATE_NOOP("RoleShareControl", "reader"),
}

UNSET = -1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: When one share changes, these take up the difference, in this order.
ABSORBERS = {0: (2, 1), 1: (2, 0), 2: (1, 0)}


def rebalance(values: list[int], index: int, new: int) -> list[int]:
    """The three shares after share ``index`` became ``new``; still summing to 100.

    From nothing said, the rest goes to the first absorber (creator 40 → reader 60). A share
    that grows takes from the reader first (from the commenter when the reader itself grows);
    one that shrinks gives to the same one."""
    new = max(0, min(100, new))
    if any(v < 0 for v in values):
        result = [0, 0, 0]
        result[index] = new
        result[ABSORBERS[index][0]] = 100 - new
        return result
    result = list(values)
    result[index] = new
    excess = sum(result) - 100
    for other in ABSORBERS[index]:
        if excess <= 0:
            break
        taken = min(excess, result[other])
        result[other] -= taken
        excess -= taken
    if excess < 0:
        result[ABSORBERS[index][0]] -= excess
    return result


class ShareSpinBox(QSpinBox):
    """0–100, or "–" for not said (emptied, or stepped below 0)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(UNSET, 100)
        self.setSpecialValueText("–")
        self.setValue(UNSET)
        self.setSingleStep(5)
        self.setAlignment(_RIGHT)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.setFixedWidth(46)

    def validate(self, text: str, pos: int) -> object:
        if text.strip() in ("", "–"):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        if text.strip() in ("", "–"):
            return UNSET
        return super().valueFromText(text)


class RoleShareControl(QWidget):
    changed = Signal()

    def __init__(self, network_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("{network} role shares").format(network=network_name))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(3)
        self.boxes: list[ShareSpinBox] = []
        for index, role in enumerate(ROLES):
            box = ShareSpinBox(self)
            box.setAccessibleName(
                self.tr("{network} {role} share, percent").format(
                    network=network_name, role=self.tr(ROLE_NAMES[role])
                )
            )
            box.setToolTip(
                self.tr(
                    "{role} share in percent; the three add up to 100. "
                    "Empty all of them to leave the roles unsaid."
                ).format(role=upper_first(self.tr(ROLE_NAMES[role])))
            )
            box.valueChanged.connect(lambda new, i=index: self._on_box_value_changed(i, new))
            self.boxes.append(box)
            row.addWidget(box)
        column.addLayout(row)
        # The shares as a thin stacked bar under the boxes (drawn here, not a widget of its own:
        # one widget fewer for each network row to make and style as the dialog opens).
        # (A spacer gets no spacing above it: the column's 2 pixels are its top.)
        self._bar = QSpacerItem(140, 6, QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        column.addItem(self._bar)
        self._values = [UNSET, UNSET, UNSET]
        self._updating = False
        self._describe()

    def value(self) -> Roles | None:
        return None if UNSET in self._values else Roles(*self._values)

    def set_value(self, roles: Roles | None) -> None:
        values = [UNSET] * 3 if roles is None else [roles.creator, roles.commenter, roles.reader]
        if values != self._values:
            self._show(values)
            self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes)

    def _on_box_value_changed(self, index: int, new: int) -> None:
        if self._updating:
            return
        values = [UNSET] * 3 if new == UNSET else rebalance(self._values, index, new)
        self._show(values)
        self.changed.emit()

    def _show(self, values: list[int]) -> None:
        self._values = values
        self._updating = True
        for box, value in zip(self.boxes, values, strict=True):
            box.setValue(value)
        self._updating = False
        self.update(self._bar.geometry())
        self._describe()

    def _describe(self) -> None:
        roles = self.value()
        self.setAccessibleDescription(
            self.tr("not said")
            if roles is None
            else self.tr("creator {creator} %, commenter {commenter} %, reader {reader} %").format(
                creator=roles.creator, commenter=roles.commenter, reader=roles.reader
            )
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """The bar: the three shares side by side, or an empty groove when nothing is said."""
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self._bar.geometry()).adjusted(0, 2, 0, 0)
        painter.setBrush(self.palette().mid())
        painter.drawRoundedRect(rect, 2, 2)
        if UNSET in self._values:
            return
        x = rect.left()
        for share, colour in zip(self._values, ROLE_COLOURS, strict=True):
            width = rect.width() * share / 100
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
            x += width
