"""The structure rules, applied to the cues of each sentence."""

from __future__ import annotations

import bisect
import re

from mediakit._attribution._article import _Article
from mediakit._attribution._content_spans import (
    _broken_quote_rest,
    _content_after,
    _content_before,
    _next_paragraph_quote,
    _parenthetical_rest,
    _quote_before,
    _quote_pieces,
    _short_tail,
    _starts_clause,
)
from mediakit._attribution._model import _Cue, _Found
from mediakit._attribution._rules import RULES
from mediakit._attribution._source_spans import _clause_subject, _left_source, _right_source
from mediakit._attribution._tokens import (
    _OPEN_QUOTES,
    _RELATIVE,
    _TOKEN,
    _count_tokens,
    _is_cap,
    _trim,
)
from mediakit._spans import Span

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


# Words before an -ing cue that make it a participle clause ("..., saying").
_PARTICIPLE_BEFORE = frozenset(
    [*",—–-:;", "by", "after", "before", "while", "when", "without", "in", "also", "even", "and"]
)


_COORDINATORS = frozenset({"and", "but", "or", "then", "yet", "nor"})


# Later cues of the sentence looked at to end a cue's content ("X said ... and added
# ..."). In the 1,219 PolNeAR train+dev and Wikinews articles the content ends by the
# 6th; without a bound, a sentence packed with cues would cost cues² source walks.
_LOOKAHEAD_CUES = 12


_PRONOUN_SOURCES = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})


def _verb(c: _Cue) -> int:
    return c.verb


_AS = re.compile(r"\bas\b")


_THAT_OR_QUOTE = re.compile(r"\bthat\b|[:\"“]")


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


_ASKED_LEAD = frozenset(
    {"", "when", "when he was", "when she was", "when they were", "after being", "if", "as"}
)


def _asked_opener(art: _Article, lo: int, c: _Cue) -> bool:
    """``c`` is a clause-opening "Asked (if ...)" / "When asked ..."."""
    if c.form != "asked" or c.verb < lo:
        return False
    lead = art.text[lo : c.start].strip(" \t\r\n\"“”‘’'").lower()
    return lead in _ASKED_LEAD


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
            rule = RULES.passive_by_X if c.by else RULES.content_according_to_X
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
            after = None if c.by else _content_after(art, src[1], hi, para.end)
            if after is not None:
                add(_Found(src, c, after[0], after[1], RULES.according_to_X_content, si))
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
                    add(_Found(src, c, pieces, qis, RULES.content_comma_said_X, si))
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
                add(_Found(src, c, pieces, qis, RULES.quote_then_said_X, si))
                done.add(ci)
            return
        if src is None:
            return
        before_src = text[lo : src[0]].rstrip()
        if before_src == "" and lo == s_start:
            qi = _quote_before(art, s_start)
            if qi is not None and _short_tail(art, c.end, hi):
                pieces, qis = _quote_pieces(art, art.chain_start(qi))
                add(_Found(src, c, pieces, qis, RULES.quote_then_X_said, si))
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
        add(_Found(src, c, pieces, qis, RULES.content_comma_X_said, si))
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
        rule = RULES.X_said_content
        inherited: int | None = None
        src = None
        participle = c.ing and prev in _PARTICIPLE_BEFORE
        if participle or prev in _COORDINATORS:
            # "X said ... and added ...", "..., saying ...": the source is shared
            inherited = len(found) - 1 if len(found) > first_found else last_tweet
            rule = RULES.participle_clause if participle else RULES.coordinated_verb
            if inherited is None:
                # the first verb is no cue: "Trump returned the compliment, telling ..."
                src = _clause_subject(art, lo, prev_link[1])
                if src is not None:
                    rule = (
                        RULES.participle_clause_subject
                        if participle
                        else RULES.coordinated_verb_subject
                    )
        else:
            src = _left_source(art, lo, c.start)
            if src is None:
                if entry.strict or entry.kind != "speech":
                    return
                rule = RULES.no_source_found  # "When asked ...", or a subject we cannot delimit
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
                    add(_Found(src, c, pieces, qis, RULES.X_said_colon_next_paragraph, si))
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
