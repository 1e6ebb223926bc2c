"""Attribution relations: who says (thinks, wants, shows) what, with which cue.

Rule-based and explainable.  Every :class:`Attribution` names the cue-lexicon
entry that fired (``cue_lemma``, ``cue_kind``), the structure rule that found
its source and content (``rule``), the source-type rule (``source_type_rule``)
and says all of it in one sentence (``explanation``).

How it works (details and measured accuracy in ``docs/attribution.md``):

1. **Cues.**  One precompiled regular expression (a trie of every form in
   ``data/cues.tsv``) finds the cue words; auxiliaries and adverbs just before
   a verb ("has also said", "has consistently denied") join the cue.  Cues
   inside quotation marks are skipped (they belong to the quoted speaker).
2. **Structures**, tried per cue in this order (right to left in a sentence,
   so that a final ", X said." claims the clause before it first):

   * ``according_to_X`` / ``content_according_to_X``: "According to X, ..." and
     "..., according to X" (also "as reported by X");
   * ``passive_by_X``: "... have been reported by X";
   * ``content_comma_said_X`` (inverted): "'...,' said X." and the caption
     style "..., reports ITV News correspondent Dan Rivers";
   * ``content_comma_X_said``: "'...,' X said." and "..., X said on Sunday.";
     a quote broken by its cue ("'...,' she said, '...'") gets both pieces;
   * ``X_said_content`` (then left to right): "X said (that) ...",
     "X wrote: '...'", "X added:" followed by a quote paragraph, "X wants to
     ...", "a poll shows ...".  The content runs to the end of the sentence
     (or of a quote that runs on), and stops before a clause that changes
     subject (", but", ", despite", ", while", "; ").
   * ``coordinated_verb``: "X said ... and added ..." -- the second cue has no
     source span of its own (a character has one role in one attribution),
     its ``source_name`` is the first cue's.

3. **Quotes that run on** after their cue (more quoted sentences of the same
   paragraph, quoted paragraphs that continue the quotation, a free-standing
   quote paragraph right after an attributed one) become further ``content``
   pieces of the *same* attribution (``quotes`` lists them all).
4. **Sources** get a canonical name, pronoun resolution and a type from
   :mod:`mediakit._sources`.

Invariant: no two spans of any attributions overlap (source, cue and content
pieces, across all attributions), every span lies inside the text and
``text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import cache
from importlib.resources import files
from itertools import chain as _then
from itertools import islice

from mediakit._boilerplate import Boilerplate
from mediakit._quotes import Quote
from mediakit._sources import SourceResolver
from mediakit._spans import Span
from mediakit._trie import trie_regex

__all__ = ["Attribution", "CueEntry", "cue_lexicon", "find_attributions"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution relation: a source, a cue and the content attributed.

    ``source``/``cue`` may be ``None`` (a coordinated verb has no source span of
    its own; a free-standing quote has no cue).  ``content`` pieces are in text
    order.  ``kind`` is "direct" (all content is quoted), "indirect" (no quote
    marks) or "mixed".  ``cue_kind`` is one of speech, stance, cognition,
    according_to, evidence, passive.  ``rule`` is the structure rule;
    ``source_type_rule`` the rule that typed the source.  The ``explanation``
    property says all of this in words.  ``source_resolved_from`` is the mention a pronoun
    source was resolved to.
    """

    source: Span | None
    cue: Span | None
    content: tuple[Span, ...]
    kind: str  # "direct" | "indirect" | "mixed"
    cue_kind: str | None
    cue_lemma: str | None
    sentence: int
    source_name: str | None
    source_type: str
    source_type_rule: str
    rule: str
    quotes: tuple[int, ...]
    in_boilerplate: bool
    source_resolved_from: str | None = None

    @property
    def explanation(self) -> str:
        """The attribution in words: cue entry, source and its type rule, structure rule."""
        parts = []
        if self.cue is not None:
            parts.append(
                f"cue '{self.cue.text}' (lexicon entry '{self.cue_lemma}', {self.cue_kind})"
            )
        if self.source is not None:
            name = self.source_name
            parts.append(
                f"source '{self.source.text}'"
                + (f" = {name}" if name and name != self.source.text else "")
            )
        elif self.source_name:
            parts.append(f"source {self.source_name} (no span of its own)")
        parts.append(f"type {self.source_type} by rule {self.source_type_rule}")
        parts.append(f"structure {self.rule}: {_RULE_WORDS.get(self.rule, self.rule)}")
        parts.append(f"content is {self.kind}")
        return "; ".join(parts)


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One entry of ``data/cues.tsv``."""

    lemma: str
    kind: str
    strict: bool


def _norm(form: str) -> str:
    return " ".join(form.lower().replace("’", "'").split())


# The regex engine tries the branches of a trie node one by one: the letters that English
# words most often start with come first (any order gives the same matches, as the
# branches of a node start with different characters; this one is about 10% faster).
_BRANCH_ORDER = "tasiocwhpbfmrdnelguvjykqzx"


def _trie_regex(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` factored as a character trie (fast to match)."""
    return trie_regex(words, any_apostrophe=True, branch_order=_BRANCH_ORDER)


@cache
def cue_lexicon() -> tuple[dict[str, CueEntry], re.Pattern[str]]:
    """The cue forms (normalised) with their entries, and the compiled cue regex."""
    raw = files("mediakit").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    forms: dict[str, CueEntry] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, kind, strict, form_list = line.split("\t")
        entry = CueEntry(lemma, kind, strict.strip() == "1")
        for form in form_list.split("|"):
            key = _norm(form)
            if key:
                forms.setdefault(key, entry)
    # Matched against the lower-cased text (faster than IGNORECASE); a look-ahead for
    # the possible first letters lets the engine skip most positions cheaply.
    firsts = "".join(sorted({f[0] for f in forms}))
    pattern = (
        r"(?<![\w’'\-])(?=["
        + re.escape(firsts)
        + "])"
        + _trie_regex(sorted(forms))
        + r"(?![\w’'\-])"
    )
    return forms, re.compile(pattern)


