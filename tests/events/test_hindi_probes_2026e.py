"""Probes, fifth set: 12 Hindi world-politics articles of our own (2022-2025 events), scored as the eval scores.

The articles and their gold triples (source country, target country, CAMEO root; root 01 skipped as in docs/gold)
are in ``data/hindi_probes_2026e.jsonl``, written by a helper who never ran the coder on them, on stories the earlier
sets do not cover (Finland joining NATO, Mali and France, Peru and Mexico, Iran's strike on Israel, the Fukushima
water and China's seafood ban, the Pretoria agreement, the Wagner mutiny, Trump and Petro, Kim and Putin at
Vostochny, Israel's strike in Doha, Kenyan police in Haiti, Orbán in Moscow).

At the start of the round that wrote it the whole set scored 0.524 (odd half 0.436, even half 0.600). The odd half is
the work set; the even half stays blind: only its score is looked at, never the coder's output on it. After the
round: odd 0.532, even 0.593. The floors sit a little below.
"""

from . import probes

PROBES = "hindi_probes_2026e"


def test_probe_file_is_twelve_articles_with_gold():
    assert probes.numbered(probes.articles(PROBES), "E", 12)


def test_odd_probes_f1_floor():
    assert probes.half_f1(PROBES, 1) >= 0.50  # 0.436 before this round's rules, 0.532 after


def test_even_probes_f1_floor():
    assert probes.half_f1(PROBES, 0) >= 0.56  # blind: 0.600 before this round's rules, 0.593 after
