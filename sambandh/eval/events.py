"""Score coded events against gold data: PLOVER gold standard records, PETRARCH2 validation, EDNIL,
and our own annotations.

Four gold formats are read (``READERS``), each into ``GoldItem`` records: a text, its
language and date, and what the gold says happened in it. The fourth, ``triples``, is ours:
(source country, target country, CAMEO root) per article, annotated by hand without looking at
the coder's output, and kept apart from the texts it annotates (:func:`read_triples`).

**Triples** (PLOVER and PETRARCH2). Each gold event and each of our events becomes a
``(source, target, kind)`` triple, and a sentence's triples are compared as sets:

- ``source`` and ``target`` are compared at the **country level**: the first three letters of the
  CAMEO actor code (``RUSMIL`` → ``RUS``, ``IGOUNO`` → ``IGO``, PETRARCH's ``---REB`` → ``---``);
  legacy codes of the old dictionaries are read as ISO (``LEGACY_COUNTRY_CODES``: ``JAP`` → ``JPN``).
  A region tag (``WST`` for "Western countries", ``kb/data/regions.tsv``) is no country: ``---``.
  Our side takes the actor's ``country`` and falls back to its code. An actor whose country is not
  known, and a missing actor, are both ``---``, so a gold event without a target matches our event
  without one.
- ``kind`` is the CAMEO **root** for PETRARCH2 and our triples (``eventcode="0352"`` → ``03``). The PLOVER records
  carry PLOVER event types instead, from the 0.5b1 draft, so there ``kind`` is the PLOVER type: ours
  comes from the ``plover`` column of ``cameo.tsv`` (the 2021 mapping) and the gold's older names are
  renamed to their 2021 successors (``PLOVER_RENAMED``). Our events of roots 01 and 02, which PLOVER
  dropped, have no type and never count.
- A compound gold actor ("Hungarian and Romanian officials") gives one triple per source × target;
  a gold ``SRC/TAR`` compound is reciprocal, as our coder's is.
- Negated events of ours are left out: PETRARCH and PLOVER code what happened (a refusal gets a
  code of its own, "would not support" is 12x, not 05x); so are hypothetical ones ("अगर ... तो", "if"),
  which our Hindi gold does not annotate (``UNSCORED_MODALITIES``).
- Our events whose doer is unnamed (source code ``---`` with no sector: "were killed in clashes")
  are left out too: PETRARCH and PLOVER code an event only when the text names a source actor (a
  generic one counts: ``---REB``, as our ``---REB`` does).

Precision, recall and F1 are micro-averaged over all triples of all sentences; a PETRARCH2 record
marked ``noevents`` contributes its false positives only.

**EDNIL** (FIRE 2020 Hindi disaster and violence events). The gold marks event types, not CAMEO
codes, so the score is per document: of the documents whose gold holds a violent type
(``VIOLENT_TYPES``: terrorist and suicide attacks, bombings, shoot-outs, riots, armed conflict),
the share we give an event of a violent root (``VIOLENT_ROOTS``: 14, 18, 19, 20); and of the
documents with disasters and accidents only, the share we (wrongly) give one. The train file has
no dev/test split, so ``split`` selects a held-out part: every ``HELD_OUT_EVERY``-th document
(``test``) or the rest (``dev``). The PLOVER records have none either and are split the same way:
rules and lexicon entries are written against ``dev`` errors only, and ``test`` is reported.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import load_table
from ..errors import InputError
from ..model import Article, Document, Event, Skipped, Source
from ..pipeline import Pipeline
from .scores import precision_recall_f1

FORMATS = ("plover", "petrarch", "ednil", "triples")
SPLITS = ("all", "dev", "test")
UNKNOWN = "---"
# EDNIL has only a train file: every 5th document (index 4, 9, ...) is held out as "test" and the
# coder is tuned on the rest ("dev"). Changing this changes the reported figures; rerun both splits.
HELD_OUT_EVERY = 5
VIOLENT_TYPES = frozenset({"TERRORIST_ATTACK", "SUICIDE_ATTACK", "NORMAL_BOMBING", "SHOOT_OUT", "RIOTS",
                           "ARMED_CONFLICTS"})
VIOLENT_ROOTS = frozenset({"14", "18", "19", "20"})
# PLOVER gold standard records use the 0.5b1 type names; cameo.tsv uses the 2021 ones.
PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Country codes of the old KEDS/CAMEO actor dictionaries that differ from ISO 3166-1 alpha-3, which
# our actors use; gold codes are read through this table (CAMEO manual, appendix on country codes).
LEGACY_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "TMP": "TLS", "ZAR": "COD"}

Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold record: a text and what happened in it."""

    id: str
    text: str
    language: str
    published: str | None = None
    triples: frozenset[Triple] = frozenset()
    types: frozenset[str] = frozenset()  # EDNIL event types
    skip_roots: frozenset[str] = frozenset()  # roots the gold does not annotate (ours of them are not scored)
    unknown_actors: frozenset[str] = frozenset()  # actor codes the gold writes as "---" (ours are read so)
    title: str = ""


