"""The check-in's own controls: role shares that always add up to 100, choices by key."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from reflect.checkins import Roles
from ui.checkin.fields import ChoiceGroup, CountEdit, HoursEdit
from ui.checkin.role_share_control import RoleShareControl, rebalance

shares = st.integers(0, 100)


@st.composite
def split(draw) -> list[int]:
    creator = draw(shares)
    commenter = draw(st.integers(0, 100 - creator))
    return [creator, commenter, 100 - creator - commenter]


@given(split(), st.integers(0, 2), st.integers(-20, 150))
def test_rebalanced_shares_always_add_up_to_100(values, index, new):
    result = rebalance(values, index, new)
    assert sum(result) == 100 and all(0 <= v <= 100 for v in result)
    assert result[index] == max(0, min(100, new))


def test_the_reader_gives_and_takes_first():
    assert rebalance([-1, -1, -1], 0, 40) == [40, 0, 60]
    assert rebalance([-1, -1, -1], 2, 70) == [0, 30, 70]
    assert rebalance([50, 30, 20], 0, 60) == [60, 30, 10]
    assert rebalance([50, 30, 20], 0, 90) == [90, 10, 0]  # reader empty: then the commenter
    assert rebalance([50, 30, 20], 1, 10) == [50, 10, 40]
    assert rebalance([50, 30, 20], 2, 40) == [50, 10, 40]


def test_the_role_control_keeps_its_sum_as_the_user_types(qtbot):
    control = RoleShareControl("X")
    qtbot.addWidget(control)
    assert control.value() is None
    creator, commenter, reader = control.boxes
    creator.setFocus()
    creator.selectAll()
    qtbot.keyClicks(creator, "40")
    assert control.value() == Roles(40, 0, 60)
    reader.selectAll()
    qtbot.keyClicks(reader, "25")
    assert control.value() == Roles(40, 35, 25)
    assert control.accessibleDescription() == "creator 40 %, commenter 35 %, reader 25 %"
    commenter.lineEdit().clear()  # emptied: the roles are left unsaid
    assert control.value() is None and reader.text() == "–"
    control.set_value(Roles(10, 60, 30))
    assert [b.value() for b in control.boxes] == [10, 60, 30]


def test_a_choice_group_answers_to_keys(qtbot):
    group = ChoiceGroup("Workload", [(1, "1 · light"), (2, "2 · busy")], optional=False)
    qtbot.addWidget(group)
    group.show()
    group.buttons[0].setFocus()
    qtbot.keyClick(group.buttons[0], Qt.Key.Key_2)
    assert group.value() == 2 and group.accessibleDescription() == "2 · busy"
    qtbot.keyClick(group.buttons[1], Qt.Key.Key_Delete)
    assert group.value() == 2  # a required choice stays
    group.set_value(None)
    assert group.value() is None and group.accessibleDescription() == "not chosen"


def test_numbers_may_be_left_empty(qtbot):
    count, hours = CountEdit("posts"), HoursEdit("hours")
    qtbot.addWidget(count)
    qtbot.addWidget(hours)
    assert count.value() is None and hours.value() is None
    qtbot.keyClicks(count, "-7x")
    assert count.text() == "-7" and count.value() == -7  # the domain says it is negative
    count.clear()
    qtbot.keyClick(count, Qt.Key.Key_Up)
    assert count.value() == 1
    qtbot.keyClicks(hours, "37,5")
    assert hours.value() == 37.5
