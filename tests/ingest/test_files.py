"""Reading files and folders; bad inputs are skipped with a reason and nothing else is lost."""

import gzip
import json

import pytest

from sambandh.errors import InputError
from sambandh.ingest import iter_documents, sniff_format
from sambandh.model import Document, Skipped


def _split(items):
    docs = [i for i in items if isinstance(i, Document)]
    skipped = {i.reason for i in items if isinstance(i, Skipped)}
    return docs, skipped


def test_files_reads_folder_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("शीर्षक\n![x](https://x.in/a.jpg)\nपाठ यहां है.\n", "utf-8")
    (tmp_path / "one.txt").write_text("Title\n\nBody text here.\n", "utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    docs, skipped = _split(list(iter_documents([tmp_path])))
    assert [d.source.format for d in docs] == ["markdown", "text"]
    assert skipped == set()


def test_files_skips_bad_inputs_and_keeps_good_ones(tmp_path):
    (tmp_path / "empty.md").write_text("  \n", "utf-8")
    (tmp_path / "binary.html").write_bytes(b"\x00\x01\x02garbage\x00")
    (tmp_path / "big.txt").write_text("x" * 2000, "utf-8")
    (tmp_path / "good.txt").write_text("भारत ने बयान दिया.", "utf-8")
    with gzip.open(tmp_path / "cut.jsonl.gz", "wb") as handle:
        handle.write(b'{"text": "hello"}\n' * 50)
    data = (tmp_path / "cut.jsonl.gz").read_bytes()
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    items = list(iter_documents([tmp_path, tmp_path / "missing.md"], max_bytes=1000))
    docs, skipped = _split(items)
    assert [d.content for d in docs] == ["भारत ने बयान दिया."]
    assert skipped == {"empty", "decode-error", "too-large", "truncated", "missing"}


def test_files_jsonl_bad_line_is_skipped_others_kept(tmp_path):
    lines = [json.dumps({"title": "एक", "text": "पहला लेख.", "published": "2024-01-02"}), "{not json",
             json.dumps({"title": "no body"}), json.dumps({"html": "<p>x</p>", "url": "https://e.org/a"})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), "utf-8")
    items = list(iter_documents([tmp_path / "a.jsonl"]))
    docs, skipped = _split(items)
    assert [d.content_type for d in docs] == ["text/plain", "text/html"]
    assert docs[0].published == "2024-01-02" and docs[0].title == "एक"
    assert docs[1].url == "https://e.org/a"
    assert skipped == {"bad-record"}
    assert sum(isinstance(i, Skipped) for i in items) == 2


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_files_decodes_declared_and_bom_encodings(tmp_path, encoding):
    page = "<html><head><meta charset='windows-1252'></head><body><p>Café — naïve</p></body></html>"
    (tmp_path / "p.html").write_bytes(page.encode(encoding))
    docs, _ = _split(list(iter_documents([tmp_path / "p.html"])))
    assert "Café — naïve" in docs[0].content


def test_files_gzip_is_read_transparently(tmp_path):
    with gzip.open(tmp_path / "a.md.gz", "wt", encoding="utf-8") as handle:
        handle.write("शीर्षक\nपाठ.\n")
    docs, _ = _split(list(iter_documents([tmp_path / "a.md.gz"])))
    assert docs[0].source.format == "markdown"


def test_files_unknown_format_is_an_error():
    with pytest.raises(InputError, match="E003"):
        list(iter_documents(["x"], fmt="pdf"))


@pytest.mark.parametrize("name,head,expected", [
    ("a.txt", "Title\n![alt](https://x/y.jpg)\n", "markdown"),
    ("a.txt", "<!DOCTYPE html><html>", "html"),
    ("a.txt", '{"text": "x"}\n', "jsonl"),
    ("a.txt", "Just words.\n", "text"),
    ("a.htm", "whatever", "html"),
])
def test_files_sniff_format(name, head, expected):
    assert sniff_format(name, head) == expected


def test_files_jsonl_gz_is_streamed_and_a_cut_file_ends_with_truncated(tmp_path):
    import gzip
    import json

    from sambandh.ingest import iter_documents
    from sambandh.model import Document, Skipped

    lines = "".join(json.dumps({"id": str(n), "text": f"Story number {n} about the talks. " * 20}) + "\n"
                    for n in range(50))
    whole = gzip.compress(lines.encode())
    (tmp_path / "ok.jsonl.gz").write_bytes(whole)
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    ok = list(iter_documents([tmp_path / "ok.jsonl.gz"]))
    assert len(ok) == 50 and all(isinstance(d, Document) for d in ok)
    cut = list(iter_documents([tmp_path / "cut.jsonl.gz"]))
    assert isinstance(cut[-1], Skipped) and cut[-1].reason == "truncated"
    assert 0 < len(cut) - 1 < 50 and all(isinstance(d, Document) for d in cut[:-1])


def test_files_jsonl_line_above_the_limit_is_skipped_and_the_next_is_read(tmp_path):
    import json

    from sambandh.ingest import iter_documents

    big = json.dumps({"id": "big", "text": "x" * 5000})
    small = json.dumps({"id": "small", "text": "A short story about the talks."})
    (tmp_path / "w.jsonl").write_text(big + "\n" + small + "\n")
    items = list(iter_documents([tmp_path / "w.jsonl"], max_bytes=1000))
    assert [getattr(i, "reason", None) for i in items] == ["bad-record", None]
    assert "above the limit" in items[0].detail


def test_files_jsonl_record_with_blank_text_is_skipped_as_empty(tmp_path):
    import json

    from sambandh.ingest import iter_documents

    lines = [json.dumps({"id": "blank", "text": "  "}), json.dumps({"id": "no-body", "title": "x"}),
             json.dumps({"id": "ok", "text": "Talks on the border resumed in Leh."})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n")
    items = list(iter_documents([tmp_path / "c.jsonl"]))
    assert [getattr(i, "reason", None) for i in items] == ["empty", "bad-record", None]
    assert "'text' is empty" in items[0].detail