@dataclass(slots=True)
class TripleScore:
    """Micro-averaged triple counts; ``misses`` and ``extras`` keep the item ids for inspection."""

    items: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[tuple[str, Triple]] = field(default_factory=list)
    extras: list[tuple[str, Triple]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self._figures()[0]

    @property
    def recall(self) -> float:
        return self._figures()[1]

    @property
    def f1(self) -> float:
        return self._figures()[2]

    def _figures(self) -> tuple[float, float, float]:
        tp = self.true_positives
        return precision_recall_f1(tp, tp + self.false_positives, tp + self.false_negatives)

    def add(self, item_id: str, gold: frozenset[Triple], found: frozenset[Triple]) -> None:
        self.items += 1
        self.true_positives += len(gold & found)
        self.false_positives += len(found - gold)
        self.false_negatives += len(gold - found)
        self.misses.extend((item_id, t) for t in sorted(gold - found))
        self.extras.extend((item_id, t) for t in sorted(found - gold))


@dataclass(slots=True)
class DocumentRates:
    """EDNIL: how many violent and non-violent documents got an event of a violent root."""

    violent: int = 0
    violent_hit: int = 0
    calm: int = 0
    calm_hit: int = 0
    violent_missed: list[str] = field(default_factory=list)
    calm_flagged: list[str] = field(default_factory=list)

    @property
    def violent_rate(self) -> float:
        return self.violent_hit / self.violent if self.violent else 0.0

    @property
    def calm_rate(self) -> float:
        return self.calm_hit / self.calm if self.calm else 0.0

    def add(self, item: GoldItem, hit: bool) -> None:
        if item.types & VIOLENT_TYPES:
            self.violent += 1
            self.violent_hit += hit
            if not hit:
                self.violent_missed.append(item.id)
        elif item.types:
            self.calm += 1
            self.calm_hit += hit
            if hit:
                self.calm_flagged.append(item.id)


# ---------------------------------------------------------------------------- readers


def read_plover(path: Path) -> Iterator[GoldItem]:
    """Records of the PLOVER gold standard (``PLOVER_GSR_CAMEO.json``), with PLOVER-type triples."""
    try:
        records = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as err:
        raise InputError(f"Cannot read PLOVER gold records from {path}: {err}.") from err
    for record in records:
        if not record.get("text") or record.get("event") == "DOCUMENT":
            continue
        kind = PLOVER_RENAMED.get(record["event"], record["event"])
        sources = _gold_actors(record.get("source")) or [UNKNOWN]
        targets = _gold_actors(record.get("target"))
        info = record.get("textInfo")
        reciprocal = isinstance(info, dict) and "SRC/TAR:" in info.get("markup", "")
        if not targets and reciprocal and len(set(sources)) > 1:
            triples = {(s, t, kind) for s in sources for t in sources if s != t}
        else:
            triples = {(s, t, kind) for s in sources for t in targets or [UNKNOWN]}
        yield GoldItem(id=record["id"], text=record["text"], language=record.get("language") or "en",
                       published=record.get("date"), triples=frozenset(triples))


def _gold_actors(value: object) -> list[str]:
    """Countries of a PLOVER actor list; a few records hold a stray string there, read as no actor."""
    if not isinstance(value, list):
        return []
    return [_country(actor.get("code")) for actor in value if isinstance(actor, dict)]


_SENTENCE = re.compile(r"<Sentence\s([^>]*)>(.*?)</Sentence>", re.S)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def read_petrarch(path: Path) -> Iterator[GoldItem]:
    """Sentences of a PETRARCH validation file (``PETR2_GSR_validation.xml``), with root triples.

    The files are not well-formed XML (``#`` comment banners, stray ``/`` in tags), so records are
    read with patterns. Records without text, and those not marked for evaluation, are left out.
    """
    try:
        content = path.read_text("utf-8")
    except OSError as err:
        raise InputError(f"Cannot read PETRARCH validation records from {path}: {err}.") from err
    for match in _SENTENCE.finditer(content):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        body = match.group(2)
        text_match = _TEXT.search(body)
        text = " ".join(text_match.group(1).split()) if text_match else ""
        if not text or attributes.get("evaluate", "true") != "true":
            continue
        triples = set()
        for coding in _CODING.findall(body):
            values = dict(_ATTRIBUTE.findall(coding))
            if "eventcode" in values:
                triples.add((_country(values.get("sourcecode")), _country(values.get("targetcode")),
                             values["eventcode"][:2]))
        day = attributes.get("date", "")
        published = f"{day[:4]}-{day[4:6]}-{day[6:]}" if re.fullmatch(r"\d{8}", day) else None
        yield GoldItem(id=attributes.get("id", str(match.start())), text=text, language="en",
                       published=published, triples=frozenset(triples))


def read_ednil(path: Path) -> Iterator[GoldItem]:
    """Documents of the FIRE 2020 EDNIL corpus (JSON Lines with ``doc_id``, ``text``, ``events``)."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as err:
        raise InputError(f"Cannot read EDNIL documents from {path}: {err}.") from err
    for number, record in _json_lines(lines, path):
        yield GoldItem(id=record.get("doc_id", f"line {number}"), text=record["text"], language="hi",
                       types=frozenset(e["type"] for e in record.get("events", ()) if e.get("type")))


def _json_lines(lines: list[str], path: Path) -> Iterator[tuple[int, dict]]:
    """The records of JSON Lines with their line numbers; a line that is not JSON is an error."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except ValueError as err:
            raise InputError(f"{path}, line {number}: not JSON ({err}).") from err


def read_triples(path: Path, texts: Path | None = None) -> Iterator[GoldItem]:
    """Our own gold: JSON Lines of ``{"id", "events": [{"source", "target", "root"}]}`` per article.

    The gold holds no text (the articles' licences do not allow copying them): the texts come from
    ``texts``, JSON Lines (or ``.jsonl.gz``) with ``id`` and ``text`` or ``body`` (and optionally
    ``title``, ``published`` or ``date``, ``language``), such as a corpus under ``../shared/corpora``.
    A header line states the annotation scheme: ``{"skip_roots": ["01"], "unknown_actors": ["NGO"]}`` — roots the
    annotators left out (our events of those roots are not scored either), and actor codes they did
    not use, writing ``---`` instead (ours are read the same way).
    """
    if texts is None:
        raise InputError(f"The triples gold {path.name} holds no text; give the articles with --texts FILE.")
    try:
        gold_lines = path.read_text("utf-8").splitlines()
        raw = texts.read_bytes()
        text_lines = (gzip.decompress(raw) if texts.suffix == ".gz" else raw).decode("utf-8").splitlines()
    except (OSError, gzip.BadGzipFile, UnicodeDecodeError) as err:
        raise InputError(f"Cannot read triples gold {path} or its texts {texts}: {err}.") from err
    articles = {str(record.get("id")): record for _, record in _json_lines(text_lines, texts)}
    skip_roots: frozenset[str] = frozenset()
    unknown_actors: frozenset[str] = frozenset()
    for number, record in _json_lines(gold_lines, path):
        if "id" not in record:  # the scheme header
            skip_roots = frozenset(str(root) for root in record.get("skip_roots", ()))
            unknown_actors = frozenset(str(code).upper() for code in record.get("unknown_actors", ()))
            continue
        article = articles.get(str(record.get("id")))
        if article is None:
            raise InputError(f"{path}, line {number}: no text with id {record.get('id')!r} in {texts}.")
        triples = frozenset((_country(e.get("source")), _country(e.get("target")), str(e["root"]).zfill(2))
                            for e in record.get("events", ()))
        yield GoldItem(id=str(record["id"]), text=article.get("text") or article.get("body") or "",
                       title=article.get("title") or "", language=article.get("language") or "",
                       published=article.get("published") or article.get("date"), triples=triples,
                       skip_roots=skip_roots, unknown_actors=unknown_actors)


READERS: dict[str, Callable[..., Iterator[GoldItem]]] = {
    "plover": read_plover, "petrarch": read_petrarch, "ednil": read_ednil, "triples": read_triples,
}


def guess_format(path: Path) -> str:
    """The gold format of a file from its name: ``.xml`` PETRARCH, ``.jsonl`` EDNIL, ``.json`` PLOVER."""
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return "petrarch"
    if suffix == ".jsonl":
        return "triples" if '"events": [{"source"' in _first_line(path) else "ednil"
    if suffix == ".json":
        return "plover"
    raise InputError(f"Cannot tell the gold format of {path.name}; name it: {', '.join(FORMATS)}.")


def _first_line(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as handle:
            return next((line for line in handle if line.strip() and '"id"' in line), "")
    except OSError:
        return ""


def select(items: Iterable[GoldItem], split: str) -> Iterator[GoldItem]:
    """The items of a split: ``all``, ``test`` (every ``HELD_OUT_EVERY``-th) or ``dev`` (the rest)."""
    if split not in SPLITS:
        raise InputError(f"Unknown split {split!r}; choose one of {', '.join(SPLITS)}.")
    for index, item in enumerate(items):
        held_out = index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1
        if split == "all" or (split == "test") == held_out:
            yield item


# ---------------------------------------------------------------------------- our side


def _country(code: str | None) -> str:
    code = (code or "").strip().upper()
    if len(code) < 3 or code[:3] in _region_codes():
        return UNKNOWN
    return LEGACY_COUNTRY_CODES.get(code[:3], code[:3])


@functools.cache
def _region_codes() -> frozenset[str]:
    """CAMEO region tags: actors that are several states at once, of no one country."""
    return frozenset(row["code"] for row in load_table("sambandh.kb", "regions"))


def _actor_country(country: str | None, code: str | None) -> str:
    if country and len(country) == 3:
        return country.upper()
    return _country(code)


# What did not happen is not scored: negated events, and those only supposed ("अगर ... तो", "if ..."); our Hindi
# gold leaves hypotheticals out (docs/gold/README.md), and so do careful coders. Intentions and threats are acts.
UNSCORED_MODALITIES = frozenset({"hypothetical"})


def event_triples(events: Iterable[Event], *, kind: str = "root") -> frozenset[Triple]:
    """Our events as ``(source, target, kind)`` triples; ``kind`` is ``root`` or ``plover``."""
    out = set()
    for event in events:
        if event.negated or event.modality in UNSCORED_MODALITIES or event.source.code == UNKNOWN:
            continue
        label = event.root if kind == "root" else event.plover
        if not label:
            continue
        source = _actor_country(event.source.country, event.source.code)
        target = _actor_country(event.target.country, event.target.code) if event.target else UNKNOWN
        out.add((source, target, label))
    return frozenset(out)


def analyse_item(item: GoldItem, pipeline: Pipeline) -> Article | None:
    """Our article for a gold text; the text is all body (no line is taken as its title; the gold's own
    title, when it has one, is the title)."""
    document = Document(source=Source(path=item.id, format="text"), content=item.text, title=item.title,
                        published=item.published, language=item.language or None)
    result = pipeline.article(document)
    return None if isinstance(result, Skipped) else result


def _as_gold_writes(triple: Triple, unknown_actors: frozenset[str]) -> Triple:
    source, target, kind = triple
    return (UNKNOWN if source in unknown_actors else source, UNKNOWN if target in unknown_actors else target, kind)


# ---------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class EventEvaluation:
    """The outcome of one run: triple scores (PLOVER, PETRARCH2) or document rates (EDNIL)."""

    format: str
    split: str
    triples: TripleScore | None = None
    documents: DocumentRates | None = None
    skipped: int = 0


def evaluate_events(
    path: Path,
    *,
    fmt: str | None = None,
    split: str = "all",
    limit: int | None = None,
    texts: Path | None = None,
    pipeline: Pipeline | None = None,
) -> EventEvaluation:
    """Score the coder on a gold file.

    Args:
        path: the gold file.
        fmt: ``plover``, ``petrarch`` or ``ednil``; guessed from the file name when None.
        split: ``all``, ``dev`` or ``test`` (see ``HELD_OUT_EVERY``).
        limit: score at most this many items of the split.
        texts: for the ``triples`` format, the JSON Lines file the gold's article ids refer to.
        pipeline: the pipeline to run; the default one when None.

    Raises:
        InputError: the file cannot be read, or the format or split is unknown.
    """
    fmt = fmt or guess_format(path)
    if fmt not in READERS:
        raise InputError(f"Unknown gold format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    pipeline = pipeline or Pipeline()
    result = EventEvaluation(format=fmt, split=split)
    if fmt == "ednil":
        result.documents = DocumentRates()
    else:
        result.triples = TripleScore()
    kind = "plover" if fmt == "plover" else "root"
    items = read_triples(path, texts) if fmt == "triples" else READERS[fmt](path)
    for number, item in enumerate(select(items, split)):
        if limit is not None and number >= limit:
            break
        article = analyse_item(item, pipeline)
        events = article.events if article is not None else ()
        result.skipped += article is None
        if result.documents is not None:
            result.documents.add(item, any(e.root in VIOLENT_ROOTS and not e.negated for e in events))
        else:
            found = frozenset(_as_gold_writes(t, item.unknown_actors) for t in event_triples(events, kind=kind)
                              if t[2] not in item.skip_roots)
            result.triples.add(item.id, item.triples, found)
    return result
