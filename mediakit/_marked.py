"""Quotations of speech told apart from marked terms.

Quotation marks do two jobs in news text: they quote what someone said or wrote
("“We will rebuild,” she said."), and they mark a term the reporter does not
use in their own voice: a title ("the film “Pillow Talk”"), a name ("a ship
named “Alan Kurdi”"), a scare quote ("the so-called “safe corridor”") or a
word mentioned as a word ("the word “genocide”"). Only the first are
quotations; the others are :class:`MarkedTerm` records, and their words keep
the voice of their context.

Each decision is one named rule with its evidence:

``marker_word``  a word of ``data/marked_terms.tsv`` among the three words
                 before the opening mark ("so-called", "film", "named") and a
                 quote of at most 8 words;
``short_no_cue`` a quote of at most 4 words that ends no sentence, in a
                 sentence with no cue of speech, stance or evidence outside
                 the quote: Title Case reads as a title or name, otherwise as
                 a scare quote.

Everything else is a quotation: a longer stretch, a stretch that ends with a
sentence's punctuation, or a short one in a sentence that attributes it
("described the plan as “reckless”").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import cache

from mediakit import lexicons
from mediakit._attribution import _lexicon_forms, cue_spans
from mediakit._attribution._cues import lowered
from mediakit._compiled import compile_pattern
from mediakit._quotes import Quote
from mediakit._spans import Span
from mediakit._text import WORD_RE

__all__ = ["REASONS", "MarkedTerm", "split_marked_terms"]

#: The kinds of marked term.
REASONS = ("title", "name", "scare", "term", "other")

_MAX_MARKED_WORDS = 8  # a marker word covers a quote this long at most
_MAX_BARE_WORDS = 4  # with no marker word, a quote this short at most
_WORD_BEFORE = compile_pattern(r"[\w’'\-]+")
_OBJECT_WORDS = frozenset({"it", "him", "her", "them", "this", "that", "us", "me", "you"})
#: Marker words that name by themselves, whatever the case of the quote.
_VERB_MARKERS = frozenset(
    [
        *"titled entitled headlined named nicknamed codenamed code-named renamed dubbed".split(),
        *"hashtag rebranded trademarked".split(),
        "known as",
    ]
)
_SMALL_WORDS = frozenset(
    "a an the of and or in on at to for by with from as is are was be de la le van von".split()
)
_SENTENCE_END = compile_pattern(r"[.!?…][\"'”’)]*\Z")
#: Cue kinds that attribute a short quote to someone ("described it as “reckless”").
_ATTRIBUTING_KINDS = frozenset({"speech", "stance", "according_to", "evidence"})


@dataclass(frozen=True, slots=True)
class MarkedTerm:
    """A stretch in quotation marks that is not a quotation of speech or writing.

    ``start``/``end`` cover the words inside the marks (as :class:`Quote`);
    ``reason`` is one of :data:`REASONS`; ``rule`` the rule that decided and
    ``evidence`` the words it rests on.
    """

    start: int
    end: int
    text: str
    reason: str
    rule: str
    evidence: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    @property
    def explanation(self) -> str:
        return f"marked term ({self.reason}), not a quotation: rule {self.rule}, {self.evidence}"

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
            "rule": self.rule,
            "evidence": self.evidence,
        }


@cache
def _marker_words() -> dict[str, str]:
    """``data/marked_terms.tsv``: marker word or two-word phrase -> reason."""
    out: dict[str, str] = {}
    for reason, forms in lexicons.rows("marked_terms"):
        for form in forms.split("|"):
            out.setdefault(form.strip().lower(), reason)
    return out


def _marker_before(text: str, open_mark: int, lo: int) -> tuple[str, str] | None:
    """A marker word among the three words before ``open_mark`` (no object between)."""
    window = _WORD_BEFORE.finditer(text, max(lo, open_mark - 60), open_mark)
    words = [m.group().lower() for m in window][-3:]
    markers = _marker_words()
    for k in range(len(words) - 1, -1, -1):
        if any(w in _OBJECT_WORDS for w in words[k + 1 :]):
            return None  # "called it “a disgrace”": a speech act on an object
        for form in (" ".join(words[k - 1 : k + 1]) if k else "", words[k]):
            if form and form in markers:
                return markers[form], form
    return None


def _title_case(quoted: str) -> bool:
    words = WORD_RE.findall(quoted)
    if not words:
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS or w is words[0]]
    return all(w[:1].isupper() or w[:1].isdigit() for w in big)


def _has_attributing_cue(lower: str, a: int, b: int, qa: int, qb: int) -> bool:
    """A cue of an attributing kind in ``lower[a:b]`` outside the quote ``qa..qb``."""
    forms = _lexicon_forms(())
    for start, _end, form in cue_spans(lower, a, b):  # cue_lexicon()'s regex's matches
        if qa <= start < qb:
            continue
        entry = forms.get(form)
        if entry is not None and entry.kind in _ATTRIBUTING_KINDS:
            return True
    return False


def classify_quote(
    text: str, quote: Quote, sentence: Span, lower: str | None = None
) -> MarkedTerm | None:
    """The marked term ``quote`` is, or ``None`` when it is a quotation of speech."""
    if quote.open_mark is None or quote.close_mark is None or quote.continues:
        return None  # quotations that run over paragraphs or never close are speech
    if quote.continuation_of is not None:
        return None
    quoted = quote.text
    n = quote.words
    if n == 0 or _SENTENCE_END.search(quoted):
        return None
    marker = _marker_before(text, quote.open_mark, sentence.start)
    if (
        marker is not None
        and n <= _MAX_MARKED_WORDS
        and (marker[1] in _VERB_MARKERS or marker[0] in ("scare", "term") or _title_case(quoted))
    ):
        # a noun before a title or a name ("the film", "the ship") needs Title Case:
        # "show victims “there is nothing to be ashamed of”" is speech
        reason, word = marker
        return MarkedTerm(
            quote.start, quote.end, quoted, reason, "marker_word", f"the word {word!r} before it"
        )
    if n > _MAX_BARE_WORDS:
        return None
    low = lower if lower is not None else lowered(text)
    if _has_attributing_cue(low, sentence.start, sentence.end, quote.outer_start, quote.outer_end):
        return None
    if _title_case(quoted):
        reason = "title" if n > 1 else "name"
        evidence = f"{n} word(s) in Title Case, no cue of speech in its sentence"
    else:
        reason = "scare"
        evidence = f"{n} word(s), no cue of speech in its sentence"
    return MarkedTerm(quote.start, quote.end, quoted, reason, "short_no_cue", evidence)


def split_marked_terms(
    text: str, quotes: list[Quote], sentences: list[Span]
) -> tuple[list[Quote], list[MarkedTerm]]:
    """Quotations of speech and the marked terms, from the quoted stretches of ``text``.

    The quotations keep their order; ``continuation_of`` indices are renumbered
    into the shorter list (a quotation that runs over paragraphs is never a
    marked term, so no chain is broken).
    """
    if not quotes:
        return quotes, []
    starts = [s.start for s in sentences]
    lower = lowered(text)
    kept: list[Quote] = []
    marked: list[MarkedTerm] = []
    new_index: dict[int, int] = {}
    for i, q in enumerate(quotes):
        k = bisect.bisect_right(starts, q.start) - 1
        sentence = sentences[k] if k >= 0 else Span(0, len(text), text)
        term = classify_quote(text, q, sentence, lower)
        if term is not None:
            marked.append(term)
            continue
        new_index[i] = len(kept)
        if q.continuation_of is not None:
            q = replace(q, continuation_of=new_index.get(q.continuation_of))
        kept.append(q)
    return kept, marked
