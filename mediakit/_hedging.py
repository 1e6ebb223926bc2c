"""Hedges, boosters and approximators: how firmly claims are made.

Matches our curated lists (``data/hedges.tsv``, ``data/boosters.tsv``,
``data/approximators.tsv``) on whole words, case-insensitively, longest entry
first.  Every match says which entry and which category made it count, and
``rule`` names the rule beyond the list that let it count, if one did.

A hedge is epistemic uncertainty only (the writer or a source withholds full
commitment: may, probably, reportedly, I think); an approximator makes a
quantity or a degree less than exact (about 50, somewhat) and is its own kind
(Prince, Frader and Bosk 1982: approximators change the proposition, shields
the commitment).  The rules, each tested in ``tests/test_hedging.py``:

* the month and the wish: "May" with a capital is the month ("May 3", "in May"), a
  name ("Theresa May") or, opening a sentence, a wish ("May God give me strength", "May
  the best win"), not the modal, unless it opens a sentence before "be", "have", "well",
  "not" or "also" ("May be the last chance");
* "could" of past ability: "could not" and "could" after "so (that)" or before
  a verb of perception or capacity ("could see", "could afford") say what
  someone was able to do, not how sure anyone is;
* a question asks about certainty and withholds none: no hedge in a sentence
  that ends with "?";
* senses: "considered" of deliberation ("considered carefully", "considered
  by", "considered for"), "claim" not followed by a clause or "to", "claim(s/ed)
  responsibility / credit / victory", "likely voters", "expect" or "predict" after a
  modal, "to" or "did" (a norm or a past fact: "what you would expect", "they did expect
  me") and "predicted" as a modifier or come true ("as predicted", "observed or predicted
  behaviour", "predicted it correctly") are no hedges;
* a rounder (about, more than ...) counts only before a number or quantity word;
* root modals (FOLDOC check, ``python -m mediakit.evaluate encyclopaedic``): "may",
  "might", "could" before a passive verb of use, naming or handling ("may be used",
  "could be written", "might be called") or "refer to" say what a thing affords, "may"
  before alternatives ("may be X or Y", "either", not "may or may not") what it allows, and
  "you/one may (could) + verb" (not be, have, or a verb of saying and thinking) gives
  permission or an option: no hedges; nor "possible to" (ability), "appears in / on /
  when" (of place and time), "not known to / as / for", or "maybe" or "perhaps" before a
  number (an approximator);
* more root modals (the second FOLDOC check): "may contain / include / hold / have a ..."
  (what a thing can hold; not after a personal pronoun), "may" or "might" whose subject
  names a kind ("A subject may", "Each node might", "Different classes may"; not "may
  well", "may have been", "might be the first"), "could" + a verb in a sentence set in the
  past ("was", "were", "had") with no verb of saying or thinking, "whether" or "if" before
  it (past capacity: "had a GUI and could capture images"), and "though it could have."
  (an elliptical counterfactual): no hedges;
* root modals counted as cues (the Wikipedia check, docs/hedging.md): a "may", "might" or
  "could" that the two rules above read as root stays a hedge all the same, its marker's
  rule naming the root reading, as CoNLL-2010's annotators marked a modal of possibility
  whatever its subject; only permission ("you may use"), past capacity and counterfactuals
  ("if he had left, he might have lived") are no hedges;
* weasels by clause (``mediakit._weasels``): a verb of opinion (category ``stance verb``)
  counts when its clause opens with a vague quantifier ("Some authors ... do not
  consider", "Many Christians endorse");
* "possibly" inside a noun phrase ("a (possibly recursive) sum", "(or possibly others)")
  says what a thing may have, not how sure anyone is: no hedge;
* an uncertainty phrase that is all a quotation holds ('"don't know"' as an answer or a
  value) is mentioned, not used: no hedge;
* a noun of an unnamed group ("programmers", category ``vague group``) counts only after
  a vague quantifier and before a verb of opinion ("most experienced programmers would
  consider", "some scientists believe"): a weasel, with the rule named;
* "(I / we) believe in" is faith or support, not doubt: no hedge ("I do not believe in
  a personal God");
* "might" after a determiner, a possessive or an adjective of power is the noun, strength
  ("with all our might", "the might of Rome", "military might"): no hedge;
* token normalisation (the PolNeAR check): two apostrophes are read as a quotation
  mark, as the New York Times prints one (''I think we will,'' he said);
* an editor's query: a "?" closing a bracket of at most 3 words (numbers aside, no
  pronoun: "(VIP?)", "[Tiro?]"), or a bracket holding "?" alone attached to the word before
  it ("$85,000(?) up to"), is a hedge of its own (entry "?"), and ends no sentence for the
  question rule; a single word naming what is asked for ("[example?]", "[proof?]") is a
  request, not a doubt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from mediakit import lexicons
from mediakit._compiled import compile_pattern
from mediakit._modals import _PROSE_END, root_modal, root_modal_is_cue
from mediakit._trie import trie_pattern
from mediakit._weasels import stance_verb

__all__ = ["Marker", "find_markers"]

_NUMBER = compile_pattern(
    r"\s+(?:\$|£|€)?(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|"
    r"dozen|a dozen|dozens|hundreds|thousands|half|a third|a quarter)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A hedge, booster or approximator at ``[start, end)``: ``entry`` is the list entry
    that matched."""

    start: int
    end: int
    text: str
    kind: str  # "hedge" | "booster" | "approximator"
    entry: str
    category: str
    rule: str = ""  # the rule beyond the list that let it count, if any