@cache
def _cue_scanners() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cue regex of :func:`cue_lexicon` as it is scanned (group 1 is the cue): fast,
    and exact.

    The exact one starts by consuming the character before the cue (a white space or
    punctuation character, where the lexicon's regex has a look-behind), so the engine
    can skip ahead to such characters instead of trying every position: about a fifth
    faster.  The text scanned starts with a space, for a cue at its very start; a cue
    never ends with such a character, so two cues one character apart are still both
    found.  The fast one consumes any character but an ASCII letter, digit, "_", "'",
    "-" or "’": a set the engine tests with a bitmap, not the Unicode class of word
    characters (another quarter faster).  It finds every match of the exact one, and
    more only after a non-ASCII word character ("é"): where it finds none such, it
    finds the same matches (see ``_find_cues``).
    """
    forms, _regex = cue_lexicon()
    trie = "(" + _trie_regex(sorted(forms)) + r")(?![\w’'\-])"
    return re.compile(r"[^0-9A-Za-z_'\-’]" + trie), re.compile(r"[^\w’'\-]" + trie)


# ---------------------------------------------------------------- word lists

# Auxiliaries and adverbs that join a cue when they come straight before it
# ("has also said"); any -ly adverb too ("has consistently denied").
_AUX_WORDS = frozenset(
    """has have had is are was were be been being also would will could can may might must
    should did does do don't didn't doesn't won't wouldn't don’t didn’t doesn’t won’t
    wouldn’t not never now just still later recently often then even first previously
    repeatedly publicly privately already once again initially further long reportedly
    always only ever since soon quickly clearly""".split()
)
_NOT_ADVERB_LY = frozenset(
    {
        "only",
        "early",
        "family",
        "italy",
        "july",
        "supply",
        "rally",
        "ally",
        "fly",
        "reply",
        "apply",
        "daily",
        "weekly",
        "holy",
        "belly",
        "sally",
        "kelly",
        "lily",
        "emily",
        "molly",
        "billy",
        "holly",
        "anomaly",
    }
)
_TOKEN = re.compile(r"[\w@&](?:[\w’'.\-@&]*[\w.])?|[^\w\s]")
_WORDCHARS = re.compile(r"\w")
_BOUNDARY_WORDS = frozenset(
    """that and but or because while when if as after before since although though where
    so than whether until unless why how what which whom whose despite amid including
    unlike like whereas nor yet then where""".split()
)
_BOUNDARY_PUNCT = frozenset(',;:()[]"“”‘—–!?…')
_RELATIVE = frozenset({"who", "which"})
_LEFT_STOP = _RELATIVE | _BOUNDARY_WORDS  # words that stop or change the walk to a source
_ANONYMITY_CUE = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|anonymously)"
)
_ANONYMITY = re.compile(
    r"\s+(?:asked|requested|spoke|speaking|was\s+granted|were\s+granted|declined|insisted|"
    r"agreed\s+to\s+speak)\b[^,.;]{0,60}?\b(?:named|identified|anonymity|anonymously|"
    r"publicly|on\s+the\s+record)\s*\Z"
)
# Words that cannot start an inverted source ("said X").
_NOT_SOURCE_START = frozenset(
    """that to it in on at for of with about by from this these those there here if
    whether what how why when where because as so and but or not no yes last next
    earlier later today yesterday tomorrow recently previously repeatedly""".split()
)
_PRONOUN_SOURCES = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})
# Lower-case words that end a source after a cue ("said Smith on Tuesday").
_RIGHT_STOP = frozenset(
    """on in at during after before while when as last this that who which told to
    via from yesterday today tonight earlier later monday tuesday wednesday thursday
    friday saturday sunday but and""".split()
)
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()
)
# Verbs whose indirect object comes before the content ("told reporters that").
_OBJECT_FIRST = frozenset({"tell", "ask", "inform", "assure", "remind", "warn", "urge"})
_INTENTION = frozenset(
    """want plan hope seek intend decide prefer expect promise pledge vow threaten refuse
    decline agree try aim wish fear""".split()
)
_EVIDENCE_NOUN = re.compile(
    r"\b(?:polls?|polling|surveys?|stud(?:y|ies)|reports?|data|figures|records?|documents?|"
    r"analys[ie]s|statistics|census|results|numbers|videos?|footage|cctv|images?|photos?|"
    r"pictures?|research|evidence|filings?|memo|e-?mails?|estimates?|projections?|models?|"
    r"findings|review|audit|investigation|tally|ratings?)\b",
    re.IGNORECASE,
)
# Where a paraphrase ends: a clause that changes subject or turns against it.
_CONTENT_STOP = re.compile(
    r"(?:,\s+(?:but|despite|while|whereas|although|though|even\s+as|yet)\b"
    r"|;\s|\s[—–]\s|\s--\s)",
    re.IGNORECASE,
)
# ``_CONTENT_STOP`` as it is searched (by ``_content_stop``): every branch starts with its
# punctuation, the white space before a dash checked by a look-behind, so the engine
# skips ahead to the few characters that can start a match instead of trying each white
# space (about twice as fast).  A match at a dash starts one character later.
_CONTENT_STOP_SCAN = re.compile(
    r"(?:,\s+(?:but|despite|while|whereas|although|though|even\s+as|yet)\b"
    r"|;\s|[—–](?<=\s[—–])\s|--(?<=\s--)\s)",
    re.IGNORECASE,
)


def _content_stop(text: str, a: int, hi: int) -> int:
    """Where ``_CONTENT_STOP.search(text, a, hi)`` starts (``hi`` if nowhere)."""
    m = _CONTENT_STOP_SCAN.search(text, a, hi)
    if m is not None and m.start() == a and text[a] not in ",;":
        # a dash at ``a``: its white space lies before ``a``, where no match may start
        m = _CONTENT_STOP_SCAN.search(text, a + 1, hi)
    if m is None:
        return hi
    k = m.start()
    return k if text[k] in ",;" else k - 1  # (a dash: from the white space before it)


# Words before a cue form that make it a noun ("the report", "his support").
_NOUN_BEFORE = frozenset(
    """the a an his her their its our my your this these those no any some every each
    of for in with without by on from about into against such another other new first
    whose what which""".split()
)
# Words before an -ing cue that make it a participle clause ("..., saying").
_PARTICIPLE_BEFORE = frozenset(
    [*",—–-:;", "by", "after", "before", "while", "when", "without", "in", "also", "even", "and"]
)
_COORDINATORS = frozenset({"and", "but", "or", "then", "yet", "nor"})
_SHORT_TAIL_MAX = 7  # words after "X said" that still count as a tail ("on Sunday")
_SOURCE_MAX = 14  # words in a source span before the cue
# Later cues of the sentence looked at to end a cue's content ("X said ... and added
# ..."). In the 1,219 PolNeAR train+dev and Wikinews articles the content ends by the
# 6th; without a bound, a sentence packed with cues would cost cues² source walks.
_LOOKAHEAD_CUES = 12
_OPEN_QUOTES = "\"“‘'«"
_CLOSE_QUOTES = "\"”’'»"


# ---------------------------------------------------------------- helpers


@dataclass(slots=True)
class _Cue:
    start: int  # including auxiliaries
    verb: int  # start of the lexicon form
    end: int
    entry: CueEntry
    form: str
    # the form's shape, asked for by several rules (see ``_cue_forms``)
    ing: bool  # ends with "ing"
    by: bool  # ends with " by"
    prep: bool  # ends with "ing" or a preposition: never closes a "..., X said."


@cache
def _cue_forms() -> dict[str, tuple[CueEntry, bool, bool, bool]]:
    """The forms of :func:`cue_lexicon` with their entries and shapes (the last three
    fields of :class:`_Cue`)."""
    return {
        form: (
            entry,
            form.endswith("ing"),
            form.endswith(" by"),
            form.endswith(("ing", " to", " about", " for", " on", " of")),
        )
        for form, entry in cue_lexicon()[0].items()
    }


@dataclass(slots=True)
class _Found:
    source: tuple[int, int] | None
    cue: _Cue | None
    content: list[tuple[int, int]]
    quotes: list[int]
    rule: str
    sentence: int
    inherited_from: int | None = None  # index of the attribution whose source is shared


class _Mask:
    """Characters already given a role in some attribution."""

    def __init__(self, n: int) -> None:
        self._used = bytearray(n + 1)

    def free(self, a: int, b: int) -> bool:
        return a < b and self._used.find(1, a, b) == -1

    def take(self, a: int, b: int) -> None:
        if a < b:
            self._used[a:b] = b"\x01" * (b - a)

    def free_pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        i = a
        while i < b:
            j = self._used.find(1, i, b)
            if j == -1:
                out.append((i, b))
                break
            if j > i:
                out.append((i, j))
            k = self._used.find(0, j, b)
            if k == -1:
                break
            i = k
        return out


def _trim(text: str, a: int, b: int, chars: str = " \t\r\n,;:") -> tuple[int, int]:
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


class _Article:
    """The per-article context every structure rule works in."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Span],
        sentences: Sequence[Span],
        quotes: Sequence[Quote],
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotes = quotes
        self.q_starts = [q.outer_start for q in quotes]
        self.q_inner = [(q.start, q.end) for q in quotes]
        self.p_starts = [p.start for p in paragraphs]
        self.mask = _Mask(len(text))
        self.left_memo: dict[tuple[int, int], tuple[int, int] | None] = {}
        self.next_cont: dict[int, int] = {}
        for i, q in enumerate(quotes):
            if q.continuation_of is not None:
                self.next_cont[q.continuation_of] = i

    # ----- quotes
    def quote_at(self, pos: int) -> int | None:
        """Index of the quote whose marks enclose ``pos``."""
        k = bisect.bisect_right(self.q_starts, pos) - 1
        if k >= 0:
            q = self.quotes[k]
            if q.outer_start <= pos < max(q.outer_end, q.end):
                return k
        return None

    def quote_closing_at(self, pos: int) -> int | None:
        """Index of the quote whose words end just before ``pos`` (marks, commas between)."""
        k = bisect.bisect_right(self.q_starts, pos - 1) - 1
        if k < 0:
            return None
        q = self.quotes[k]
        a, b = min(q.end, pos), max(q.end, pos)
        if b - a <= 4 and self.text[a:b].strip(" ,.;:!?\"”’'»") == "":
            return k
        return None

    def chain(self, qi: int) -> list[int]:
        """``qi`` and the quotes that continue it in later paragraphs."""
        out = [qi]
        while out[-1] in self.next_cont:
            out.append(self.next_cont[out[-1]])
        return out

    def chain_start(self, qi: int) -> list[int]:
        """The whole continued quotation that ``qi`` belongs to."""
        first = qi
        while self.quotes[first].continuation_of is not None:
            c = self.quotes[first].continuation_of
            assert c is not None
            first = c
        return self.chain(first)

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.p_starts, pos) - 1)


