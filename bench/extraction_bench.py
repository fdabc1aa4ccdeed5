"""Extraction throughput: our extractor and trafilatura alone on the same pages, and WARC reading.

Pages are the article-extraction benchmark's when ../shared holds it, else the HTML
pages of examples/. Times are CPU seconds of this process (one core).
"""

from __future__ import annotations

import gzip
import tempfile
import time
from pathlib import Path

import trafilatura

from sambandh.extract.article import extract
from sambandh.ingest import iter_documents
from sambandh.ingest.decode import decode_bytes
from sambandh.model import Document, Source

ROOT = Path(__file__).resolve().parents[1]
AEB = ROOT.parent / "shared" / "eval" / "extraction-aeb" / "html"
# Rounds over the page set, so one measurement lasts long enough to time.
ROUNDS = 2
WARC_RECORDS = 2000


def _pages() -> tuple[str, list[str]]:
    if AEB.is_dir():
        files = sorted(AEB.glob("*.html.gz"))
        return f"{len(files)} article-extraction-benchmark pages", [
            decode_bytes(gzip.decompress(f.read_bytes()), html=True) for f in files]
    files = sorted((ROOT / "examples").rglob("*.html"))
    return f"{len(files)} example pages", [decode_bytes(f.read_bytes(), html=True) for f in files]


def _rate(run, pages: list[str]) -> tuple[float, float]:
    run(pages[0])  # warm caches
    started = time.process_time()
    for _ in range(ROUNDS):
        for page in pages:
            run(page)
    seconds = time.process_time() - started
    return ROUNDS * len(pages) / seconds, seconds


def _ours(page: str) -> object:
    return extract(Document(source=Source(path="bench.html"), content=page, content_type="text/html"))


def _warc(pages: list[str], folder: Path) -> Path:
    path = folder / "bench.warc.gz"
    with path.open("wb") as out:
        for number in range(WARC_RECORDS):
            body = pages[number % len(pages)].encode("utf-8")
            for kind, block in (("request", b"GET / HTTP/1.1\r\n\r\n"),
                                ("response", b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                                 + body)):
                head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://bench.example/{number}\r\n"
                        f"WARC-Record-ID: <urn:uuid:{number:08d}-{kind}>\r\nContent-Length: {len(block)}\r\n\r\n")
                out.write(gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=1))
    return path


def main() -> None:
    label, pages = _pages()
    ours, ours_s = _rate(_ours, pages)
    alone, alone_s = _rate(lambda page: trafilatura.extract(page), pages)
    print(f"extraction, one core, {ROUNDS} rounds of {label}:")
    print(f"  sambandh (trafilatura + rules + page type + dates): {ours:.1f} pages/s ({ours_s:.2f} s CPU)")
    print(f"  trafilatura alone (extract, defaults):             {alone:.1f} pages/s ({alone_s:.2f} s CPU)")
    with tempfile.TemporaryDirectory() as folder:
        path = _warc(pages, Path(folder))
        started = time.process_time()
        read = sum(1 for _ in iter_documents([path]))
        seconds = time.process_time() - started
        size = path.stat().st_size / 1e6
    print(f"WARC reading (fastwarc, gzip per record, request+response pairs), {size:.0f} MB:")
    print(f"  {read} HTML responses in {seconds:.2f} s CPU: {read / seconds:.0f} records/s")


if __name__ == "__main__":
    main()