@dataclass(frozen=True, slots=True)
class _Lexicon:
    entries: dict[str, tuple[str, str]]  # entry -> (kind, category)
    pattern: re.Pattern[str]  # lower-case text
    after_char: re.Pattern[str] | None  # see _after_char


def _load(name: str, kind: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for entry, category in lexicons.rows(name):
        out[" ".join(entry.lower().split())] = (kind, category)
    return out


# Speed: trie_pattern()'s pattern opens with a look-behind (no word character
# before the match), and ``re`` can do nothing faster than try it, then the
# trie, at every offset of the text.  _after_char() instead matches one
# character that is not an ASCII word character and then the trie without the
# look-behind: ``re`` skips to such characters with a bitmap test and tries
# the trie only there, mostly after spaces.  Such a character may still be a
# non-ASCII word character ("é") or "’": then the look-behind would have
# failed, and that rare text is matched again with the full pattern.
_WORD_START = r"(?<![\w'’-])"
_NOT_WORD = compile_pattern(r"[^\w'’-]")
_MAYBE_NOT_WORD = r"[^0-9A-Za-z_'\-]"  # a superset of _NOT_WORD, tested with a bitmap


def _after_char(pattern: re.Pattern[str], entries: Iterable[str]) -> re.Pattern[str] | None:
    """``pattern`` without its look-behind, after one character of _MAYBE_NOT_WORD.

    ``None`` if ``pattern`` does not open with the look-behind, or if an entry
    ends in a character that is not a word character: a match could then
    start right where the one before it ends, where this pattern cannot.
    """
    if not pattern.pattern.startswith(_WORD_START) or any(_NOT_WORD.match(e[-1]) for e in entries):
        return None
    return compile_pattern(_MAYBE_NOT_WORD + pattern.pattern[len(_WORD_START) :], pattern.flags)


@cache
def _lexicon() -> _Lexicon:
    entries = (
        _load("approximators", "approximator")
        | _load("hedges", "hedge")
        | _load("boosters", "booster")
    )
    pattern = trie_pattern(entries)
    return _Lexicon(entries, pattern, _after_char(pattern, entries))


@cache
def _pattern_ci() -> re.Pattern[str]:
    """The lexicon's pattern for any case, for the rare text whose ``lower()`` changes
    length ("İ"); compiled only then (about 0.003 s of every start, issue 11)."""
    return trie_pattern(_lexicon().entries, flags=re.IGNORECASE)


def _spans(lex: _Lexicon, low: str, start: int, stop: int) -> list[tuple[int, int]]:
    """``[m.span() for m in lex.pattern.finditer(low, start, stop)]``, faster."""
    if lex.after_char is None:
        return [m.span() for m in lex.pattern.finditer(low, start, stop)]
    out: list[tuple[int, int]] = []
    # The look-behind sees the text before ``start``; a match at ``start``
    # itself has no character of its own before it in [start, stop).
    pos = start
    first = lex.pattern.match(low, start, stop)
    if first is not None:
        out.append(first.span())
        pos = first.end()
    # Matches never start where the last one ended (entries end in a word
    # character): each is preceded by a character of [pos, stop).
    for m in lex.after_char.finditer(low, pos, stop):
        a = m.start()
        if not _NOT_WORD.match(low, a):  # "é" or "’": see _after_char
            return [m.span() for m in lex.pattern.finditer(low, start, stop)]
        out.append((a + 1, m.end()))
    return out


#: What follows a sentence-opening "May" of possibility ("May be the last chance"); any
#: other word after it opens a wish ("May God ...") or names the month.
_MAY_MODAL_NEXT = compile_pattern(r"\s+(?:be|have|well|not|also)\b")
_ABILITY_BEFORE = compile_pattern(r"\bso(?:\s+that)?\s+\S+\s+$", re.IGNORECASE)
_ABILITY_AFTER = compile_pattern(
    r"\s+(?:not\b|n[o']t\b|never\b|only\b|barely\b|hardly\b|no\s+longer\b|"
    r"(?:see|hear|feel|smell|taste|watch|read|speak|understand|afford|remember|walk|"
    r"swim|run|drive|leave|escape|enter|move|breathe|sleep|eat|work|vote|do|get)\b)",
    re.IGNORECASE,
)
_DELIBERATION = compile_pattern(
    r"\s+(?:\w+ly\b|by\b|for\b|whether\b|as\b)|\s*[,;:)]", re.IGNORECASE
)
_CLAIM_CLAUSE = compile_pattern(
    r"\s+(?:that|to|they|he|she|it|we|i|you|there|the|a|an|his|her|their|its)\b", re.IGNORECASE
)
_CLAIM_TAKING = compile_pattern(
    r"\s+(?:the\s+)?(?:responsibility|credit|victory|asylum|title|throne|seat|lives?|prize)\b",
    re.IGNORECASE,
)
#: "possible for one computer to have": what a thing can do (with ``_TO``).
_FOR_TO = compile_pattern(r"\s+for\s+(?:\S+\s+){1,4}?to\b")
#: A modal or "to" before "expect" or "predict": a norm or a hypothetical ("what you would
#: expect", "customers might begin to expect it"), not a forecast.
_NORM_BEFORE = compile_pattern(
    r"\b(?:would|might|could|should|to|can|will|did|didn't|didn\u2019t|'d|\u2019d)\s+$",
    re.IGNORECASE,
)
#: "predicted" as a modifier or come true: "as predicted", "observed or predicted behaviour",
#: "the predicted rise".
_PREDICTED_DONE = compile_pattern(r"\b(?:as|or|and|the|a|an|its|their|than)\s+$", re.IGNORECASE)
#: "predicted it correctly": a forecast that came true.
_PREDICTED_RIGHT = compile_pattern(r"\s+(?:\S+\s+)?(?:correctly|accurately|rightly)\b")
_VOTERS = compile_pattern(r"\s+voters?\b", re.IGNORECASE)
_BELIEVE_IN = compile_pattern(r"\s+in\b", re.IGNORECASE)
# "with all our might", "the might of the empire", "military might": the noun, no modal (a
# determiner, a possessive or an adjective of power never stands right before the modal)
_MIGHT_NOUN_BEFORE = compile_pattern(
    r"\b(?:the|our|his|her|their|its|my|your|full|sheer|military|economic|naval|financial|"
    r"industrial|nuclear)\s+$",
    re.IGNORECASE,
)
_MODALS = frozenset({"may", "might", "could", "could be"})
# A modal of possibility the root-modal rules read as root ("A process may block", "could be
# used"), counted all the same (docs/hedging.md, "Root modals counted as cues").
_ROOT_CUE = (
    "a modal of possibility over a kind, a use or an option (a root reading): a hedge cue "
    "all the same, as CoNLL-2010's annotators marked it"
)
_HAVE_MODALS = frozenset({"may have", "might have", "could have"})
_TO = compile_pattern(r"\s+to\b", re.IGNORECASE)
_PLACE = compile_pattern(
    r"\s+(?:in|on|at|under|inside|within|below|above|beside|near|next|when|whenever|where|"
    r"twice|once|first|alongside|briefly|throughout|across|among|amongst|along|frequently|"
    r"prominently|regularly|occasionally|repeatedly|often|again|only|as(?!\s+(?:if|though)))\b",
    re.IGNORECASE,
)
# "(or possibly others)", "a (possibly recursive) sum", "of possibly non-contiguous
# clusters": "possibly" inside a noun phrase, of a property or member a thing may have.
_IN_NOUN_PHRASE = compile_pattern(
    r"(?:\(or|\b(?:a|an|the|of|with|any|each|every))\s+\(?$", re.IGNORECASE
)
_NOT_KNOWN_TO = compile_pattern(
    r"\s+(?:as|for|to\s+(?:the|a|an|any|anyone|him|her|them|us|me|you))\b", re.IGNORECASE
)


_QUOTES = frozenset('"“”‘’')
# "according to some," "considered by many historians": "some" or "many" of people, not of
# a number ("some 200") or of one thing ("according to some algorithm").
_VAGUE_NEXT = compile_pattern(r"\s*[,.;:)]|\s+(?:of|to|that|as|in)\b|\s+[a-z-]+s\b")
# "are considered part of", "is regarded as part of": a classification (membership), no view.
_BY_SOME = compile_pattern(
    r"\s+by\s+(?:some|many|most|others|several|various|numerous)\b(?!\s+(?:\$|\d))", re.IGNORECASE
)
_PART_OF = compile_pattern(r"\s+(?:to\s+be\s+)?(?:a\s+)?part\s+of\b", re.IGNORECASE)

# "most experienced programmers would consider", "many experts say", "some old-timers
# maintain": an opinion or a claim held by an unnamed group (a CoNLL-2010 weasel).
_VAGUE_BEFORE = compile_pattern(
    r"\b(?:most|many|some|few|several|numerous|certain)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE
)
_OPINION_AFTER = compile_pattern(
    r"\s+(?:also\s+|still\s+|now\s+|even\s+|would\s+|might\s+|may\s+)*(?:think|believe|"
    r"consider|say|argue|claim|feel|maintain|contend|insist|suspect|regard|doubt|agree|"
    r"prefer)(?:s|ed)?\b",
    re.IGNORECASE,
)


def _quoted(text: str, m_start: int, m_end: int) -> bool:
    """The match is all a quotation holds: '"don't know"'."""
    return text[m_start - 1 : m_start] in _QUOTES and text[m_end : m_end + 1] in _QUOTES


def _vague_group(text: str, m_start: int, m_end: int, stop: int) -> bool:
    """A group noun ("programmers") after a vague quantifier and before a verb of opinion."""
    return bool(
        _OPINION_AFTER.match(text, m_end, stop)
        and _VAGUE_BEFORE.search(text, max(0, m_start - 40), m_start)
    )


@cache
def _groups() -> frozenset[str]:
    """The nouns of unnamed groups (category ``vague group``), for the stance-verb rule."""
    return frozenset(e for e, (_k, cat) in _lexicon().entries.items() if cat == "vague group")


def _not_uncertain(text: str, m_start: int, m_end: int, stop: int, key: str) -> bool:
    """The encyclopaedic rules (see the module's docstring): a root modal (what a thing
    affords, holds or allows, what a kind of thing can do, past capacity, "you may"),
    "possible to" (and "for ... to"), "appears in" (of place), "not known to/as",
    "possibly" inside a noun phrase, and "maybe" or "perhaps" before a number (an approximator)."""
    if (key in _MODALS or key in _HAVE_MODALS) and root_modal(text, m_start, m_end, stop, key):
        return True
    if key in ("it is possible", "it's possible", "it was possible", "it would be possible"):
        return bool(_TO.match(text, m_end, stop) or _FOR_TO.match(text, m_end, stop))
    if key == "appears":
        return bool(_PLACE.match(text, m_end, stop))
    if key == "not known":
        return bool(_NOT_KNOWN_TO.match(text, m_end, stop))
    if key == "possibly":
        return bool(_IN_NOUN_PHRASE.search(text, max(0, m_start - 12), m_start))
    # "maybe 20", "perhaps 1000 to 2000": a rounder
    return key in ("maybe", "perhaps") and bool(_NUMBER.match(text, m_end, stop))


def _in_question(text: str, ends: list[int], end: int) -> bool:
    """The sentence holding a match that ends at ``end`` ends with "?": ``ends`` are the
    offsets of the prose ends (``_PROSE_END``) of the text scanned, ascending, found once
    per text (a search from every match instead is quadratic in an unpunctuated text).
    The plain version of :func:`_next_is_question`, kept for tests/test_hedging.py."""
    k = bisect.bisect_left(ends, end)
    return k < len(ends) and text[ends[k]] == "?"


def _next_is_question(text: str, nxt: list[int], stop: int, end: int) -> bool:
    """:func:`_in_question`, faster: ``nxt`` holds, for each prose end character
    (".!?" and a line end, LF or CR; a "?" before ")" or "]" is none, as in ``_PROSE_END``), its
    next offset in ``[.., stop)`` found so far (``stop``: none;
    start with -1s), and ``end`` never decreases from call to call.  Each character is
    searched for again only once the match has passed its last known place, so the
    searches cover the text once (linear, as the bisection) and only where matches are,
    instead of listing every prose end of the text (about 0.02 s of the 0.11 s the
    hedging of the 295 Wikinews articles took)."""
    k = stop
    for j, ch in enumerate(".!?\n\r"):
        p = nxt[j]
        if p < end:
            p = text.find(ch, end, stop)
            while ch == "?" and 0 <= p and p + 1 < stop and text[p + 1] in ")]":
                p = text.find(ch, p + 1, stop)  # "(VIP?)" queries an item: no end (_PROSE_END)
            nxt[j] = p = stop if p < 0 else p
        if p < k:
            k = p
    return k < stop and text[k] == "?"


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40) : pos].rstrip(' \t\u00a0"“‘(')
    return not before or before[-1] in ".!?:;\n\r"


