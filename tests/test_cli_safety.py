"""`reflect restore --replace` and a damaged database, as a user runs them."""

from pathlib import Path

from reflect import models
from reflect.db import open_database
from reflect.profile import Profile
from tests.test_cli import one_line, reflect


def test_restore_replace_backs_up_first_and_can_go_back(tmp_path):
    profile, empty = tmp_path / "p", tmp_path / "empty"
    assert reflect("demo-data", data_dir=profile).returncode == 0
    open_database(Profile(empty)).close()
    models.database.initialize(None)
    assert reflect("export", "--out", str(tmp_path / "empty.json"), data_dir=empty).returncode == 0

    replaced = reflect("restore", "--replace", str(tmp_path / "empty.json"), data_dir=profile)
    assert replaced.returncode == 0, replaced.stderr
    assert "0 check-ins" in replaced.stdout
    (backup,) = (profile / "backups").glob("*before-restore*")

    back = reflect("restore", "--replace", str(backup), data_dir=profile)
    assert back.returncode == 0, back.stderr
    assert "100 check-ins" in back.stdout
    assert reflect("check", data_dir=profile).returncode == 0


def test_a_damaged_database_is_named_and_left_alone(tmp_path):
    profile = tmp_path / "p"
    assert reflect("demo-data", data_dir=profile).returncode == 0
    database = profile / "reflect.sqlite3"
    with open(database, "r+b") as handle:
        handle.seek(database.stat().st_size // 2 // 4096 * 4096)
        handle.write(b"\xa5" * 4096 * 8)
    before = database.read_bytes()
    result = reflect("export", "--out", str(tmp_path / "e.json"), data_dir=profile)
    assert result.returncode == 1
    assert "is damaged" in one_line(result.stderr) and "left untouched" in result.stderr
    assert database.read_bytes() == before
    assert not Path(tmp_path / "e.json").exists()
