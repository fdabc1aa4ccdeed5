"""Hindi targets named across sentences: "इन प्रतिबंधों की निंदा", "इस परीक्षण की निंदा", "आरोप लगाया कि Y ने".

Hindi news reports an act once and then answers it by a demonstrative ("ईरान ने इन प्रतिबंधों की कड़ी निंदा
की", "रूस ने इसे उल्लंघन बताया") or by the act's own noun ("अमेरिका ने परीक्षण को उल्लंघन बताया"). The
reaction's target is the doer of that act, named sentences before:

- **An answered act** (``antecedent_target``): when a predicate finds no target, a demonstrative (``grammar_hi.tsv``
  role ``demonstrative``, "इस", "इन", with a target marker of the pattern at most ``DEMONSTRATIVE_GAP`` words after
  it) or a demonstrative pronoun (role ``demonstrative_pronoun``: "इसे", "इसकी") before the predicate, or a noun
  with a target marker that shares its stem with a word of an earlier event's trigger, stands for the doer of the
  article's last event (at most ``ANAPHOR_REACH`` sentences back, no statement, root 01) done by another country;
  a demonstrative before a group noun (role ``group_noun``: "इन दोनों कंपनियों पर") stands for that event's target;
  after the same doer's own reaction in the sentence ("X ने Y की निंदा की और इसे उल्लंघन बताया"), that reaction's
  target.
- **A recipient** (``recipient_target``): a cooperative act with no target helps whom the same doer's act before it
  in the sentence was aimed at, and aid or a pledge (roots 03, 07) goes where another country's last aid went.
- **An accusation's content** (``accused_after``): "थाईलैंड ने आरोप लगाया कि कंबोडिया ने रॉकेट दाग़े": an
  accusation with no target accuses the doer ("X ने") of the clause its "कि" (role ``complementizer``) opens; force
  that doer used there on no one named was used on the accuser's country (``accuser_target``).
- **A claim as an accusation** (``claimed_accusations``): "पाकिस्तान का कहना है कि भारत ने हमला किया", "ईरान ने दावा
  किया कि इसराइल ने ...": the words of a claim (role ``claim``) right before "कि" make its speaker accuse (112) the
  doer of the clause after it, when that doer's act there is force or hostility (roots 13-20) and the doer is
  another country.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from ..model import Actor, ActorRef, Event, Evidence, event_id, replace
from ..text.normalize import fold
from .cameo import lookup
from .clause import UNKNOWN_COUNTRY, PlacedActor, SentenceView
from .cues import grammar_keys, grammar_phrases, marker_words, phrase_ending

ANAPHOR_HOW = "anaphora"  # Actor.how of a target taken from an earlier event's doer
ANAPHOR_MARKER_KIND = "anaphora"
BARE_MARKER_KIND = "none"  # an actor with no case marker after it: a subject
JOINED_DOERS = 2  # an answered act stands for all its doers when two or more did it
LISTED_DOERS = 3  # "इन देशों" stands for the doers of an act done by this many countries or more
# The answered act is at most this many sentences back (same sentence included).
ANAPHOR_REACH = 6
# ... or this many when the act is named by its own noun ("परीक्षण को उल्लंघन बताया").
NAMED_ACT_REACH = 10
# "इन प्रतिबंधों की", "इस नए परीक्षण की": the target marker at most this many words after the demonstrative.
DEMONSTRATIVE_GAP = 3
# Roots an answered act may not have: plain statements are not what a reaction answers.
ANSWERED_SKIP_ROOTS = frozenset({"01"})
ACCUSE_ROOT = "11"
# Condemning an act named in other words than its report falls back on the last force used (coercion, assault,
# fighting, mass violence).
CONDEMNING_ROOTS = frozenset({"11"})
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# A claim that another country did an act of these roots accuses it (CAMEO 112).
CLAIMED_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
CLAIM_CODE = "112"
# Aid and pledges of aid: a targetless one goes where the last one of another country went.
AID_ROOTS = frozenset({"03", "07"})
# Talks named with no partner ("मॉस्को बातचीत जारी रखने को तैयार है"): an intent to negotiate (036) or negotiation
# (046) is with the partner of the doer's last talks (root TALKS_ROOT) a few sentences before. Not a bare meeting
# (040): "मिले" is as often "were found".
TALK_CODES = ("036", "046")
TALKS_ROOT = "04"
# The acts of cooperation an agreement, a deal or an initiative names ("समझौते का स्वागत"): intent, talks,
# material cooperation, concessions (a ceasefire).
AGREED_ROOTS = frozenset({"03", "04", "06", "08"})
SIGN_CODE = "057"  # ... and signing one; a host's or a mediator's part (043, 045) is no side of it
THIRD_PARTY_CODES = frozenset({"043", "045"})
# A stem shorter than this matches nothing ("की", "पर").
MIN_STEM = 3
# Dependent vowel signs, anusvara, chandrabindu, nukta and virama, stripped from a word's end for its stem.
_ENDINGS = "".join(chr(c) for c in range(0x093E, 0x094D + 1)) + "\u0901\u0902\u093c"


def antecedent_target(
    view: SentenceView,
    start: int,
    end: int,
    targets: tuple[str, ...],
    sources: list[PlacedActor],
    earlier: list[Event],
    root: str | None = None,
) -> PlacedActor | None:
    """The doer of the act that words in ``keys[start:end]`` point back to, as the target of a reaction; for a
    group ("इन कंपनियों पर"), the target of the last act of ``root`` (else of any root) aimed at another country."""
    keys = view.keys
    markers = {fold(t.split()[0]) for t in targets if t not in ("-", "0")}
    own = {s.actor.country for s in sources}
    at, stems = _pointer(keys, start, end, markers)
    if at is None:
        return None
    sentence = view.sentence.id
    if _points_to_group(keys, at):
        return _group_target(view, at, own, earlier, root) or _group_target(view, at, own, earlier)
    for event in reversed(earlier):  # "X ने Y के हमलों की निंदा की और इसे उल्लंघन बताया": what X answered just before
        if event.sentence == sentence and event.source.country in own and event.target is not None and (
                event.root not in ANSWERED_SKIP_ROOTS and event.target.country not in own):
            return _stand_in(view, at, event.target)
    # "इन हमलों की निंदा": the act the demonstrative's noun names, if reported, before any other act
    named = _named_after(keys, at, markers) if not stems else frozenset()
    for wanted in ((named, stems) if named else (stems,)):
        for event in _recent(earlier, sentence, NAMED_ACT_REACH if wanted else ANAPHOR_REACH):
            ref = event.source
            if (event.root in ANSWERED_SKIP_ROOTS or event.negated or not ref.country
                    or ref.country == UNKNOWN_COUNTRY or ref.country in own):
                continue
            if wanted and not wanted & {_stem(fold(w)) for w in (event.trigger or "").split()[:-1]}:
                continue
            return _stand_in(view, at, ref)
    if stems and root in CONDEMNING_ROOTS:
        # "दूतावास पर धावे की निंदा की": an act named in other words than its report ("घुसकर गिरफ्तार किया") is the
        # last force used by another country
        for event in _recent(earlier, sentence, NAMED_ACT_REACH):
            ref = event.source
            if (event.root in FORCE_ROOTS and not event.negated and ref.country
                    and ref.country != UNKNOWN_COUNTRY and ref.country not in own):
                return _stand_in(view, at, ref)
    return None


def agreement_parties(view: SentenceView, start: int, end: int, sources: list[PlacedActor],
                      earlier: list[Event]) -> list[PlacedActor]:
    """"अमेरिका ने समझौते का स्वागत किया", "इस पहल की सराहना की": an agreement (grammar role ``agreement_noun``) in
    the genitive in ``keys[start:end]`` (the reaction's own words included) stands for both parties of the last act
    of cooperation between two other countries (``AGREED_ROOTS``), at most ``NAMED_ACT_REACH`` sentences back."""
    keys = view.keys
    nouns, genitives = grammar_keys("agreement_noun"), marker_words("hi", "genitive")
    at = next((i for i in range(start, end - 1) if keys[i] in nouns and keys[i + 1] in genitives), None)
    if at is None:
        return []
    own = {s.actor.country for s in sources}
    for event in _recent(earlier, view.sentence.id, NAMED_ACT_REACH):
        agreed = (event.root in AGREED_ROOTS or event.cameo.startswith(SIGN_CODE)) and (
            event.cameo not in THIRD_PARTY_CODES)
        if agreed and _between_others(event, own):
            return [_stand_in(view, at, event.source), _stand_in(view, at, event.target)]
    return []


def third_party_sides(view: SentenceView, sources: list[PlacedActor], earlier: list[Event]) -> list[PlacedActor]:
    """"जिसमें तुर्की ने मध्यस्थता की", "इस बैठक की मेजबानी तुर्की ने की": the two sides a mediator or a host stood
    between: two other countries joined in the sentence ("अमेरिका और रूस के बीच"), else the two of the last act
    between two other countries, at most ``ANAPHOR_REACH`` sentences back."""
    own = {s.actor.country for s in sources}
    countries = [a for a in view.actors if a.actor.type == "country" and a.actor.country not in own]
    for left, right in itertools.pairwise(countries):
        if left.joined and left.actor.country and right.actor.country and left.actor.country != right.actor.country:
            return [left, right]
    for event in _recent(earlier, view.sentence.id, ANAPHOR_REACH):
        if event.root not in ANSWERED_SKIP_ROOTS and _between_others(event, own):
            return [_stand_in(view, 0, event.source), _stand_in(view, 0, event.target)]
    return []


def listed_doers(view: SentenceView, start: int, end: int, earlier: list[Event]) -> list[PlacedActor]:
    """"अर्जेंटीना, चिली, पेरू ... ने सवाल उठाए, जिसके बाद वेनेजुएला ने इन सातों देशों के राजनयिकों को निकाला": a
    demonstrative before "देशों" (at most one count word between, grammar roles ``demonstrative``, ``list_group_noun``)
    in ``keys[start:end]`` stands for the doers of the last act that ``LISTED_DOERS`` or more countries did together,
    at most ``ANAPHOR_REACH`` sentences back."""
    keys = view.keys
    nouns, pointers = grammar_keys("list_group_noun"), grammar_keys("demonstrative")
    at = next((i for i in range(start, end) if keys[i] in nouns
               and pointers.intersection(keys[max(start, i - 2):i])), None)
    if at is None:
        return []
    for event in _recent(earlier, view.sentence.id, ANAPHOR_REACH):
        same = [e for e in earlier if e.sentence == event.sentence and e.trigger == event.trigger
                and e.cameo == event.cameo and e.source.country and not e.negated]
        refs = {e.source.country: e.source for e in same}
        if len(refs) >= LISTED_DOERS:
            return [_stand_in(view, at, ref) for ref in refs.values()]
    return []


def joined_doers(view: SentenceView, target: PlacedActor, earlier: list[Event]) -> list[PlacedActor]:
    """"अमेरिका और ब्रिटेन ने हमले किए ... ईरान ने इन हमलों की निंदा की": an answered act's target taken from its doer
    stands for every doer of that act (the same trigger, code and target), in their order."""
    if target.actor.how != ANAPHOR_HOW:
        return []
    act = next((e for e in reversed(earlier) if e.source.country == target.actor.country), None)
    if act is None:
        return []
    same = [e for e in earlier if e.sentence == act.sentence and e.trigger == act.trigger and e.cameo == act.cameo
            and e.target == act.target and e.source.country]
    countries = list(dict.fromkeys(e.source.country for e in same))
    if len(countries) < JOINED_DOERS:
        return []
    refs = {e.source.country: e.source for e in same}
    return [_stand_in(view, target.first, refs[c]) for c in countries]


def _named_after(keys: list[str], at: int, markers: set[str]) -> frozenset[str]:
    """The stem of the noun right after a demonstrative and before its marker ("इन हमलों की": हमल)."""
    if at + 2 >= len(keys) or keys[at] not in grammar_keys("demonstrative") or keys[at + 2] not in markers:
        return frozenset()
    stem = _stem(keys[at + 1])
    return frozenset({stem}) if len(stem) >= MIN_STEM else frozenset()


def _points_to_group(keys: list[str], at: int) -> bool:
    """"इन दोनों कंपनियों पर": a demonstrative before a group noun points back to actors, not to an act."""
    return keys[at] in grammar_keys("demonstrative") and not grammar_keys("group_noun").isdisjoint(
        keys[at + 1:at + 1 + DEMONSTRATIVE_GAP])


def _group_target(view: SentenceView, at: int, own: set[str | None], earlier: list[Event],
                  root: str | None = None) -> PlacedActor | None:
    """"ब्रिटेन ने इन दोनों कंपनियों पर प्रतिबंध लगाए": the target of the last act (no statement; of ``root``, if
    given) aimed at another country, at most ``ANAPHOR_REACH`` sentences back."""
    for event in _recent(earlier, view.sentence.id, ANAPHOR_REACH):
        target = event.target
        if (event.root in ANSWERED_SKIP_ROOTS or event.negated or target is None or not target.country
                or target.country == UNKNOWN_COUNTRY or target.country in own or root not in (None, event.root)):
            continue
        return _stand_in(view, at, target)
    return None


def recipient_target(view: SentenceView, code: str, sources: list[PlacedActor],
                     earlier: list[Event]) -> PlacedActor | None:
    """Whom a cooperative act of CAMEO ``code`` with no target helps: the target of the same doer's act just before
    in the sentence ("मोदी ने X से बात की और मदद का भरोसा दिया"); for aid and pledges (``AID_ROOTS``), the target of
    the last aid or pledge of another country ("चीन ने भी बचाव दल भेजा" after India's aid to Myanmar); for talks
    (``TALK_CODES``), the partner of the doer's last talks ("मॉस्को बातचीत जारी रखने को तैयार है" after Russia and
    Ukraine met)."""
    own = {s.actor.country for s in sources}
    sentence = view.sentence.id
    at = max(s.first for s in sources)
    code_root = code[:2]
    for event in _recent(earlier, sentence, ANAPHOR_REACH):
        target = event.target
        if target is None or not target.country or target.country in own or event.negated:
            continue
        if event.sentence == sentence and event.source.country in own and event.root not in ANSWERED_SKIP_ROOTS:
            return _stand_in(view, at, target)
        if code_root in AID_ROOTS and event.root in AID_ROOTS and event.source.country not in own:
            return _stand_in(view, at, target)
        if code.startswith(TALK_CODES) and event.root == TALKS_ROOT and event.source.country in own:
            return _stand_in(view, at, target)
    return None


def accuser_target(view: SentenceView, sources: list[PlacedActor], sentence_events: list[Event]) -> PlacedActor | None:
    """"थाईलैंड ने आरोप लगाया कि कंबोडिया ने रिहायशी इलाक़ों पर रॉकेट दाग़े": force the accused used on no one named
    was used on the accuser's country."""
    own = {s.actor.country for s in sources}
    for event in reversed(sentence_events):
        if (event.root == ACCUSE_ROOT and event.target is not None and event.target.country in own
                and event.source.country and event.source.country not in own):
            return _stand_in(view, max(s.first for s in sources), event.source)
    return None


def warned_after(
    view: SentenceView, predicate_last: int, own: frozenset[str | None] = frozenset()
) -> PlacedActor | None:
    """"X ने चेतावनी दी कि Y को इसकी कीमत चुकानी होगी": the first country named in the clause after the warning's
    "कि", in any case, is the one warned; not the warner's own country ``own``, which says what it will do ("चेतावनी दी
    कि अमेरिका उत्तर कोरिया पर प्रतिबंध लगाएगा": North Korea is warned)."""
    keys = view.keys
    at = _past_auxiliaries(keys, predicate_last)  # "चेतावनी दी है कि"
    if at >= len(keys) or keys[at] not in grammar_keys("complementizer"):
        return None
    return next((a for a in view.actors if a.first > at and a.actor.country and a.actor.country not in own), None)


def accused_after(view: SentenceView, predicate_last: int, *, any_role: bool = True) -> PlacedActor | None:
    """"X ने आरोप लगाया कि Y ने ...": the doer Y of the clause after the accusation's "कि"; with no "Y ने", its
    bare subject ("आरोप लगाया कि कनाडा चरमपंथ पर गंभीर नहीं है"), accused with no act named; with neither and
    ``any_role``, the first country named there in any case ("आरोप लगाया कि हमलावरों को सर्बिया का समर्थन हासिल है").
    A demand is made of its clause's subject only: in "हवाई अड्डों से कहा कि इटली से आने वाले विमानों को साफ करें"
    Italy is asked nothing."""
    keys = view.keys
    at = _past_auxiliaries(keys, predicate_last)  # "आरोप लगाया था कि", "आरोप लगाया है कि"
    if at >= len(keys) or keys[at] not in grammar_keys("complementizer"):
        return None
    ergative = grammar_keys("ergative")
    after = [a for a in view.actors if a.first > at]
    return next((a for a in after if fold(a.marker) in ergative), None) or next(
        (a for a in after if a.marker_kind == BARE_MARKER_KIND and a.actor.country), None) or next(
        (a for a in after if a.actor.country and any_role), None)


def _recent(earlier: list[Event], sentence: int, reach: int) -> Iterator[Event]:
    """The events of ``earlier``, last first, at most ``reach`` sentences before ``sentence``."""
    return itertools.takewhile(lambda event: sentence - event.sentence <= reach, reversed(earlier))


def _between_others(event: Event, own: set[str | None]) -> bool:
    """An asserted act between two countries, neither of them ``own``."""
    source, target = event.source, event.target
    return (not event.negated and target is not None and bool(source.country) and bool(target.country)
            and source.country != target.country and not own & {source.country, target.country})


def _past_auxiliaries(keys: list[str], at: int) -> int:
    """The first index from ``at`` on that is no auxiliary (grammar role ``membership_auxiliary``: है, था ...)."""
    while at < len(keys) and keys[at] in grammar_keys("membership_auxiliary"):
        at += 1
    return at


def _pointer(keys: list[str], start: int, end: int, markers: set[str]) -> tuple[int | None, frozenset[str]]:
    """Where the words point back, and the stems an answered act's trigger must share (empty: any act)."""
    pronouns = grammar_keys("demonstrative_pronoun")
    determiners = grammar_keys("demonstrative")
    for i in range(start, end):
        if keys[i] in pronouns:
            return i, frozenset()
        if keys[i] in determiners and markers.intersection(keys[i + 1:min(end, i + 1 + DEMONSTRATIVE_GAP)]):
            return i, frozenset()
    for i in range(start, end - 1):
        stem = _stem(keys[i])
        if keys[i + 1] in markers and len(stem) >= MIN_STEM:
            return i, frozenset({stem})
    return None, frozenset()


def _stem(word: str) -> str:
    return word.rstrip(_ENDINGS)


def _stand_in(view: SentenceView, at: int, ref: ActorRef) -> PlacedActor:
    token = view.tokens[at]
    actor = Actor(sentence=view.sentence.id, start=token.start, end=token.end, text=token.text, entity=ref.entity,
                  name=ref.name, type="country", country=ref.country, code=ref.code, how=ANAPHOR_HOW)
    return PlacedActor(actor, at, at + 1, "", ANAPHOR_MARKER_KIND)


def claimed_accusations(
    view: SentenceView, events: list[Event], article_id: str, when: tuple[str | None, str]
) -> list[Event]:
    """"X का कहना है कि Y ने हमला किया": X accuses Y (112) when Y's act after the claim's "कि" is of roots 13-20;
    "X का आरोप है कि Y ...": X accuses Y whatever Y is said to have done (dated ``when``, the sentence's date and
    its precision, when no act of Y's is coded)."""
    keys = view.keys
    claims, accusations = grammar_phrases("claim"), grammar_phrases("accusation_claim")
    complementizers = grammar_keys("complementizer")
    found: list[Event] = []
    for at, key in enumerate(keys):
        if key not in complementizers:
            continue
        accusation = phrase_ending(keys, accusations, at)
        claim = accusation or phrase_ending(keys, claims, at)
        if claim is None:
            continue
        start = at - len(claim)
        speaker = next((a for a in reversed(view.actors) if a.last <= start), None)
        accused = accused_after(view, at)
        if speaker is None or accused is None or speaker.actor.country in (None, accused.actor.country):
            continue
        act = next((e for e in events if e.root in CLAIMED_ROOTS and not e.negated and e.source is not None
                    and e.source.country == accused.actor.country
                    and e.evidence.start >= view.tokens[at].end), None)
        if act is None and accusation is None:
            continue
        entry = lookup(CLAIM_CODE)
        source, target = speaker.actor.ref(), act.source if act is not None else accused.actor.ref()
        text = view.sentence.text
        begin, end = speaker.actor.start, view.tokens[at - 1].end
        finish = act.evidence.end if act is not None else accused.actor.end
        fields = dict(id=event_id(article_id, view.sentence.id, begin, entry.code, source, target),
                      **entry.event_fields(), source=source, target=target, modality="asserted",
                      evidence=Evidence(start=begin, end=finish, text=text[begin:finish]),
                      trigger=text[view.tokens[start].start:end])
        if act is not None:
            found.append(replace(act, **fields))
        else:
            found.append(Event(**fields, date=when[0], date_precision=when[1], sentence=view.sentence.id))
    return found