def _rule(
    text: str, m_start: int, m_end: int, stop: int, key: str, cat: str, nxt: list[int]
) -> str | None:
    """Why a list match counts (``""``: the list alone), or ``None`` if a rule says it
    does not (see the module's docstring)."""
    if cat == "rounder":
        return "a number follows" if _NUMBER.match(text, m_end, stop) else None
    if cat == "adaptor":
        return ""
    if cat == "vague group" and not _vague_group(text, m_start, m_end, stop):
        return None
    stance = stance_verb(text, m_start, key, _groups()) if cat == "stance verb" else ""
    if stance is None or (key.endswith((" some", " many")) and not _VAGUE_NEXT.match(text, m_end)):
        return None  # a named holder; "according to some 200 people", "to some algorithm"
    if _next_is_question(text, nxt, stop, m_end):
        return None
    root = ""
    if _not_uncertain(text, m_start, m_end, stop, key):
        if not root_modal_is_cue(text, m_start, m_end, stop, key):
            return None
        root = _ROOT_CUE
    if cat == "uncertainty phrase" and _quoted(text, m_start, m_end):
        return None  # '"don't know"' as an answer or value: the words mentioned, not used
    if cat == "vague group":
        return "an unnamed group's view: a vague quantifier before, a verb of opinion after"
    if stance:
        return stance
    if key == "may" and text[m_start] == "M":
        if not _opens_sentence(text, m_start) or not _MAY_MODAL_NEXT.match(text, m_end, stop):
            return None  # the month, a name, or a wish ("May God give me strength")
        return "'May' opens a sentence before 'be', 'have', 'well', 'not' or 'also': the modal"
    if root:
        return root
    if key == "could":
        if _ABILITY_AFTER.match(text, m_end, stop) or _ABILITY_BEFORE.search(
            text[max(0, m_start - 40) : m_start]
        ):
            return None
        return "'could' of possibility, not of past ability"
    if key.endswith("considered") and _DELIBERATION.match(text, m_end, stop):
        if _BY_SOME.match(text, m_end, stop):
            return "considered by an unnamed group: a weasel"
        return None
    if key.endswith(("considered", "regarded as")) and _PART_OF.match(text, m_end, stop):
        return None
    if key in ("claim", "claims", "claimed"):
        if _CLAIM_TAKING.match(text, m_end, stop):
            return None
        if key == "claim" and not _CLAIM_CLAUSE.match(text, m_end, stop):
            return None
    if key == "likely" and _VOTERS.match(text, m_end, stop):
        return None
    if key in ("expect", "expecting", "predict") and _NORM_BEFORE.search(
        text, max(0, m_start - 24), m_start
    ):
        return None  # "what you would expect", "might begin to expect": a norm, no forecast
    if key == "predicted" and (
        _PREDICTED_DONE.search(text, max(0, m_start - 12), m_start)
        or _PREDICTED_RIGHT.match(text, m_end, stop)
    ):
        return None  # "as predicted", "observed or predicted behaviour": no open forecast
    if key.endswith("believe") and _BELIEVE_IN.match(text, m_end, stop):
        return None  # "I do not believe in a personal God": faith or support, no doubt
    if key == "might" and _MIGHT_NOUN_BEFORE.search(text, max(0, m_start - 16), m_start):
        return None  # "with all our might", "military might": the noun, strength
    return ""


