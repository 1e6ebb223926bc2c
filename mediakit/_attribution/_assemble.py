"""Assembly: embedded tweets, quotes that run on, and the final records (one
role per character, source names and types, content kind)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import fields

from mediakit._attribution._article import _Article
from mediakit._attribution._model import Attribution, _Found
from mediakit._attribution._resolution import _Sources
from mediakit._attribution._rules import RULES
from mediakit._attribution._tokens import _WORDCHARS, _trim
from mediakit._boilerplate import Boilerplate
from mediakit._compiled import compile_pattern
from mediakit._spans import Span
from mediakit.lexicons import Rows


def _attach_running_quotes(art: _Article, found: list[_Found]) -> None:
    """Quotes without their own cue that carry on an attributed quotation.

    In the same paragraph after an attributed quote, or a paragraph that opens
    with a quote right after a paragraph whose last attribution was a quote.
    """
    used_q: set[int] = set()
    for f in found:
        used_q.update(f.quotes)
    by_para: dict[int, int] = {}
    any_para: dict[int, int] = {}  # the last relation of each paragraph, quoted or not
    for k, f in enumerate(found):
        anchor = f.cue.start if f.cue else f.content[0][0]
        if f.quotes:
            by_para[art.paragraph_of(anchor)] = k
        if f.content:
            any_para[art.paragraph_of(anchor)] = k
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
        elif (ka := any_para.get(pi)) is not None and _quote_sentence(art, qi):
            # '..., Zapata said, adding it required endurance. "It's an isometric
            # exercise ..."': a quoted sentence after a paraphrase of the same speaker
            if max(b for _a, b in found[ka].content) <= q.outer_start:
                owner = ka
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


def _quote_sentence(art: _Article, qi: int) -> bool:
    """Quote ``qi`` is a whole sentence: its marks open the sentence and close it."""
    q = art.quotes[qi]
    if q.close_mark is None:
        return False
    starts = [s.start for s in art.sentences]
    k = bisect.bisect_right(starts, q.outer_start) - 1
    if k < 0:
        return False
    sent = art.sentences[k]
    head = art.text[sent.start : q.outer_start].strip()
    tail = art.text[q.close_mark + 1 : sent.end].strip()
    return head == "" and tail in ("", ".")


def _quote_paragraph(art: _Article, pi: int, qi: int) -> bool:
    """Paragraph ``pi`` is (almost) all the quote ``qi``."""
    para = art.paragraphs[pi]
    q = art.quotes[qi]
    return (q.outer_end - q.outer_start) >= 0.8 * len(para)


_TWEET = compile_pattern(
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


def _tweet_relations(
    tweets: list[tuple[int, int, tuple[int, int], tuple[int, int]]],
    sentence_starts: list[int],
    found: list[_Found],
) -> dict[int, int]:
    """One relation per embedded tweet (its author the source, its text the content),
    appended to ``found``; returns, per sentence, the index of its last tweet in ``found``.
    """
    last_tweet: dict[int, int] = {}
    for a, _b, src, content in tweets:
        si = max(0, bisect.bisect_right(sentence_starts, a) - 1)
        last_tweet[si] = len(found)
        found.append(_Found(src, None, [content], [], RULES.embedded_tweet, si))
    return last_tweet


def _finish(
    art: _Article,
    found: list[_Found],
    boilerplate: Sequence[Boilerplate],
    user_types: Rows = (),
) -> list[Attribution]:
    text = art.text
    # ``art.mask`` (:class:`_Mask`) used directly here: its byte array and find method
    used = art.mask._used
    find = used.find
    order = sorted(range(len(found)), key=lambda k: _anchor(found[k]))
    sources = _Sources(text, user_types)
    bp = sorted((b.start, b.end) for b in boilerplate)
    word_char = _WORDCHARS.search
    out: list[Attribution] = []
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
        name, stype, srule, resolved = sources.of(k, f, src)
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
                f.rule.name,
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


_NON_WORD_RUN = compile_pattern(r"\W+")


def _count_wordchars(text: str, a: int, b: int) -> int:
    """How many word characters (regex word class) ``text[a:b]`` holds."""
    return len(_NON_WORD_RUN.sub("", text[a:b]))
