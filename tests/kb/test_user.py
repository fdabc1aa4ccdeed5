"""The user knowledge base beside the built-in one (``sambandh/kb/user.py``).

Every test points the user KB at a temporary folder: nothing is written to the real home.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sambandh.errors import DataFileError
from sambandh.kb.base import builtin
from sambandh.kb.user import ENV_VAR, import_file, kb_dir, load_kb, read_user_kb

DICTIONARY = """\
# A made-up actor dictionary in the PETRARCH format.
TAVO_RINNEKARI_  # CountryInfo.txt
+TAVO_J._RINNEKARI_
\t[FINGOV 080101-121231]
\t[SWEGOV >130101]
NARENDRA_MODI_
\t[INDGOV >140526]
RUSSIA_  [RUS]
+RUSSIA_
+ROSSIYA_
"""


@pytest.fixture(autouse=True)
def _no_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def test_user_kb_dir_prefers_option_then_env_then_xdg(monkeypatch, tmp_path):
    assert kb_dir() == tmp_path / "home" / ".local" / "share" / "sambandh" / "kb"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert kb_dir() == tmp_path / "xdg" / "sambandh" / "kb"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert kb_dir() == tmp_path / "env"
    assert kb_dir(tmp_path / "option") == tmp_path / "option"


def test_user_kb_without_files_is_the_builtin_one(tmp_path):
    assert load_kb(tmp_path / "empty") is builtin()


def test_user_kb_import_stores_our_own_files_and_merges(sample, tmp_path):
    folder = tmp_path / "kb"
    imported = import_file(sample, directory=folder)
    assert imported.format == "petrarch"
    assert sorted(p.name for p in folder.iterdir()) == ["aliases.tsv", "codes.tsv", "entities.tsv", "roles.tsv"]
    assert DICTIONARY not in (folder / "entities.tsv").read_text("utf-8")
    kb = load_kb(folder)
    person = kb.entity("sb:user-tavo-rinnekari")
    assert person is not None and person.type == "person" and person.country == "FIN"
    assert kb.code_on(person.id, date(2010, 5, 1)).code == "FINGOV"
    assert kb.code_on(person.id, date(2015, 5, 1)).country == "SWE"
    assert kb.entity("Q1058").name == "Narendra Modi"        # built-in entry, not duplicated
    assert not any(e.id.endswith("narendra-modi") for e in kb.entities.values())
    assert len(kb.entities) == len(builtin().entities) + 1


def test_user_kb_builtin_wins_on_aliases(sample, tmp_path):
    folder = tmp_path / "kb"
    import_file(sample, directory=folder)
    kb = load_kb(folder)
    russia = [a for a in kb.aliases if a.text.casefold() == "russia"]
    assert len(russia) == len([a for a in builtin().aliases if a.text.casefold() == "russia"])
    assert any(a.text == "Rossiya" and a.target == "sb:country-rus" for a in kb.aliases)


def test_user_kb_reimport_replaces_the_same_source(sample, tmp_path):
    folder = tmp_path / "kb"
    import_file(sample, directory=folder)
    first = read_user_kb(folder)
    import_file(sample, directory=folder)
    assert read_user_kb(folder) == first
    sample.write_text(DICTIONARY.replace("TAVO_RINNEKARI_", "TAVO_RINNE_"), encoding="utf-8")
    import_file(sample, directory=folder)
    ids = {e.id for e in read_user_kb(folder).entities}
    assert "sb:user-tavo-rinne" in ids and "sb:user-tavo-rinnekari" not in ids


def test_user_kb_env_var_is_used_by_default(monkeypatch, sample, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    import_file(sample)
    assert (tmp_path / "from-env" / "codes.tsv").is_file()
    assert load_kb().entity("sb:user-tavo-rinnekari") is not None
    assert not (tmp_path / "home").exists()


def test_user_kb_malformed_file_names_file_and_line(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "codes.tsv").write_text("entity\tcode\tcountry\tstart\tend\tsource\nx\tFINGOV\tFIN\n", "utf-8")
    with pytest.raises(DataFileError, match=r"codes.tsv:2"):
        read_user_kb(folder)