# "(VIP?)", "$85,000(?)": a "?" before a closing bracket, after a word character, ".", ")"
# or an opening bracket (tested in Python: a look-behind opening the pattern keeps ``re``
# from skipping to the "?" at C speed, which cost a fifth of the hedging time).
_QUERY = compile_pattern(r"\?(?=[)\]])")


def _query_at(text: str, a: int) -> bool:
    if a == 0:
        return False
    before = text[a - 1]
    return before.isalnum() or before in "_.)(["


_OPENING = {")": "(", "]": "["}
# One lower-case word naming what an editor asks for, not an item the sentence asserts.
_REQUESTS = frozenset(
    "example examples proof version reference references citation source date year when who "
    "which where why how what details".split()
)
_LONE_QUERY = compile_pattern(r"[\w.)][(\[]\?[)\]][^\n]")  # "$85,000(?) up", "not(?)]"
_PRONOUN = compile_pattern(
    r"\b(?:i|you|we|he|she|they|me|him|us|them)\b", re.IGNORECASE
)  # a clause


def _queries(text: str, start: int, stop: int) -> list[Marker]:
    """A "?" that closes a bracket of at most 3 words (numbers aside, no pronoun) queries
    the item before it: "(VIP?)", "(1984, 1995?)", "[Tiro?]" (an editor's doubt, not a
    question); not in a sentence that is itself a question.  A bracket holding "?" alone
    queries the word it is attached to ("$85,000(?) up to"), unless it ends the text or
    a line (an editor's question mark) or stands apart (a word not heard)."""
    out: list[Marker] = []
    ends: list[int] | None = None  # the prose ends, found once a query is in view
    for m in _QUERY.finditer(text, start, stop):
        a = m.start()
        if not _query_at(text, a):
            continue
        if ends is None:
            ends = [m.start() for m in _PROSE_END.finditer(text, start, stop)]
        if _in_question(text, ends, a):
            continue
        opening = text.rfind(_OPENING[text[a + 1]], max(start, a - 80), a)
        words = [w for w in text[opening + 1 : a].split() if not w.rstrip(",;").isdigit()]
        if len(words) == 1 and words[0] in _REQUESTS:
            continue  # "[example?]", "[proof?]": a request for what is missing
        if opening == a - 1 and not _LONE_QUERY.match(text, opening - 1 if opening else 0, stop):
            continue  # "time[?]" ends a question; " [?] " stands for an unheard word
        if opening >= 0 and len(words) <= 3 and not _PRONOUN.search(text, opening, a):
            why = "a '?' closing a bracket queries the item before it"
            out.append(Marker(a, a + 1, "?", "hedge", "?", "editorial query", why))
    return out


