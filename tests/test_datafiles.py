import pytest

from sambandh.datafiles import load_table, parse_tsv, split_values
from sambandh.errors import DataFileError


def test_datafiles_parses_comments_header_and_rows():
    rows = parse_tsv(["# source: us", "a\tb", "1\t2", "", "3\t4"], source="t.tsv")
    assert [dict(r) for r in rows] == [{"a": "1", "b": "2"}, {"a": "3", "b": "4"}]


def test_datafiles_rows_are_read_only():
    rows = parse_tsv(["a", "1"], source="t.tsv")
    with pytest.raises(TypeError):
        rows[0]["a"] = "2"  # type: ignore[index]


@pytest.mark.parametrize("line", ["1", "1\t2\t3"])
def test_datafiles_wrong_column_count_names_file_and_line(line):
    with pytest.raises(DataFileError, match=r"t\.tsv:3"):
        parse_tsv(["a\tb", "x\ty", line], source="t.tsv")


def test_datafiles_missing_file_lists_known():
    with pytest.raises(DataFileError, match="E002"):
        load_table("sambandh.extract", "no-such-table")


@pytest.mark.parametrize("cell,expected", [("a|b", ("a", "b")), (" a | |b ", ("a", "b")), ("", ())])
def test_datafiles_split_values(cell, expected):
    assert split_values(cell) == expected
