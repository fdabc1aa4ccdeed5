"""Markdown tables from extracted pages: data tables kept, layout tables unpacked."""

from sambandh.extract.tables import unpack_tables

STORY = ("The two foreign ministers met in Jakarta on Thursday and agreed to resume the talks on the "
         "border that were broken off last year, officials from both sides said.")


def test_tables_layout_table_keeps_only_the_prose_cell():
    lines = ["| | Home | | World | | News | |",
             "| | | | | |",
             f"| {STORY} |",
             "| Keyword: talks, border | | | |",
             "| Ravi Kumar / Jakarta March 3, 2024 |"]
    result = unpack_tables(lines)
    assert result.lines == [STORY]
    assert "Home" in result.removed and "Keyword: talks, border" in result.removed
    assert not result.data_rows


def test_tables_data_table_rows_stay_as_lines():
    lines = ["Final standings after the last round:",
             "| Pos | Driver | Points |",
             "|---|---|---|",
             "| 1 | Kyle Busch | 5040 |",
             "| 2 | Martin Truex Jr. | 5035 |",
             "The season ends next week."]
    result = unpack_tables(lines)
    assert result.lines == ["Final standings after the last round:", "Pos | Driver | Points", "1 | Kyle Busch | 5040",
                            "2 | Martin Truex Jr. | 5035", "The season ends next week."]
    assert result.data_rows == {1, 2, 3}


def test_tables_escaped_pipe_stays_inside_its_cell():
    result = unpack_tables(["| a \\| b | c |", "| d | e |"])
    assert result.lines == ["a | b | c", "d | e"]


def test_tables_empty_table_is_removed():
    result = unpack_tables(["|  |  |", "|  |  |  |", "Body text."])
    assert result.lines == ["Body text."]
    assert len(result.removed) == 2
