"""The Networks page the whole way: presets, the network editor with its charter, archive,
reorder and remove, through the real dialogs and the real database."""

from __future__ import annotations

from reflect import charters, network_editor, networks
from reflect.network_editor import NetworkEdit
from tests.ui.dialog_driver import drive, save
from tests.ui.helpers import model_texts, show
from ui.networks.network_dialog import NetworkDialog
from ui.networks.preset_dialog import PresetDialog


def on_worker(qtbot, session, task):
    future = session.runner.run(task)
    qtbot.waitUntil(future.done)
    return future.result()


def act(qtbot, page, button, *steps):
    driver = drive(*steps)
    with qtbot.waitSignal(page.data_loaded, timeout=8000):
        button.click()
    qtbot.waitUntil(driver.done)
    assert not driver.missing, driver.missing


def select(page, name: str) -> None:
    page.view.selectRow(model_texts(page.model, 0).index(name))


def test_adding_a_preset_with_its_charter_and_an_own_question(qtbot, window_on):
    session, _ = window_on
    page = show(qtbot, session.window, "networks")

    def pick(dialog: PresetDialog) -> None:
        texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert texts[2].startswith("LinkedIn  ·  already added")
        dialog.choose("Bluesky")
        save(dialog)

    def write(dialog: NetworkDialog) -> None:
        assert dialog.name.text() == "Bluesky" and dialog.hosts.text() == "bsky.app"
        dialog.purpose.setText("Science people, in the open.")
        dialog.show_charter()
        assert [b.entry.item.question for b in dialog.charter.blocks][:2] == [
            "Whom will I follow?",
            "Whom will I try to get to follow me?",
        ]
        assert len(dialog.charter.blocks) == 11
        assert "golden rule" in dialog.charter.hint.text()
        assert "don't post the same thing everywhere" in dialog.charter.hint.text()
        dialog.charter.blocks[0].answer.setPlainText("Researchers in my field.")
        dialog.charter.own_question.setText("Will I post pictures of my cat?")
        dialog.charter.add_button.click()
        dialog.charter.blocks[-1].answer.setPlainText("Rarely.")
        save(dialog)

    act(qtbot, page, page.add, (PresetDialog, pick), (NetworkDialog, write))
    assert model_texts(page.model, 0) == ["LinkedIn", "Mastodon", "Blog", "Bluesky"]
    bluesky = page.model.row_at(3)
    assert bluesky.network.purpose == "Science people, in the open."
    assert page.model.index(3, 6).data() == "2 of 12 answered"
    assert page.message.text() == "Added Bluesky."
    items = on_worker(qtbot, session, lambda: charters.charter(bluesky.network.id))
    assert (items[0].answer, items[-1].question, items[-1].answer) == (
        "Researchers in my field.",
        "Will I post pictures of my cat?",
        "Rarely.",
    )


def test_a_changed_answer_keeps_the_earlier_one_with_its_dates(qtbot, window_on):
    session, data = window_on
    follow = on_worker(qtbot, session, lambda: charters.charter(data.linkedin.id)[0].question_id)
    on_worker(
        qtbot,
        session,
        lambda: network_editor.save_network_edit(
            NetworkEdit(data.linkedin.draft(), ((follow, "People I have worked with."),))
        ),
    )
    page = show(qtbot, session.window, "networks")
    select(page, "LinkedIn")

    def change(dialog: NetworkDialog) -> None:
        block = dialog.charter.blocks[0]
        assert block.history_button.isHidden()  # one version: nothing earlier yet
        assert block.changed.text().startswith("Last changed ")
        block.answer.setPlainText("People I have worked with, and a few I admire.")
        save(dialog)

    act(qtbot, page, page.edit, (NetworkDialog, change))

    def look(dialog: NetworkDialog) -> None:
        block = dialog.charter.blocks[0]
        assert block.answer.toPlainText() == "People I have worked with, and a few I admire."
        assert block.history_button.text() == "Earlier versions (1)"
        assert block.history.isHidden()
        block.history_button.click()
        assert not block.history.isHidden()
        assert "People I have worked with." in block.history.text()
        saved = block.entry.history
        assert block.history.text().startswith(f"<p><b>{saved[1].saved_at.astimezone().day} ")
        dialog.reject()

    driver = drive((NetworkDialog, look))
    page.edit.click()
    qtbot.waitUntil(driver.done)
    assert not driver.missing


def test_a_duplicate_or_empty_name_cannot_be_saved(qtbot, window_on):
    session, _ = window_on
    page = show(qtbot, session.window, "networks")
    select(page, "Mastodon")

    def rename(dialog: NetworkDialog) -> None:
        dialog.name.setText("linkedin")
        assert dialog.problems.texts() == {"name": "There is already a network called linkedin."}
        assert not dialog.save_button.isEnabled()
        dialog.name.setText("  ")
        assert dialog.problems.texts() == {"name": "A network needs a name."}
        dialog.name.setText("Mastodon")
        dialog.hosts.setText("mastodon.social, not a host")
        assert "not a host name" in dialog.problems.texts()["hosts"]
        dialog.reject()

    driver = drive((NetworkDialog, rename))
    page.edit.click()
    qtbot.waitUntil(driver.done)
    assert not driver.missing
    names = on_worker(qtbot, session, lambda: [n.name for n in networks.networks()])
    assert names == ["LinkedIn", "Mastodon", "Blog"]


def test_archive_reorder_and_bring_back(qtbot, window_on):
    session, _ = window_on
    page = show(qtbot, session.window, "networks")
    select(page, "Blog")
    assert page.archive.text() == "Archive" and not page.remove.isEnabled()
    assert "can only be archived" in page.remove.toolTip()
    with qtbot.waitSignal(page.data_loaded):
        page.archive.click()
    assert page.model.index(2, 5).data() == "Archived"
    assert page.archive.text() == "Bring back"
    with qtbot.waitSignal(page.data_loaded):
        page.move_up.click()
    with qtbot.waitSignal(page.data_loaded):
        page.move_up.click()
    assert model_texts(page.model, 0) == ["Blog", "LinkedIn", "Mastodon"]
    assert page.selected().network.name == "Blog" and not page.move_up.isEnabled()
    with qtbot.waitSignal(page.data_loaded):
        page.archive.click()
    active = on_worker(qtbot, session, lambda: [n.name for n in networks.networks()])
    assert active == ["Blog", "LinkedIn", "Mastodon"]
    assert page.message.text() == "Blog is back, in each check-in again."


def test_a_network_added_by_mistake_can_be_removed(qtbot, window_on):
    session, _ = window_on
    on_worker(qtbot, session, lambda: networks.add_preset("facebook"))
    page = show(qtbot, session.window, "networks")
    select(page, "Facebook")
    assert page.remove.isEnabled()
    with qtbot.waitSignal(page.data_loaded):
        page.remove.click()
    assert model_texts(page.model, 0) == ["LinkedIn", "Mastodon", "Blog"]
    assert page.message.text() == "Removed Facebook."