# ---------------------------------------------------------------- source spans


def _left_source(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``hi`` (the cue), searched back to ``lo``."""
    key = (lo, hi)
    if key in art.left_memo:
        return art.left_memo[key]
    got = _left_source_uncached(art, lo, hi)
    art.left_memo[key] = got
    return got


def _left_source_uncached(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    text = art.text
    a = max(lo, hi - 120)
    chunks = text[a:hi].split()
    if not chunks or chunks[-1].endswith((")", ",")):
        # a parenthesis or an appositive before the cue (the last token is ")" or ",")
        return _left_source_toks(art, lo, hi, _tokens_back(text, a, hi))
    # The plain walk of ``_left_source_toks`` over the tokens of ``_tokens_back``, here
    # without the generators (most sources: a few words back to a boundary).
    picked: list[tuple[int, int, str]] = []
    j = hi
    for chunk in reversed(chunks):
        i = text.rfind(chunk, a, j)
        j = i + len(chunk)
        if chunk.isalnum():
            low = chunk.lower()
            if low in _LEFT_STOP:  # (one look-up for the usual word: neither set)
                if low in _RELATIVE:
                    if not picked:
                        picked.append((i, j, chunk))
                        break
                    if _ANONYMITY.match(text, j, hi):
                        picked.append((i, j, chunk))  # "a senior official who asked not ..."
                        j = i
                        continue
                break  # a boundary word
            picked.append((i, j, chunk))
            if len(picked) > _SOURCE_MAX:
                return None
        else:
            if _TOKEN.fullmatch(chunk):
                # one token (the longest token at its start is all of it): "Obama's"
                toks = [(i, j, chunk)]
            else:
                toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, i, j)]
            for tok in reversed(toks):
                word = tok[2]
                if word in _BOUNDARY_PUNCT or (
                    len(word) == 1 and not word.isalnum() and word not in "&.-"
                ):
                    return _picked_span(text, picked)
                low = word.lower()
                if low in _RELATIVE:
                    if not picked:
                        picked.append(tok)
                        return _picked_span(text, picked)
                    if _ANONYMITY.match(text, tok[1], hi):
                        picked.append(tok)
                        continue
                    return _picked_span(text, picked)
                if low in _BOUNDARY_WORDS:
                    return _picked_span(text, picked)
                picked.append(tok)
                if len(picked) > _SOURCE_MAX:
                    return None
        j = i
    return _picked_span(text, picked)


def _tokens_back(text: str, a: int, b: int) -> Iterator[tuple[int, int, str]]:
    """The tokens (start, end, token) of ``_TOKEN`` in ``text[a:b]``, last first, made
    only as far as they are asked for.

    Tokens never hold white space and the tokeniser starts afresh after it, so the
    tokens of the window are those of its white-space separated chunks, each
    tokenised on its own; a chunk of letters and digits only is one token.  Most
    searches stop after a few words, so the rest of the window is never tokenised.
    """
    j = b
    for chunk in reversed(text[a:b].split()):
        i = text.rfind(chunk, a, j)  # the last occurrence ending by ``j`` is this chunk
        j = i + len(chunk)
        if chunk.isalnum() or _TOKEN.fullmatch(chunk):
            yield i, j, chunk  # one token (the longest token at its start is all of it)
        else:
            toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, i, j)]
            yield from reversed(toks)
        j = i


def _picked_span(text: str, picked: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    if not picked:
        return None
    picked.reverse()
    # a leading sentence adverbial in lower case is not the source ("then he")
    while len(picked) > 1 and picked[0][2].lower() in ("then", "now", "also", "so", "still"):
        picked.pop(0)
    a, b = picked[0][0], picked[-1][1]
    if not _WORDCHARS.search(text, a, b):
        return None
    return a, b


def _left_source_toks(
    art: _Article, lo: int, hi: int, back: Iterator[tuple[int, int, str]]
) -> tuple[int, int] | None:
    """The source before ``hi`` from the window's tokens ``back`` (last first)."""
    text = art.text
    last = next(back, None)
    if last is None:
        return None
    if last[2] == ")":
        # "Rep. Jim McDermott (D-Wash.) said": skip the parenthesis
        depth = 1
        for tok in back:
            if tok[2] == ")":
                depth += 1
            elif tok[2] == "(":
                depth -= 1
                if depth == 0:
                    inner = _left_source(art, lo, tok[0])
                    return (inner[0], last[1]) if inner is not None else None
        return None
    # an appositive or relative clause between commas: "X, a spokesman, said"
    if last[2] == ",":
        after: tuple[int, int, str] | None = None  # the token after ``tok`` (text order)
        before_last: tuple[int, int, str] | None = None  # the token before the last comma
        for tok in back:
            if tok[2] in _BOUNDARY_PUNCT or hi - tok[0] >= 160:
                if tok[2] == "," and after is not None and before_last is not None:
                    first = after[2].lower()
                    if first in (
                        "a",
                        "an",
                        "the",
                        "who",
                        "whose",
                        "which",
                        "his",
                        "her",
                        "its",
                        "their",
                        "then",
                        "now",
                        "himself",
                        "herself",
                    ) or (not _is_cap(first) and first not in _BOUNDARY_WORDS):
                        inner = _left_source(art, lo, tok[0])
                        if inner is not None:
                            return inner[0], before_last[1]
                return None
            if before_last is None:
                before_last = tok
            after = tok
        return None
    picked: list[tuple[int, int, str]] = []
    for tok in _then((last,), back):
        word = tok[2]
        low = word.lower()
        if word in _BOUNDARY_PUNCT or (len(word) == 1 and not word.isalnum() and word not in "&.-"):
            break
        if low in _RELATIVE:
            if not picked:
                picked.append(tok)
                break
            if _ANONYMITY.match(text, tok[1], hi):
                picked.append(tok)  # "a senior official who asked not to be named"
                continue
            break
        if low in _BOUNDARY_WORDS:
            break
        picked.append(tok)
        if len(picked) > _SOURCE_MAX:
            return None
    return _picked_span(text, picked)


def _right_source(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``lo`` (just after a cue), up to ``hi``."""
    picked: list[tuple[int, int, str]] = []
    # the tokens made only as far as the walk goes (it stops after a few words)
    for m in _TOKEN.finditer(art.text, lo, min(hi, lo + 200)):
        word = m.group(0)
        tok = (m.start(), m.end(), word)
        low = word.lower()
        if word in _BOUNDARY_PUNCT or (len(word) == 1 and not word.isalnum() and word not in "&-"):
            break
        if word == ".":
            break
        if picked and (low in _RIGHT_STOP and not _is_cap(word)):
            break
        if picked and low in _WEEKDAYS:
            break
        picked.append(tok)
        if len(picked) > _SOURCE_MAX:
            return None
    if not picked:
        return None
    if picked[0][2].lower() in _NOT_SOURCE_START:
        return None
    a, b = picked[0][0], picked[-1][1]
    # "Sen." keeps its dot; a sentence-final dot does not belong to the source
    while b > a and art.text[b - 1] == "." and not _KEEPS_DOT.search(art.text[a:b]):
        b -= 1
    return (a, b) if a < b else None


# ---------------------------------------------------------------- the engine


def _find_cues(art: _Article, sentence_starts: list[int]) -> dict[int, list[_Cue]]:
    """The cues of each sentence that has any (by sentence index, in text order)."""
    forms = _cue_forms()
    text = art.text
    per_sentence: dict[int, list[_Cue]] = {}
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lower-cased
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    lower = " " + lower  # offsets in ``lower`` are one more than in ``text``
    # The matches come in text order: walk the quotes and sentences along with them
    # (what ``art.quote_at`` and a bisection of ``sentence_starts`` would find).
    q_starts = art.q_starts
    q_limits = [max(q.outer_end, q.end) for q in art.quotes]
    nq = len(q_starts)
    qk = -1
    s_ends = [s.end for s in art.sentences]
    ns = len(sentence_starts)
    si = -1
    for m in _cue_matches(lower):
        verb, end = m.span(1)
        verb -= 1
        end -= 1
        while qk + 1 < nq and q_starts[qk + 1] <= verb:
            qk += 1
        if qk >= 0 and verb < q_limits[qk]:
            continue  # inside a quote
        form = m.group(1)
        if not form.isalpha():
            form = _norm(form)
        info = forms.get(form)
        if info is None:
            continue
        entry = info[0]
        if _ANONYMITY_CUE.match(text, end):
            continue  # "who asked not to be named": part of the source, not a cue
        while si + 1 < ns and sentence_starts[si + 1] <= verb:
            si += 1
        if si < 0 or verb >= s_ends[si]:
            continue
        s_start = sentence_starts[si]
        start = verb
        before = text[max(s_start, verb - 60) : verb]
        words = before.rsplit(None, 4)[-4:]  # the last four words are all that count
        if before.endswith(" ") and words:
            if entry.kind != "according_to":
                prev = words[-1].lower()
                if prev in _NOUN_BEFORE or prev.endswith(("’s", "'s", "s’")):
                    continue  # a noun: "the report", "Trump's support"
            n = 0
            for word in reversed(words):
                low = word.lower()
                if low in _AUX_WORDS or (
                    low.endswith("ly") and low.isalpha() and low not in _NOT_ADVERB_LY
                ):
                    n += len(word) + 1
                else:
                    break
            if n:
                start = _aux_start(text, verb, words, n, s_start)
        cue = _Cue(start, verb, end, entry, form, info[1], info[2], info[3])
        if si in per_sentence:
            per_sentence[si].append(cue)
        else:
            per_sentence[si] = [cue]
    return per_sentence


def _cue_matches(lower: str) -> Iterable[re.Match[str]]:
    """``finditer`` of the exact scanner of ``_cue_scanners`` over ``lower``.

    The fast scanner finds the same matches (the leftmost from where the last one
    ended, each time) as long as every match it finds starts with a character that is
    no word character; else the text is scanned again with the exact one (rare).
    """
    fast, exact = _cue_scanners()
    if lower.isascii():
        return fast.finditer(lower)
    matches = list(fast.finditer(lower))
    for m in matches:
        if lower[m.start()].isalnum():  # (``\w`` is this or "_", which it never is)
            return exact.finditer(lower)
    return matches


def _aux_start(text: str, verb: int, words: list[str], n: int, lo: int) -> int:
    """Offset where the auxiliary words (``n`` characters of them with spaces) begin."""
    pos = verb
    taken = 0
    for word in reversed(words):
        if taken >= n:
            break
        k = text.rfind(word, lo, pos)
        if k < 0:
            break
        pos = k
        taken += len(word) + 1
    return max(lo, pos)


def _quote_pieces(art: _Article, qis: list[int]) -> tuple[list[tuple[int, int]], list[int]]:
    pieces: list[tuple[int, int]] = []
    used: list[int] = []
    for qi in qis:
        q = art.quotes[qi]
        pieces.append((q.start, q.end))
        used.append(qi)
    return pieces, used


def _content_before(
    art: _Article, lo: int, boundary: int
) -> tuple[list[tuple[int, int]], list[int]] | None:
    """Content that ends at ``boundary`` (the comma before "X said"), from ``lo`` on."""
    text = art.text
    qi = art.quote_closing_at(boundary)
    if qi is not None:
        q = art.quotes[qi]
        if q.outer_start <= lo or text[lo : q.outer_start].strip() == "":
            return _quote_pieces(art, art.chain_start(qi))
        a, b = _trim(text, lo, q.end)
        return ([(a, b)], [qi]) if a < b else None
    a, b = _trim(text, lo, boundary)
    if b - a < 3:
        return None
    k = bisect.bisect_left(art.q_starts, a)
    inside: list[int] = []
    while k < len(art.quotes) and art.quotes[k].outer_start < b:
        if art.quotes[k].end <= b:
            inside.append(k)
        k += 1
    return [(a, b)], inside


def _content_after(
    art: _Article, lo: int, hi: int, para_end: int
) -> tuple[list[tuple[int, int]], list[int]] | None:
    """Content that starts at ``lo`` (after a cue) and runs to ``hi`` or a clause stop."""
    text = art.text
    a = lo
    while a < hi and text[a] in " \t,:":
        a += 1
    if a >= hi:
        return None
    qi = art.quote_at(a) if text[a] in _OPEN_QUOTES else None
    b = _content_stop(text, a, hi)
    tag = text.find("<tweet", a, b)
    if tag != -1:
        b = tag  # an embedded tweet is its own attribution
    # a quote opened in the content runs to its end, even past the sentence
    quotes_in: list[int] = []
    k = bisect.bisect_left(art.q_starts, a)
    while k < len(art.quotes) and art.quotes[k].outer_start < b:
        q = art.quotes[k]
        quotes_in.append(k)
        if q.end > b:
            b = max(b, q.end)
        k += 1
    a, b = _trim(text, a, b, " \t\r\n,;:.")
    if a >= b:
        return None
    if qi is not None and len(quotes_in) == 1 and art.quotes[qi].outer_end >= b:
        return _quote_pieces(art, art.chain(qi))
    if quotes_in and art.quotes[quotes_in[-1]].continues:
        pieces = [(a, b)]
        chain = art.chain(quotes_in[-1])
        more, used = _quote_pieces(art, chain[1:])
        return pieces + more, quotes_in + used
    return [(a, b)], quotes_in


def _next_paragraph_quote(art: _Article, pos: int) -> int | None:
    """A quote that opens the paragraph after the one holding ``pos``."""
    pi = art.paragraph_of(pos)
    if pi + 1 >= len(art.paragraphs):
        return None
    nxt = art.paragraphs[pi + 1]
    qi = art.quote_at(nxt.start)
    if qi is not None and art.quotes[qi].outer_start == nxt.start:
        return qi
    return None


def _starts_clause(art: _Article, a: int, b: int) -> bool:
    """The text after a cue opens its own content ("that ...", a quote)."""
    m = _OPENS_CLAUSE.match(art.text[a : min(b, a + 12)])
    return m is not None


def _parenthetical_rest(
    art: _Article, cues: list[_Cue], ci: int, hi: int, ends: list[int]
) -> tuple[int, int] | None:
    """The rest of a sentence after a parenthetical ", they said," (no other cue in it).

    ``ends`` are the cues' ends (ascending).
    """
    text = art.text
    c = cues[ci]
    m = _COMMA_GAP.match(text, c.end, hi)
    if m is None:
        return None
    a, b = _trim(text, m.end(), hi, " \t\r\n,;:.!?")
    k = bisect.bisect_right(ends, a)  # the first cue that ends after ``a``
    while k < len(cues) and cues[k].verb < a:
        k += 1  # (one reaching over ``a``)
    if (k < len(cues) and cues[k].verb < b) or _count_tokens(text, a, b, 3) < 3:
        return None
    first = _TOKEN.findall(text[a : a + 30])
    if first and (first[0].endswith("ing") or first[0].lower() in _BOUNDARY_WORDS):
        return None
    return a, b


def _quote_before(art: _Article, pos: int) -> int | None:
    """A quote that ends the previous sentence of the same paragraph ("...?" | X said.)."""
    k = bisect.bisect_right(art.q_starts, pos) - 1
    if k < 0:
        return None
    q = art.quotes[k]
    if q.end > pos or art.paragraph_of(q.end) != art.paragraph_of(pos):
        return None
    if art.text[q.end : pos].strip(" \t?!.,\"”’'»") == "" and art.text[q.end : pos].strip(" \t"):
        return k
    return None


_FIRST_NON_SPACE = re.compile(r"\s*(\S)")


def _short_tail(art: _Article, a: int, b: int) -> bool:
    """Only a short tail ("on Sunday", "in a statement") follows the cue."""
    text = art.text
    first = _FIRST_NON_SPACE.match(text, a, b)
    if first is not None:
        ch = first.group(1)
        if ch == "," or ch == "(":
            return True  # ", referring to ...", ", adding ...": later cues take the rest
        if ch in _OPEN_QUOTES:
            return False
    n = 0
    for m in _TOKEN.finditer(text, a, b):
        t = m.group(0)
        if t[:1].isalnum():
            n += 1
            if n > _SHORT_TAIL_MAX or (len(t) == 4 and t.lower() == "that"):
                return False  # a long tail, or a that-clause
    return True


def _verb(c: _Cue) -> int:
    return c.verb


def _count_tokens(text: str, a: int, b: int, limit: int) -> int:
    """``len(_TOKEN.findall(text[a:b]))``, counted no further than ``limit``."""
    n = 0
    for _m in _TOKEN.finditer(text, a, b):  # no anchors or look-arounds: as on a slice
        n += 1
        if n >= limit:
            break
    return n


def _process_sentences(
    art: _Article,
    per_sentence: dict[int, list[_Cue]],
    found: list[_Found],
    last_tweets: dict[int, int],
) -> None:
    """The structure rules for the cues of each sentence; relations go to ``found``.

    ``last_tweets`` gives the index in ``found`` of the last embedded tweet of a sentence.
    Every step is a bisection or touches only nearby text, so that a sentence with n
    cues costs O(n log n), not O(n^2): the cue offsets are kept in sorted lists, and
    the claimed regions too (their starts, their ends, and their union).

    The rules are closures over the state of the sentence at hand, made once per
    article: the loop at the end sets that state afresh for each sentence.  (Making the
    closures and their cells anew for each sentence cost some microseconds a sentence,
    several per cent of the time of attribution.)
    """
    text = art.text
    # The sentence at hand (set for each sentence by the loop at the end).
    si: int
    cues: list[_Cue]
    last_tweet: int | None
    sent: Span
    s_start: int
    s_end: int
    para: Span
    n_cues: int
    ends: list[int]  # the cues' ends, ascending: the cue matches do not overlap
    # Regions of the sentence already attributed: their starts and ends (each sorted)
    # and their union (disjoint, sorted).
    c_starts: list[int]
    c_ends: list[int]
    u_starts: list[int]
    u_ends: list[int]
    done: set[int]  # cues that found their relation
    first_found: int  # the first relation of the sentence in ``found``
    asked: list[int]  # the "Asked (if ...)" cues
    asked_verbs: list[int]  # and their offsets
    link_memo: list[tuple[str, int] | None]  # see ``link``

    def is_claimed(pos: int) -> bool:
        if not u_starts:
            return False
        k = bisect.bisect_right(u_starts, pos) - 1
        return k >= 0 and pos < u_ends[k]

    def region_start(pos: int) -> int:
        """The end of the last claimed region that ends by ``pos`` (or the sentence start)."""
        k = bisect.bisect_right(c_ends, pos)
        return c_ends[k - 1] if k and c_ends[k - 1] > s_start else s_start

    def region_end(pos: int) -> int:
        """The start of the first claimed region that starts at ``pos`` or later."""
        k = bisect.bisect_left(c_starts, pos)
        return c_starts[k] if k < len(c_starts) and c_starts[k] < s_end else s_end

    def add(f: _Found) -> None:
        found.append(f)
        if n_cues == 1:
            return  # nothing else in the sentence asks what is claimed
        lo, hi = len(text), 0  # the region from the first to the last character used
        for a, b in f.content:
            if a < lo:
                lo = a
            if b > hi:
                hi = b
        if f.source:
            lo, hi = min(lo, f.source[0]), max(hi, f.source[1])
        if f.cue:
            lo, hi = min(lo, f.cue.start), max(hi, f.cue.end)
        bisect.insort(c_starts, lo)
        bisect.insort(c_ends, hi)
        if lo < hi:
            i = bisect.bisect_left(u_ends, lo)  # union pieces that touch or overlap
            j = bisect.bisect_right(u_starts, hi)
            if i < j:
                lo, hi = min(lo, u_starts[i]), max(hi, u_ends[j - 1])
            u_starts[i:j] = [lo]
            u_ends[i:j] = [hi]

    def left_bound(ci: int, lo: int) -> int:
        """Sources never reach back over another cue of the sentence."""
        j = bisect.bisect_right(ends, cues[ci].start, 0, ci) - 1
        return ends[j] if j >= 0 and ends[j] > lo else lo

    def asked_before(ci: int, lo: int) -> bool:
        """An earlier cue of the sentence is a clause-opening "Asked ..." at ``lo``.

        Only the first such cue at or after ``lo`` can open the region (a later one has
        the word "asked" of the first in its lead).
        """
        i = bisect.bisect_left(asked_verbs, lo)
        return i < len(asked) and asked[i] < ci and _asked_opener(art, lo, cues[asked[i]])

    def plain_cue_within(ci: int, lo: int, hi: int) -> bool:
        """A cue before ``ci`` that is not strict lies within ``lo..hi``."""
        k = bisect.bisect_right(ends, lo, 0, ci)  # the first that ends after ``lo``
        j = bisect.bisect_right(ends, hi, 0, ci)  # those that end by ``hi``
        while k < j:
            # only cues reaching over ``lo`` start before it (few): the loop is short
            d = cues[k]
            if lo <= d.start and not d.entry.strict:
                return True
            k += 1
        return False

    def before_rules(ci: int, lo: int, hi: int) -> None:
        """Pass 1 for cue ``ci`` with ``lo..hi`` free: frames whose content comes first."""
        c = cues[ci]
        kind = c.entry.kind
        left_gap = text[lo : c.start].rstrip()
        if kind == "according_to" or c.by:
            src = _right_source(art, c.end, hi)
            if src is None:
                return
            rule = "passive_by_X" if c.by else "content_according_to_X"
            before = (
                _content_before(art, lo, len(left_gap) + lo)
                if _count_tokens(left_gap, 0, len(left_gap), 2) >= 2
                else None
            )
            if before is not None:
                pieces, qis = before
                # "..., according to officials, but fighting broke out": stop there
                add(_Found(src, c, pieces, qis, rule, si))
                done.add(ci)
                return
            after = _content_after(art, src[1], hi, para.end) if rule != "passive_by_X" else None
            if after is not None:
                add(_Found(src, c, after[0], after[1], "according_to_X_content", si))
                done.add(ci)
            return
        if not c.prep and left_gap.endswith((",", '"', "”", "’", "'")):
            # inverted: "...," said X.   /   ..., reports ITV News correspondent X
            src = _right_source(art, c.end, hi)
            quoted = art.quote_closing_at(lo + len(left_gap.rstrip(",\"”’' "))) is not None
            if src is not None and not quoted:
                # no quote before: "Guy Cecil, the group's strategist, said the group
                # might ..." is a subject with an appositive, not an inverted source
                n_src = len(_TOKEN.findall(text[src[0] : src[1]]))
                if _left_source(art, left_bound(ci, lo), c.start) is not None or (
                    n_src > 6 and not _is_cap(text[src[0] : src[1]])
                ):
                    src = None
            if src is not None and text[src[1] : src[1] + 2].startswith(","):
                # an appositive: "said Mark Smith, a student-loan expert."
                end = _trim(text, src[1], hi, " \t\r\n,;:.!?")[1]
                rel = _APPOSITIVE_STOP.search(text, src[1], end)
                k = bisect.bisect_left(cues, rel.end(), key=_verb) if rel is not None else 0
                if rel is not None and k < n_cues and cues[k].verb < min(end, rel.end() + 30):
                    # "said Alan Berger, a gynecologist, who said he ...": the relative
                    # clause has its own cue
                    end = _trim(text, src[1], rel.start(), " \t\r\n,;:.!?")[1]
                if (
                    0 < _count_tokens(text, src[1], end, 41) <= 40
                    and _broken_quote_rest(art, src[1], hi) is None
                ):
                    src = (src[0], end)
            if src is not None and _short_tail(art, src[1], hi):
                before = _content_before(art, lo, lo + len(left_gap.rstrip(",\"”’' ")))
                if before is not None:
                    pieces, qis = before
                    extra = _broken_quote_rest(art, src[1], hi)
                    if extra is not None:
                        pieces, qis = pieces + extra[0], qis + extra[1]
                    add(_Found(src, c, pieces, qis, "content_comma_said_X", si))
                    done.add(ci)
                    return
        if c.prep:
            return  # participles and prepositional cues never close a "..., X said."
        # postposed: "...," X said.  /  ..., X said on Sunday.
        if asked and asked_before(ci, lo):
            return  # "Asked if ..., Ryan said, '...'": the question is not Ryan's content
        src = _left_source(art, left_bound(ci, lo), c.start)
        if src is None and text[lo : c.start].strip() == "" and lo == sent.start:
            # '"Is that all there is?" said Trump.': the quote ended the sentence before
            src = _right_source(art, c.end, hi)
            qi = _quote_before(art, sent.start)
            if src is not None and qi is not None and _short_tail(art, src[1], hi):
                pieces, qis = _quote_pieces(art, art.chain_start(qi))
                add(_Found(src, c, pieces, qis, "quote_then_said_X", si))
                done.add(ci)
            return
        if src is None:
            return
        before_src = text[lo : src[0]].rstrip()
        if before_src == "" and lo == s_start:
            qi = _quote_before(art, s_start)
            if qi is not None and _short_tail(art, c.end, hi):
                pieces, qis = _quote_pieces(art, art.chain_start(qi))
                add(_Found(src, c, pieces, qis, "quote_then_X_said", si))
                done.add(ci)
                return
        if (
            not before_src.endswith((",", '"', "”", "’", "'"))
            or _count_tokens(before_src, 0, len(before_src), 3) < 3
        ):
            return
        extra = _broken_quote_rest(art, c.end, hi)
        boundary = lo + len(before_src.rstrip(",\"”’' "))
        after_quote = art.quote_closing_at(boundary) is not None
        if not after_quote and plain_cue_within(ci, lo, boundary):
            return  # "Cuban said that in a race ..., he would support ...": one content
        if (
            extra is None
            and not _short_tail(art, c.end, hi)
            and not (after_quote and not _starts_clause(art, c.end, hi))
        ):
            return
        before = _content_before(art, lo, boundary)
        if before is None:
            return
        pieces, qis = before
        if extra is not None:
            pieces, qis = pieces + extra[0], qis + extra[1]
        elif not after_quote:
            rest = _parenthetical_rest(art, cues, ci, hi, ends)
            if rest is not None:
                pieces = [*pieces, rest]  # "The outreach, they said, raised new worries"
        add(_Found(src, c, pieces, qis, "content_comma_X_said", si))
        done.add(ci)

    def link(k: int) -> tuple[str, int]:
        got = link_memo[k]
        if got is None:
            got = link_memo[k] = _link_before(art, sent.start, cues[k].start)
        return got

    def after_rules(ci: int, lo: int, hi: int) -> None:
        """Pass 2 for cue ``ci`` with ``lo..hi`` free: "X said (that) ..."."""
        c = cues[ci]
        entry = c.entry
        if entry.kind == "according_to" or c.by:
            return
        prev_link = link(ci)
        prev = prev_link[0] if prev_link[1] >= lo else ""
        if c.form == "asked" and _asked_opener(art, lo, c):
            # "Asked if ..., X said": the question runs to the comma; no source
            comma = text.find(",", c.end, hi)
            if comma != -1:
                hi = comma
        for cj in range(ci + 1, min(n_cues, ci + 1 + _LOOKAHEAD_CUES)):
            d = cues[cj]
            if d.start >= hi:
                break
            # "X endorsed Y, saying ..." / "X said ... and added ...": the content of
            # the first verb stops where the second (sharing its subject) begins
            if d.entry.strict or d.entry.kind == "according_to":
                continue
            word, at = link(cj)
            if word in _COORDINATORS_AND or (d.ing and word in _PARTICIPLE_LINK):
                hi = at
                break
            if not d.ing and word not in _RELATIVE:
                # "When Sanders accused Clinton of ..., she said ...": a new subject
                # after a comma opens the main clause, with its own cue
                dsrc = _left_source(art, c.end, d.start)
                if dsrc is not None and text[dsrc[0] : dsrc[1]].lower() not in _RELATIVE:
                    gap = _CLAUSE_JOIN.search(text, c.end, dsrc[0])
                    if gap is not None:
                        hi = gap.start()
                        break
        rule = "X_said_content"
        inherited: int | None = None
        src = None
        participle = c.ing and prev in _PARTICIPLE_BEFORE
        if participle or prev in _COORDINATORS:
            # "X said ... and added ...", "..., saying ...": the source is shared
            inherited = len(found) - 1 if len(found) > first_found else last_tweet
            rule = "participle_clause" if participle else "coordinated_verb"
            if inherited is None:
                # the first verb is no cue: "Trump returned the compliment, telling ..."
                src = _clause_subject(art, lo, prev_link[1])
                if src is not None:
                    rule += "_subject"
        else:
            src = _left_source(art, lo, c.start)
            if src is None:
                if entry.strict or entry.kind != "speech":
                    return
                rule = "no_source_found"  # "When asked ...", or a subject we cannot delimit
        if entry.strict:
            ok = False
            # the first 60 characters after the cue and its white space (all the test reads)
            p = c.end
            while p < hi and text[p].isspace():
                p += 1
            stripped = text[p : min(hi, p + 60)]
            first_tok = _TOKEN.match(stripped[:40])
            first = first_tok.group(0).lower() if first_tok else ""
            if first in ("that", ":") or (stripped != "" and stripped[0] in _OPEN_QUOTES):
                ok = True
            elif entry.lemma in _INTENTION or entry.lemma in ("try", "aim", "seem", "appear"):
                ok = first == "to"
            elif entry.lemma in ("see", "view", "consider", "regard"):
                ok = _AS.search(stripped[:60]) is not None  # "see him as a threat"
            elif entry.kind == "evidence" and src is not None:
                ok = bool(_EVIDENCE_NOUN.search(text, src[0], src[1]))
            elif c.form.endswith((" for", " on")):
                ok = True
            elif c.form in ("call", "calls", "called", "calling") and _ANY_QUOTE.search(
                stripped[:60]
            ):
                ok = True  # "called him a 'moderate'"
            elif entry.kind == "stance" or c.form in ("call", "calls", "called", "calling"):
                ok = src is not None and (
                    text[src[0] : src[1]].lower() in _PRONOUN_SOURCES
                    or (
                        _is_cap(text[src[0] : src[1]])
                        and text[src[0] : src[1]].split()[0].lower() not in ("a", "an")
                    )
                )
            if not ok:
                return
        content_lo = c.end
        if entry.lemma in _OBJECT_FIRST:
            m = _THAT_OR_QUOTE.search(text[c.end : min(hi, c.end + 80)])
            if m is not None and "," not in text[c.end : c.end + m.start()].strip(" ,"):
                content_lo = c.end + m.start()
        content = _content_after(art, content_lo, hi, para.end)
        if content is None:
            # "Mr Herashchenko added:" and the quote in the next paragraph
            if text[c.end : hi].strip() in ("", ":", ",") and text[c.end : sent.end].strip() in (
                "",
                ":",
                ",",
                ".",
            ):
                qi = _next_paragraph_quote(art, sent.end)
                if qi is not None:
                    pieces, qis = _quote_pieces(art, art.chain(qi))
                    add(_Found(src, c, pieces, qis, "X_said_colon_next_paragraph", si))
                return
            return
        pieces, qis = content
        add(_Found(src, c, pieces, qis, rule, si, inherited))

    for si, cues in per_sentence.items():  # (in sentence order)
        if not cues:
            continue
        last_tweet = last_tweets.get(si)
        sent = art.sentences[si]
        s_start, s_end = sent.start, sent.end
        para = art.paragraphs[art.paragraph_of(s_start)]
        n_cues = len(cues)
        ends, asked, asked_verbs = [], [], []
        for k, c in enumerate(cues):  # (one loop, no comprehensions: most lists are short)
            ends.append(c.end)
            if c.form == "asked":
                asked.append(k)
                asked_verbs.append(c.verb)
        c_starts, c_ends, u_starts, u_ends = [], [], [], []
        done = set()
        first_found = len(found)
        link_memo = [None] * n_cues
        if n_cues == 1:
            # One cue (most sentences): the two passes one after the other, over the
            # whole sentence (nothing else claims any of it).
            before_rules(0, s_start, s_end)
            if not done:
                after_rules(0, s_start, s_end)
            continue
        # Pass 1, right to left ("according to" first): content before the cue.
        order = sorted(range(n_cues), key=lambda k: (cues[k].entry.kind != "according_to", -k))
        for ci in order:
            c = cues[ci]
            if not is_claimed(c.verb):
                before_rules(ci, region_start(c.start), region_end(c.end))
        # Pass 2, left to right: "X said (that) ...".
        for ci, c in enumerate(cues):
            if not (ci in done or is_claimed(c.verb) or is_claimed(c.start)):
                after_rules(ci, region_start(c.start), region_end(c.end))


# (the patterns of the rules, compiled once: ``re.search(pattern, ...)`` looks the
# pattern up in ``re``'s cache at every call)
_KEEPS_DOT = re.compile(r"(?:\b[A-Z]\.|Jr\.|Sr\.|Inc\.|Co\.|Corp\.|Ltd\.)\Z")
_OPENS_CLAUSE = re.compile(r"\s*(?:that\b|[:\"“‘])")
_AS = re.compile(r"\bas\b")
_THAT_OR_QUOTE = re.compile(r"\bthat\b|[:\"“]")
_COMMA_QUOTE = re.compile(r"\s*,\s*([\"“‘'])")
_ANY_QUOTE = re.compile(r"[\"“‘']")
_APPOSITIVE_STOP = re.compile(r",?\s+(?:who|whose|which)\b")
_CLAUSE_JOIN = re.compile(r"(?:,|,?\s+(?:and|but))\s*\Z")
_COORDINATORS_AND = frozenset({"and"})
_PARTICIPLE_LINK = frozenset({",", "—", "–"})


# Read on the reversed text: white space, then a run of word characters, apostrophes
# and hyphens (the word), or any other single character.
_LINK_BACK = re.compile(r"\s*(?:([\w’'\-]+)|(\S))")


def _link_before(art: _Article, lo: int, pos: int) -> tuple[str, int]:
    """The token just before ``pos`` (lower case) and where it starts."""
    lo = max(lo, pos - 40)
    m = _LINK_BACK.match(art.text[lo:pos][::-1])
    if m is None:
        return "", -1  # only white space back to ``lo``
    word = m.group(1)
    if word is None:
        return m.group(2), pos - m.end()
    return word[::-1].lower(), pos - m.end()


_SUBJECT_VERBS = frozenset(
    """has have had is are was were will would can could did does do may might must should
    took takes made makes gave gives got gets went goes came comes held holds met meets won
    wins lost ran runs spent sent left keeps kept began begins became becomes stood stands
    sat brought brings put puts let set hit cut led leads""".split()
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_SUBJECT_OPENERS = frozenset(
    """on in at after before during when while as since with without for from by under over
    earlier later then also but and so yet still meanwhile however""".split()
)


def _clause_subject(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the clause in ``lo..hi``: the noun phrase before its first verb.

    No parser: the verb is the first lower-case word that is an auxiliary, a common
    irregular verb, ends in "-ed", or ends in "-s" after a name or pronoun.  A fronted
    adverbial ("On Monday, ...") is skipped.
    """
    text = art.text
    # at most the first 24 tokens are read: a comma among the first 12, then 12 more
    toks = [
        (m.start(), m.end(), m.group(0))
        for m in islice(_TOKEN.finditer(text, lo, min(hi, lo + 200)), 24)
    ]
    k = 0
    if toks and toks[0][2].lower() in _SUBJECT_OPENERS:
        comma = next((j for j, t in enumerate(toks[:12]) if t[2] == ","), None)
        if comma is None:
            return None
        k = comma + 1
    start = k
    for j in range(k, min(len(toks), k + 12)):
        word = toks[j][2]
        low = word.lower()
        if j == start:
            if not (_is_cap(word) or low in _SUBJECT_PRONOUNS or low in ("the", "a", "an")):
                return None
            continue
        if word in _BOUNDARY_PUNCT and word != ",":
            return None
        if _is_cap(word) or not word[:1].isalpha():
            continue
        prev = toks[j - 1][2]
        if (
            low in _SUBJECT_VERBS
            or (low.endswith("ed") and len(low) > 3)
            or (
                low.endswith("s")
                and not low.endswith("ss")
                and (_is_cap(prev) or prev.lower() in _SUBJECT_PRONOUNS)
            )
        ):
            end = j
            while end > start + 1 and toks[end - 1][2].lower().endswith("ly"):
                end -= 1
            return _left_source(art, toks[start][0], toks[end][0])
    return None


_ASKED_LEAD = frozenset(
    {"", "when", "when he was", "when she was", "when they were", "after being", "if", "as"}
)


def _asked_opener(art: _Article, lo: int, c: _Cue) -> bool:
    """``c`` is a clause-opening "Asked (if ...)" / "When asked ..."."""
    if c.form != "asked" or c.verb < lo:
        return False
    lead = art.text[lo : c.start].strip(" \t\r\n\"“”‘’'").lower()
    return lead in _ASKED_LEAD


def _broken_quote_rest(
    art: _Article, pos: int, hi: int
) -> tuple[list[tuple[int, int]], list[int]] | None:
    """``, "..."`` right after "she said": the second piece of a broken quote."""
    text = art.text
    m = _COMMA_QUOTE.match(text, pos, min(len(text), pos + 8))
    if m is None:
        return None
    qi = art.quote_at(m.start(1))
    if qi is None or art.quotes[qi].outer_start != m.start(1):
        return None
    return _quote_pieces(art, art.chain(qi))


def _attach_running_quotes(art: _Article, found: list[_Found]) -> None:
    """Quotes without their own cue that carry on an attributed quotation.

    In the same paragraph after an attributed quote, or a paragraph that opens
    with a quote right after a paragraph whose last attribution was a quote.
    """
    used_q: set[int] = set()
    for f in found:
        used_q.update(f.quotes)
    by_para: dict[int, int] = {}
    for k, f in enumerate(found):
        if f.quotes:
            anchor = f.cue.start if f.cue else f.content[0][0]
            by_para[art.paragraph_of(anchor)] = k
    for qi, q in enumerate(art.quotes):
        if qi in used_q or q.continuation_of is not None:
            continue
        pi = art.paragraph_of(q.start)
        kp = by_para.get(pi)
        owner: int | None = None
        if kp is not None:
            f = found[kp]
            last = max(b for _a, b in f.content)
            if last <= q.outer_start:
                owner = kp
        elif pi > 0 and q.outer_start == art.paragraphs[pi].start:
            k2 = by_para.get(pi - 1)
            if k2 is not None and _quote_paragraph(art, pi, qi):
                owner = k2
        if owner is None:
            continue
        chain = art.chain(qi)
        f = found[owner]
        for cq in chain:
            qq = art.quotes[cq]
            f.content.append((qq.start, qq.end))
            f.quotes.append(cq)
            used_q.add(cq)
        by_para[pi] = owner
        for cq in chain:
            by_para[art.paragraph_of(art.quotes[cq].start)] = owner


def _quote_paragraph(art: _Article, pi: int, qi: int) -> bool:
    """Paragraph ``pi`` is (almost) all the quote ``qi``."""
    para = art.paragraphs[pi]
    q = art.quotes[qi]
    return (q.outer_end - q.outer_start) >= 0.8 * len(para)


_TWEET = re.compile(
    r"<tweet\b[^>]*?\bauthor=\"([^\"]+)\"[^>]*>(.*?)</tweet>", re.DOTALL | re.IGNORECASE
)


def _tweets(text: str) -> list[tuple[int, int, tuple[int, int], tuple[int, int]]]:
    """Embedded tweets ``<tweet author="@X" ...>text</tweet>``: (start, end, author, text)."""
    if "<tweet" not in text:
        return []
    out = []
    for m in _TWEET.finditer(text):
        a, b = _trim(m.string, m.start(2), m.end(2), " \t\r\n")
        if a < b and m.start(1) < m.end(1):
            out.append((m.start(), m.end(), (m.start(1), m.end(1)), (a, b)))
    return out


_COMMA_GAP = re.compile(r"\s*,\s*")


def find_attributions(
    text: str,
    paragraphs: Sequence[Span],
    sentences: Sequence[Span],
    quotes: Sequence[Quote],
    boilerplate: Sequence[Boilerplate],
) -> list[Attribution]:
    """All attribution relations in the article, in text order."""
    art = _Article(text, paragraphs, sentences, quotes)
    starts = [s.start for s in sentences]
    tweets = _tweets(text)
    per_sentence = _find_cues(art, starts)
    if tweets:
        # cues inside an embedded tweet belong to the tweet, not the article
        per_sentence = {
            si: [c for c in cues if not any(a <= c.verb < b for a, b, _s, _c in tweets)]
            for si, cues in per_sentence.items()
        }
    found: list[_Found] = []
    last_tweet: dict[int, int] = {}  # sentence -> index of its last embedded tweet
    for a, _b, src, content in tweets:
        si = max(0, bisect.bisect_right(starts, a) - 1)
        last_tweet[si] = len(found)
        found.append(_Found(src, None, [content], [], "embedded_tweet", si))
    _process_sentences(art, per_sentence, found, last_tweet)
    _attach_running_quotes(art, found)
    return _finish(art, found, boilerplate)


def _finish(
    art: _Article, found: list[_Found], boilerplate: Sequence[Boilerplate]
) -> list[Attribution]:
    text = art.text
    # ``art.mask`` (:class:`_Mask`) used directly here: its byte array and find method
    used = art.mask._used
    find = used.find
    order = sorted(range(len(found)), key=lambda k: _anchor(found[k]))
    resolve = SourceResolver(text).resolve
    bp = sorted((b.start, b.end) for b in boilerplate)
    word_char = _WORDCHARS.search
    out: list[Attribution] = []
    names: dict[int, tuple[str | None, str, str, str | None]] = {}
    for k in order:
        f = found[k]
        cue = f.cue
        # enforce the invariant: every character has at most one role
        if cue is not None and (cue.start >= cue.end or find(1, cue.start, cue.end) != -1):
            continue  # (not ``mask.free``)
        src = f.source
        if src is not None and (src[0] >= src[1] or find(1, src[0], src[1]) != -1):
            src = None
        pieces: list[tuple[int, int]] = []
        content = f.content
        for a, b in sorted(content) if len(content) > 1 else content:
            for pa, pb in art.mask.free_pieces(a, b):
                pa, pb = _trim(text, pa, pb, " \t\r\n")
                if pa < pb and word_char(text, pa, pb):
                    pieces.append((pa, pb))
        if not pieces:
            continue
        # (``mask.take``; the spans are not empty)
        if cue is not None:
            used[cue.start : cue.end] = b"\x01" * (cue.end - cue.start)
        if src is not None:
            used[src[0] : src[1]] = b"\x01" * (src[1] - src[0])
        for a, b in pieces:
            used[a:b] = b"\x01" * (b - a)
        qis = tuple(sorted(set(f.quotes))) if f.quotes else ()
        kind = _content_kind(art, pieces, qis)
        if src is not None:
            info = resolve(text[src[0] : src[1]], src[0])
            name, stype, srule, resolved = info.name, info.type, info.type_rule, info.resolved_from
        elif f.inherited_from is not None and f.inherited_from in names:
            name, stype, srule, resolved = names[f.inherited_from]
            srule = f"{srule} (shared with the first verb of the coordination)"
        else:
            name, stype, srule, resolved = None, "unknown", "no_source", None
        names[k] = (name, stype, srule, resolved)
        anchor = cue.start if cue is not None else pieces[0][0]
        in_bp = False
        for a, b in bp:
            if a <= anchor < b:
                in_bp = True
                break
        out.append(
            _attribution(
                _span(text, src[0], src[1]) if src is not None else None,
                _span(text, cue.start, cue.end) if cue is not None else None,
                tuple([_span(text, a, b) for a, b in pieces]),
                kind,
                cue.entry.kind if cue else None,
                cue.entry.lemma if cue else None,
                f.sentence,
                name,
                stype,
                srule,
                f.rule,
                qis,
                in_bp,
                resolved,
            )
        )
    out.sort(key=lambda a: a.cue.start if a.cue else a.content[0].start)
    return out


# Records built without their dataclass ``__init__``: a frozen dataclass sets each field
# through ``object.__setattr__`` (a lookup and a call per field, about twice the time);
# here a bare instance gets each slot set by the slot's own descriptor.
# ``tests/test_attribution.py`` checks that these build the same records as the classes.
_new = object.__new__
_SPAN_SETTERS = tuple(Span.__dict__[f].__set__ for f in ("start", "end", "text"))
_ATTRIBUTION_SETTERS = tuple(Attribution.__dict__[f.name].__set__ for f in fields(Attribution))


def _span(text: str, a: int, b: int) -> Span:
    """``Span(a, b, text[a:b])``."""
    span = _new(Span)
    set_start, set_end, set_text = _SPAN_SETTERS
    set_start(span, a)
    set_end(span, b)
    set_text(span, text[a:b])
    return span


def _attribution(
    source: Span | None,
    cue: Span | None,
    content: tuple[Span, ...],
    kind: str,
    cue_kind: str | None,
    cue_lemma: str | None,
    sentence: int,
    source_name: str | None,
    source_type: str,
    source_type_rule: str,
    rule: str,
    quotes: tuple[int, ...],
    in_boilerplate: bool,
    source_resolved_from: str | None,
) -> Attribution:
    """``Attribution(...)`` with every field given, in the order of the class."""
    a = _new(Attribution)
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13 = _ATTRIBUTION_SETTERS
    s0(a, source)
    s1(a, cue)
    s2(a, content)
    s3(a, kind)
    s4(a, cue_kind)
    s5(a, cue_lemma)
    s6(a, sentence)
    s7(a, source_name)
    s8(a, source_type)
    s9(a, source_type_rule)
    s10(a, rule)
    s11(a, quotes)
    s12(a, in_boilerplate)
    s13(a, source_resolved_from)
    return a


def _anchor(f: _Found) -> int:
    return f.cue.start if f.cue is not None else f.content[0][0]


def _content_kind(art: _Article, pieces: list[tuple[int, int]], qis: tuple[int, ...]) -> str:
    if not qis:
        return "indirect"
    quotes = art.quotes
    spans = [(quotes[qi].start, quotes[qi].end) for qi in qis]
    for a, b in pieces:
        for qa, qb in spans:
            if qa <= a and b <= qb:
                break
        else:
            break  # a piece outside every quote
    else:
        return "direct"  # every piece lies in a quote (the usual case)
    if not any(a < qb and qa < b for a, b in pieces for qa, qb in spans):
        return "indirect"
    spans.sort()
    if all(spans[k][1] <= spans[k + 1][0] for k in range(len(spans) - 1)):
        # Disjoint quotes (the usual case): the counts below are only compared with 0
        # and with each other, so finding one word character is enough: quoted == 0
        # when no piece has one inside a quote, quoted >= total when none has one
        # outside every quote.
        text = art.text
        wc = _WORDCHARS.search
        if not any(
            a < qb and qa < b and wc(text, max(a, qa), min(b, qb))
            for a, b in pieces
            for qa, qb in spans
        ):
            return "indirect"
        for a, b in pieces:
            pos = a
            for qa, qb in spans:
                if qb <= pos:
                    continue
                if qa >= b:
                    break
                if qa > pos and wc(text, pos, qa):
                    return "mixed"
                pos = qb
            if pos < b and wc(text, pos, b):
                return "mixed"
        return "direct"
    quoted = 0
    total = 0
    for a, b in pieces:
        total += _count_wordchars(art.text, a, b)
    for qi in qis:
        q = art.quotes[qi]
        for a, b in pieces:
            lo, hi = max(a, q.start), min(b, q.end)
            if lo < hi:
                quoted += _count_wordchars(art.text, lo, hi)
    if quoted == 0:
        return "indirect"
    return "direct" if quoted >= total else "mixed"


_NON_WORD_RUN = re.compile(r"\W+")


def _count_wordchars(text: str, a: int, b: int) -> int:
    """How many word characters (regex word class) ``text[a:b]`` holds."""
    return len(_NON_WORD_RUN.sub("", text[a:b]))


_RULE_WORDS = {
    "X_said_content": "the source comes before the cue and the content after it",
    "X_said_colon_next_paragraph": "the cue ends with a colon and the quote opens the next"
    " paragraph",
    "content_comma_X_said": "the content comes first, then a comma and 'X <cue>'",
    "content_comma_said_X": "the content comes first, then a comma and '<cue> X' (inverted)",
    "content_according_to_X": "the content comes first, then 'according to X'",
    "according_to_X_content": "'according to X' comes first, then the content",
    "passive_by_X": "a passive frame: the content, then '<cue> by X'",
    "coordinated_verb": "a second verb coordinated with an earlier cue of the same source",
    "participle_clause": "a participle clause (', saying ...') sharing the subject of an"
    " earlier cue",
    "participle_clause_subject": "a participle clause (', saying ...'); the source is the"
    " subject of the main verb, which is no cue",
    "coordinated_verb_subject": "a verb coordinated ('... and said ...') with a main verb"
    " that is no cue; the source is the clause's subject",
    "no_source_found": "a speech cue whose subject could not be delimited",
    "embedded_tweet": "an embedded tweet: its author is the source, its text the content",
}
