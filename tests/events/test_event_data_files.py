"""The coder's data files: the CAMEO table, predicate lexicons, verb forms and cue words.

Each predicate row's example must contain its pattern the way the coder matches it (folded tokens,
contiguous, particles and negation words taken out) and must not be shadowed by a longer pattern
with another code.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from sambandh.datafiles import load_table, split_values
from sambandh.events.lexicon import GAP, GAP_WORDS, NO_EVENT
from sambandh.text.normalize import fold
from sambandh.text.tokens import tokenize

PACKAGE = "sambandh.events"
DATA = Path(__file__).resolve().parents[2] / "sambandh" / "events" / "data"
TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_cameo.py"
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "cameo"

COLUMNS = {
    "cameo": ["code", "root", "name", "goldstein", "quad_class", "plover"],
    "predicates_hi": ["pattern", "cameo", "target", "example"],
    "predicates_en": ["pattern", "cameo", "target", "example"],
    "occurrences_hi": ["pattern", "cameo", "target", "example"],
    "occurrences_en": ["pattern", "cameo", "target", "example"],
    "generic_actors": ["lang", "phrase", "sector", "name"],
    "light_verbs_hi": ["verb", "form", "modality"],
    "verb_forms_en": ["lemma", "form", "modality"],
    "cues_hi": ["kind", "phrase", "note"],
    "cues_en": ["kind", "phrase", "note"],
    "code_shifts": ["shift", "act", "code"],
    "grammar_hi": ["role", "word", "note"],
    "grammar_en": ["role", "word", "note"],
}
FORMS_FILE = {"hi": ("light_verbs_hi", "verb"), "en": ("verb_forms_en", "lemma")}
TARGETS = {
    "hi": {"से", "को", "की", "का", "के", "पर", "के साथ", "के खिलाफ", "के लिए", "के प्रति", "की ओर", "0", "-"},
    "en": {"with", "to", "on", "against", "from", "for", "at", "of", "0", "-"},
}
MODALITIES = {"asserted", "intended", "nonfinite"}
CUE_KINDS = {"attribution", "negation", "possible", "intended", "hypothetical", "opinion", "clause_break",
             "simile", "passive", "obligation", "condition"}
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "REQUEST",
    "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
}
# PLOVER dropped CAMEO 01 (statements) and 02 (appeals); every other code has a PLOVER type.
ROOTS_WITHOUT_PLOVER = {"01", "02"}
QUAD_CLASS = {f"{root:02d}": quad for quad, roots in
              ((1, range(1, 6)), (2, range(6, 9)), (3, range(9, 14)), (4, range(14, 21))) for root in roots}
MIN_PATTERNS = 220


def _rows(name: str):
    return load_table(PACKAGE, name)


def _cameo() -> dict[str, dict]:
    return {row["code"]: dict(row) for row in _rows("cameo")}


def _predicate_params(lang: str, kind: str = "predicates"):
    return [pytest.param(dict(row), id=row["pattern"]) for row in _rows(f"{kind}_{lang}")]


def _patterns(lang: str):
    """Every pattern the coder matches: predicates and occurrences compete for the longest match."""
    return (*_rows(f"predicates_{lang}"), *_rows(f"occurrences_{lang}"))


# ---------------------------------------------------------------------------- every file


@pytest.mark.parametrize("name,columns", sorted(COLUMNS.items()))
def test_event_data_files_have_their_columns(name, columns):
    rows = _rows(name)
    assert rows, name
    assert list(rows[0]) == columns


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_event_data_files_are_nfc_and_name_source_and_licence(name):
    text = (DATA / f"{name}.tsv").read_text("utf-8")
    assert unicodedata.is_normalized("NFC", text), f"{name}.tsv is not NFC"
    header = "\n".join(line for line in text.splitlines() if line.startswith("#")).lower()
    assert "mit" in header or "cc by-sa" in header, f"{name}.tsv names no licence"
    assert "columns" in header, f"{name}.tsv does not describe its columns"


# ---------------------------------------------------------------------------- cameo.tsv


def test_cameo_has_all_20_roots():
    codes = _cameo()
    assert {code for code in codes if len(code) == 2} == set(QUAD_CLASS)
    assert len(codes) >= 300


def test_cameo_codes_are_unique_and_belong_to_their_root():
    rows = _rows("cameo")
    assert not [c for c, n in Counter(r["code"] for r in rows).items() if n > 1]
    codes = {r["code"] for r in rows}
    for row in rows:
        code = row["code"]
        assert re.fullmatch(r"\d{2,4}", code), code
        assert code[:2] == row["root"], code
        if len(code) > 2:
            assert code[:-1] in codes or code[:2] in codes, f"{code} has no parent"


@pytest.mark.parametrize("root,quad", sorted(QUAD_CLASS.items()))
def test_cameo_quad_class_follows_the_root(root, quad):
    assert {int(r["quad_class"]) for r in _rows("cameo") if r["root"] == root} == {quad}


def test_cameo_goldstein_in_range():
    assert all(-10 <= float(r["goldstein"]) <= 10 for r in _rows("cameo"))


def test_cameo_names_are_sentence_case():
    assert all(r["name"][0].isupper() and not r["name"].isupper() for r in _rows("cameo"))
    assert _cameo()["01"]["name"] == "Make public statement"


def test_cameo_plover_types_cover_every_root_plover_kept():
    rows = _rows("cameo")
    kept = [r for r in rows if r["root"] not in ROOTS_WITHOUT_PLOVER]
    assert sum(bool(r["plover"]) for r in kept) / len(kept) >= 0.95
    assert all(r["plover"] for r in kept)
    assert not [r["code"] for r in rows if r["root"] in ROOTS_WITHOUT_PLOVER and r["plover"]]
    assert {r["plover"] for r in kept} <= PLOVER_TYPES


@pytest.mark.parametrize("code,plover", [("042", "CONSULT"), ("0231", ""), ("163", "COERCE"), ("0841", "RETREAT"),
                                         ("190", "ASSAULT"), ("1043", "REQUEST"), ("2041", "ASSAULT")])
def test_cameo_plover_examples(code, plover):
    assert _cameo()[code]["plover"] == plover


def test_cameo_table_is_what_the_tool_builds(monkeypatch):
    if not REFERENCE.is_dir():
        pytest.skip("../shared/reference/cameo is not present")
    monkeypatch.syspath_prepend(str(TOOL.parent))  # the tool imports its sibling _generated
    spec = importlib.util.spec_from_file_location("build_cameo", TOOL)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_cameo", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    assert module.render(module.build_rows()) == (DATA / "cameo.tsv").read_text("utf-8")


# ---------------------------------------------------------------------------- verb forms


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_verb_forms_modality_and_no_duplicates(lang):
    name, verb_column = FORMS_FILE[lang]
    rows = _rows(name)
    assert {r["modality"] for r in rows} <= MODALITIES
    pairs = Counter((r[verb_column], r["form"]) for r in rows)
    assert not [pair for pair, n in pairs.items() if n > 1]


def test_verb_forms_en_are_single_lower_case_words():
    assert all(re.fullmatch(r"[a-z]+", r["form"]) for r in _rows("verb_forms_en"))


@pytest.mark.parametrize("verb,form,modality", [
    ("कर", "की", "asserted"), ("कर", "किया", "asserted"), ("कर", "कर रहे", "asserted"), ("कर", "करेंगे", "intended"),
    ("कर", "करना चाहता", "intended"), ("कर", "करने", "nonfinite"), ("कर", "करते हुए", "nonfinite"),
    ("पहुंच", "पहुँचे", "asserted"), ("पहुंच", "पहुंचे", "asserted"), ("छोड़", "छोडा", "asserted"),
    ("दे", "दिया", "asserted"), ("लगा", "लगाएंगे", "intended"), ("कर:पुं", "किया", "asserted"),
])
def test_light_verbs_hi_lists_the_form(verb, form, modality):
    assert (verb, form, modality) in {(r["verb"], r["form"], r["modality"]) for r in _rows("light_verbs_hi")}


def test_light_verbs_hi_masculine_class_leaves_out_the_genitive():
    forms = {r["form"] for r in _rows("light_verbs_hi") if r["verb"] == "कर:पुं"}
    assert "किया" in forms
    assert not {"की", "कीं"} & forms


# ---------------------------------------------------------------------------- cues


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_cues_kinds_and_no_duplicates(lang):
    rows = _rows(f"cues_{lang}")
    # Hindi marks the passive with an auxiliary ("किया गया") and its doer with "द्वारा"; obligation is English-only
    english_only = {"obligation", "condition"}
    assert {r["kind"] for r in rows} == (CUE_KINDS if lang == "en" else CUE_KINDS - english_only)
    pairs = Counter((r["kind"], r["phrase"]) for r in rows)
    assert not [pair for pair, n in pairs.items() if n > 1]


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_cues_attribution_has_one_placeholder(lang):
    for row in _rows(f"cues_{lang}"):
        words = row["phrase"].split()
        assert (words.count("X") == 1) == (row["kind"] == "attribution"), row["phrase"]


@pytest.mark.parametrize("lang,kind,phrase", [
    ("hi", "attribution", "X के मुताबिक"), ("hi", "attribution", "X ने बताया कि"), ("hi", "negation", "नहीं"),
    ("hi", "possible", "सकता"), ("hi", "intended", "चाहते"), ("hi", "hypothetical", "अगर"),
    ("hi", "opinion", "विशेषज्ञों का कहना है"), ("hi", "clause_break", "जबकि"),
    ("en", "attribution", "according to X"), ("en", "negation", "never"), ("en", "possible", "might"),
    ("en", "intended", "plans to"), ("en", "hypothetical", "unless"), ("en", "opinion", "analysts say"),
    ("en", "clause_break", "whereas"),
])
def test_cues_lists_the_phrase(lang, kind, phrase):
    assert (kind, phrase) in {(r["kind"], r["phrase"]) for r in _rows(f"cues_{lang}")}


# ---------------------------------------------------------------------------- predicates


@cache
def _forms(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    name, verb_column = FORMS_FILE[lang]
    forms: dict[str, list[tuple[str, ...]]] = {}
    for row in _rows(name):
        forms.setdefault(row[verb_column], []).append(tuple(fold(row["form"]).split()))
    return {verb: tuple(alternatives) for verb, alternatives in forms.items()}


@cache
def _skipped_words(lang: str) -> frozenset[str]:
    """Words the coder takes out before matching predicates: particles and one-word negations."""
    particles = {fold(r["marker"]) for r in _rows("case_markers") if r["lang"] == lang and r["kind"] == "particle"}
    negation = {fold(r["phrase"]) for r in _rows(f"cues_{lang}")
                if r["kind"] == "negation" and len(r["phrase"].split()) == 1}
    return frozenset(particles | negation)


def _elements(pattern: str, lang: str) -> list[tuple[tuple[str, ...], ...]]:
    elements = []
    for token in pattern.split():
        if token == "*":
            elements.append(GAP)
        elif token.startswith("@"):
            elements.append(_forms(lang)[token[1:]])
        elif token.startswith("(") and token.endswith(")"):
            elements.append(tuple((fold(word),) for word in token[1:-1].split("|")))
        else:
            elements.append(((fold(token),),))
    return elements


def _ends(elements, keys: list[str], index: int) -> set[tuple[int, int]]:
    """Every (end index, words skipped by "*") at which ``elements`` match from ``index``."""
    if not elements:
        return {(index, 0)}
    if elements[0] == GAP:  # "*": the shortest run of one to GAP_WORDS words after which the rest matches
        for gap in range(1, GAP_WORDS + 1):
            if index + gap < len(keys) and (ends := _ends(elements[1:], keys, index + gap)):
                return {(end, skipped + gap) for end, skipped in ends}
        return set()
    ends: set[tuple[int, int]] = set()
    for words in elements[0]:
        if tuple(keys[index:index + len(words)]) == words:
            ends |= _ends(elements[1:], keys, index + len(words))
    return ends


def _keys(text: str, lang: str) -> list[str]:
    skipped = _skipped_words(lang)
    return [token.key for token in tokenize(text) if token.key not in skipped]


def _matches(pattern: str, lang: str, keys: list[str]) -> list[tuple[int, int, int]]:
    """(start, end, weight) of each match: the longest from each start; weight is its length less the gap."""
    elements = _elements(pattern, lang)
    tails = {fold(w) for w in _grammar_words("compound_tail")} if lang == "hi" else set()
    out = []
    for start in range(len(keys)):
        if ends := _ends(elements, keys, start):
            end, skipped = max(ends)
            if end < len(keys) and keys[end] in tails:
                continue  # "के बीच संघर्ष विराम": the last word is half of a compound, no match (as the lexicon reads)
            out.append((start, end, end - start - skipped))
    return out


def _grammar_words(role: str) -> list[str]:
    return [row["word"] for row in _rows("grammar_hi") if row["role"] == role]


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_predicates_have_enough_patterns_over_all_roots(lang):
    rows = _rows(f"predicates_{lang}")
    assert len(rows) >= MIN_PATTERNS
    assert {row["cameo"][:2] for row in rows if row["cameo"] != NO_EVENT} == set(QUAD_CLASS)


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_predicates_have_no_duplicate_patterns(lang):
    counts = Counter(" ".join(row["pattern"].split()) for row in _patterns(lang))
    assert not [pattern for pattern, n in counts.items() if n > 1]


@pytest.mark.parametrize("row", [*_predicate_params("hi", "occurrences"), *_predicate_params("en", "occurrences")])
def test_occurrences_row_is_well_formed_and_example_contains_it(row):
    lang = "hi" if any("\u0900" <= ch <= "\u097f" for ch in row["example"]) else "en"
    _check_row(row, lang)
    _check_example(row, lang)
    assert "-" in split_values(row["target"]), "an occurrence may name no target"
    assert _cameo()[row["cameo"]]["quad_class"] == "4", "occurrences are material conflict"


@pytest.mark.parametrize("row", _predicate_params("hi"))
def test_predicates_hi_row_is_well_formed(row):
    _check_row(row, "hi")


@pytest.mark.parametrize("row", _predicate_params("en"))
def test_predicates_en_row_is_well_formed(row):
    _check_row(row, "en")
    assert row["pattern"] == row["pattern"].lower()


def _check_row(row: dict, lang: str) -> None:
    assert row["cameo"] in _cameo() or row["cameo"] == NO_EVENT, f"unknown CAMEO code {row['cameo']}"
    targets = split_values(row["target"])
    assert targets and set(targets) <= TARGETS[lang], targets
    assert "-" not in targets[:-1], "'-' (no target) comes last"
    for token in row["pattern"].split():
        if token.startswith("@"):
            assert token[1:] in _forms(lang), f"no forms for {token}"
        if "(" in token or ")" in token:
            assert token.startswith("(") and token.endswith(")"), f"{token}: one alternative group, one word each"
        elif token.startswith("(") or token.endswith(")"):
            inner = token[1:-1].split("|")
            assert token.startswith("(") and token.endswith(")") and len(inner) > 1 and all(inner), token
            assert not any(word.startswith("@") for word in inner), token
        assert fold(token) not in _skipped_words(lang), f"{token} is taken out before matching"


@pytest.mark.parametrize("row", _predicate_params("hi"))
def test_predicates_hi_example_contains_the_pattern(row):
    _check_example(row, "hi")


@pytest.mark.parametrize("row", _predicate_params("en"))
def test_predicates_en_example_contains_the_pattern(row):
    _check_example(row, "en")


def _check_example(row: dict, lang: str) -> None:
    keys = _keys(row["example"], lang)
    own = _matches(row["pattern"], lang, keys)
    assert own, f"pattern {row['pattern']!r} not found in {keys}"
    start, end, weight = max(own, key=lambda span: span[2])
    # the coder keeps the longest match (words a "*" skips do not count), then the first
    mine = (-weight, start, row["pattern"])
    for other in _patterns(lang):
        if other["pattern"] == row["pattern"] or other["cameo"] == row["cameo"]:
            continue
        for first, last, other_weight in _matches(other["pattern"], lang, keys):
            overlaps = first < end and start < last
            assert not (overlaps and (-other_weight, first, other["pattern"]) < mine), (
                f"{other['pattern']!r} ({other['cameo']}) shadows {row['pattern']!r} in the example")


# ---------------------------------------------------------------------------- generic actors

SECTORS = {"UAF", "REB", "CRM", "OPP", "CVL", "COP", "MIL", "GOV", "JUD", "MED", "EDU", "AGR", "LAB", "LEG", "REF",
           "PTY"}  # PTY: a party, placed only by its owner's genitive (events/context.py OWNED_SECTORS)


def test_generic_actors_are_unique_with_known_sectors():
    rows = _rows("generic_actors")
    assert {r["lang"] for r in rows} == {"hi", "en"}
    assert {r["sector"] for r in rows} <= SECTORS
    pairs = Counter((r["lang"], fold(r["phrase"])) for r in rows)
    assert not [pair for pair, n in pairs.items() if n > 1]
    assert all(r["name"] and r["name"] == r["name"].lower() for r in rows)
    assert all(r["phrase"] == r["phrase"].lower() for r in rows if r["lang"] == "en")


@pytest.mark.parametrize("lang,phrase,sector", [
    ("hi", "आतंकियों", "UAF"), ("hi", "उपद्रवियों", "OPP"), ("hi", "नक्सलियों", "REB"), ("hi", "पुलिस", "COP"),
    ("en", "gunmen", "UAF"), ("en", "rebels", "REB"),
])
def test_generic_actors_lists_the_phrase(lang, phrase, sector):
    assert (lang, phrase, sector) in {(r["lang"], r["phrase"], r["sector"]) for r in _rows("generic_actors")}


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_occurrences_leave_out_accident_words(lang):
    """Explosions, fires and collisions alone are as often accidents: no occurrence is just one of them."""
    accidents = {"hi": {"धमाका", "धमाके", "विस्फोट", "ब्लास्ट", "आग", "आगजनी", "भिड़ंत", "हादसा", "दुर्घटना"},
                 "en": {"explosion", "blast", "fire", "crash", "collision"}}[lang]
    for row in _rows(f"occurrences_{lang}"):
        words = row["pattern"].split()
        alternatives = {w for token in words for w in token.strip("()").split("|")}
        assert not (len(words) == 1 and alternatives & accidents), row["pattern"]


def test_event_data_files_code_shifts_name_real_codes_of_the_right_root():
    cameo = _cameo()
    roots = {"intended": {"03", "13"}, "refused": {"12"}}
    for row in _rows("code_shifts"):
        assert row["shift"] in roots, row
        assert row["code"] in cameo and cameo[row["code"]]["root"] in roots[row["shift"]], dict(row)
        assert any(code.startswith(row["act"]) for code in cameo), dict(row)


def test_grammar_hi_names_every_role_the_rules_read():
    from sambandh.events.cues import grammar

    roles = {"claim", "relative_oblique", "ergative", "concurrent_participle", "conjunctive_participle", "compound_vector", "including", "verbal_targeting", "armed_reading", "between", "between_genitive", "between_phrase", "doer_genitive",
             "intransitive_verb", "getting_verb", "decision", "decision_verb", "decision_link", "decision_signature", "getting_dative", "both", "both_noun", "location", "compound_tail", "empty_verb", "giver_postposition", "relative_agent", "relative_object", "media_word", "coordinator", "after_verb", "both_conflict_noun", "ready_word", "ready_link", "nominal_end", "nominal_doer_genitive", "background_genitive", "both_country_noun",
             "pronoun से", "pronoun की", "pronoun का", "pronoun के", "pronoun के साथ", "pronoun पर", "weapon_noun",
             "background_noun",
             "governing_intent_root", "governing_refusal_root", "governing_genitive", "governing_ablative",
             "fronted_marker", "purpose_link", "purpose_means",
             "conjunctive_phrase", "demonstrative", "demonstrative_pronoun", "complementizer",
             "possessed_link", "cataphoric_break", "cause_conjunction", "quantity", "future_passive", "membership", "membership_auxiliary", "group_noun", "request_marker", "pressure_marker", "own_people_noun", "relative_subject", "comparative", "stative_verb", "agent_participle",
                 "conditional_then", "decided_intent_root", "mediation_noun", "mediation_link",
                 "mediation_genitive", "counterpart_postposition", "relative_genitive", "both_person_noun", "accusation_claim", "demand_noun", "rioting_actor", "agreement_noun", "list_group_noun", "organization_noun", "demonym_ending",
             "inner_adverbial_end", "inner_time_marker", "casualty", "correlative", "arrival_verb", "arrival_trip",
             "origin_marker", "object_marker", "participle_tail", "addressee_marker", "modifier_agent", "event_adjective"}
    assert set(grammar()) == roles
    assert all(words and all(w == unicodedata.normalize("NFC", w) for w in words) for words in grammar().values())


def test_grammar_en_names_the_roles_of_both():
    from sambandh.events.cues import grammar

    assert set(grammar("en")) == {"both", "both_noun", "both_conflict_noun", "both_country_noun", "both_person_noun"}
    assert all(w == w.lower() for words in grammar("en").values() for w in words)