def _lowered(text: str) -> str:
    """``text.lower()`` as far as the lexicon's pattern can tell: ASCII letters lowered,
    other characters as they are (the entries are ASCII but for "’"; no other character
    changes under lower() whether it is a word character or a space, nor becomes ASCII,
    but "İ" and the Kelvin sign: checked for every code point in tests/test_hedging.py).
    lower() looks up every character of a text that is not all ASCII, about 50
    instructions a character; the bytes' lower() is a table look-up."""
    if text.isascii() or "\u0130" in text or "\u212a" in text:
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def find_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Hedges, boosters and approximators in ``text[start:end]``, in text order.

    A phrase matches whole words, any whitespace between them; the longest
    entry at a position wins; the rules of the module's docstring then drop
    the matches that are not what their list says.
    """
    lex = _lexicon()
    stop = len(text) if end is None else end
    if "''" in text:  # two apostrophes are a quotation mark (NYT: ''I think,'' he said)
        text = text.replace("''", '""')
    low = _lowered(text)
    if len(low) == len(text):
        matched, spans = low, _spans(lex, low, start, stop)
    else:  # a few characters change length in lower case ("İ"): match case-insensitively
        matched, spans = text, [m.span() for m in _pattern_ci().finditer(text, start, stop)]
    entries = lex.entries
    out: list[Marker] = []
    nxt = [-1, -1, -1, -1, -1]  # see _next_is_question
    for a, e in spans:
        key = matched[a:e]
        if key not in entries:  # a phrase across a line break or two spaces, or "İ"
            key = " ".join(key.lower().split())
        kind, category = entries[key]
        rule = "" if kind == "booster" else _rule(text, a, e, stop, key, category, nxt)
        if rule is not None:
            out.append(Marker(a, e, text[a:e], kind, key, category, rule))
    if "?" in text and _QUERY.search(text, start, stop):
        out = sorted(out + _queries(text, start, stop), key=lambda m: m.start)
    return out
