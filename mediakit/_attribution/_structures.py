"""The structure rules, applied to the cues of each sentence.

For each sentence with cues (:func:`_process_sentences`), in two passes:

1. **Pass 1**, right to left ("according to" first), :func:`_before_cue`: the
   frames whose content comes *before* the cue, so that a final ", X said."
   claims the clause before it first.  ``content_according_to_X``,
   ``according_to_X_content`` and ``passive_by_X`` (:func:`_according_to`);
   ``content_comma_said_X`` (:func:`_content_comma_said_X`); then the postposed
   frames (:func:`_postposed`): ``quote_then_said_X``, ``quote_then_X_said``,
   ``content_comma_X_said``.
2. **Pass 2**, left to right, :func:`_after_cue`, for the cues pass 1 left:
   "X said (that) ..." (``X_said_content``), its content ended before a later
   cue that shares its subject (:func:`_content_end`); the verbs that share a
   source (``participle_clause``, ``coordinated_verb`` and their ``_subject``
   forms) or have none (``no_source_found``) (:func:`_source_after`); strict
   cues only with a clear complement (:func:`_has_complement`); and
   ``X_said_colon_next_paragraph``.

A relation found claims its region of the sentence (:class:`_Sentence`); later
cues look only at the free region around them.  The rules themselves are listed,
described and exemplified in ``_rules.py``.
"""

from __future__ import annotations

import bisect

from mediakit._attribution._article import _Article
from mediakit._attribution._clauses import (
    _OBJECT_FIRST,
    _PLAIN_SPEECH,
    _THAT_OR_QUOTE,
    _after_recipient,
    _bare_recipient_end,
    _clause_follows,
    _clause_tail,
    _cue_preposition,
    _fronted_adverbial,
    _has_complement,
    _question_to_you,
    _subordinate_only,
)
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
from mediakit._attribution._rules import RULES, Rule
from mediakit._attribution._sentence import _asked_opener, _Sentence
from mediakit._attribution._source_spans import (
    _SUBJECT_PRONOUNS,
    _clause_subject,
    _left_source,
    _right_source,
    _source_before_aside,
    _with_subject,
)
from mediakit._attribution._tokens import (
    _RELATIVE,
    _TOKEN,
    _count_tokens,
    _is_cap,
    _trim,
)
from mediakit._compiled import compile_pattern

#: A cue, then at most five words and a colon, ending its sentence ("said afterwards:").
_ENDS_WITH_COLON = compile_pattern(r"(?:\s+[\w’'\-]+){1,5}\s*:\s*")

# Words before an -ing cue that make it a participle clause ("..., saying").
_PARTICIPLE_BEFORE = frozenset(
    [*",—–-:;", "by", "after", "before", "while", "when", "without", "in", "also", "even", "and"]
)
_COORDINATORS = frozenset({"and", "but", "or", "then", "yet", "nor"})
# Later cues of the sentence looked at to end a cue's content ("X said ... and added
# ..."). In the 1,219 PolNeAR train+dev and Wikinews articles the content ends by the
# 6th; without a bound, a sentence packed with cues would cost cues² source walks.
_LOOKAHEAD_CUES = 12
_APPOSITIVE_STOP = compile_pattern(r",?\s+(?:who|whose|which)\b")
_CLAUSE_JOIN = compile_pattern(r"(?:,|,?\s+(?:and|but))\s*\Z")
_COORDINATORS_AND = frozenset({"and", "but"})
_PARTICIPLE_LINK = frozenset({",", "—", "–"})
# Auxiliaries and copulas: a noun phrase after a cue that holds one is a clause.
_VERB_WORDS = frozenset(
    "be is are was were been being has have had will would should could can may must".split()
)


def _verb(c: _Cue) -> int:
    return c.verb


def _by_pass_1_order(cues: list[_Cue]) -> list[int]:
    """The cue indices in the order of pass 1: "according to" first, right to left."""
    order = range(len(cues) - 1, -1, -1)
    first = [k for k in order if cues[k].entry.kind == "according_to"]
    if not first:
        return list(order)  # (most sentences: no "according to")
    return first + [k for k in order if cues[k].entry.kind != "according_to"]


def _process_sentences(
    art: _Article,
    per_sentence: dict[int, list[_Cue]],
    found: list[_Found],
    last_tweets: dict[int, int],
) -> None:
    """The structure rules for the cues of each sentence; relations go to ``found``.

    ``last_tweets`` gives the index in ``found`` of the last embedded tweet of a sentence.
    """
    for si, cues in per_sentence.items():  # (in sentence order)
        if not cues:
            continue
        sent = _Sentence(art, found, si, cues, last_tweets.get(si))
        if sent.n_cues == 1:
            # One cue (most sentences): the two passes one after the other, over the
            # whole sentence (nothing else claims any of it).
            _before_cue(sent, 0, sent.start, sent.end)
            if not sent.done:
                _after_cue(sent, 0, sent.start, sent.end)
            continue
        # Pass 1, right to left ("according to" first): content before the cue.
        for ci in _by_pass_1_order(cues):
            c = cues[ci]
            if not sent.is_claimed(c.verb):
                _before_cue(sent, ci, sent.region_start(c.start), sent.region_end(c.end))
        # Pass 2, left to right: "X said (that) ...".
        done = sent.done
        for ci, c in enumerate(cues):
            if not (ci in done or sent.is_claimed(c.verb) or sent.is_claimed(c.start)):
                _after_cue(sent, ci, sent.region_start(c.start), sent.region_end(c.end))


# ---------------------------------------------------------------- pass 1


def _before_cue(sent: _Sentence, ci: int, lo: int, hi: int) -> None:
    """Pass 1 for cue ``ci`` with ``lo..hi`` free: frames whose content comes first."""
    c = sent.cues[ci]
    left_gap = sent.text[lo : c.start].rstrip()
    if c.entry.kind == "according_to" or c.by:
        _according_to(sent, ci, c, lo, hi, left_gap)
        return
    if (
        not c.prep
        and left_gap.endswith((",", '"', "”", "’", "'"))
        and _content_comma_said_X(sent, ci, c, lo, hi, left_gap)
    ):
        return
    if c.prep:
        return  # participles and prepositional cues never close a "..., X said."
    _postposed(sent, ci, c, lo, hi)


def _according_to(sent: _Sentence, ci: int, c: _Cue, lo: int, hi: int, left_gap: str) -> None:
    """``content_according_to_X``, ``passive_by_X``, ``according_to_X_content``."""
    art = sent.art
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
        sent.add(_Found(src, c, pieces, qis, rule, sent.si))
        sent.done.add(ci)
        return
    # "As reported by X, ...": a "by" frame that opens the sentence comes before its content
    after = None if c.by and left_gap.strip() else _content_after(art, src[1], hi)
    if after is not None:
        sent.add(_Found(src, c, after[0], after[1], RULES.according_to_X_content, sent.si))
        sent.done.add(ci)


#: Speech cues that take an object and never come before their source: "..., described
#: the performance as flat", "..., urged the board to act" (stance cues neither).
_NOT_INVERTED = frozenset({"describe", "urge", "call"})


def _content_comma_said_X(
    sent: _Sentence, ci: int, c: _Cue, lo: int, hi: int, left_gap: str
) -> bool:
    """Inverted: '"...," said X.'  /  "..., reports ITV News correspondent X".

    True when it found the relation.
    """
    art, text = sent.art, sent.text
    if c.entry.kind == "stance" or c.entry.lemma in _NOT_INVERTED:
        return False  # '..., described the performance as "flat"': an object, no source
    src = _right_source(art, c.end, hi)
    if src is not None and _VERB_WORDS.intersection(text[src[0] : src[1]].split()):
        src = None  # "..., urged the immunity be waived": a clause, not an inverted source
    if src is not None and _pronoun_clause(text[src[0] : src[1]]):
        src = None  # "The man, who asked not to be named, said he fled": "said (that) he"
    quoted = art.quote_closing_at(lo + len(left_gap.rstrip(",\"”’' "))) is not None
    if src is not None and not quoted:
        # no quote before: "Guy Cecil, the group's strategist, said the group
        # might ..." is a subject with an appositive, not an inverted source
        n_src = len(_TOKEN.findall(text[src[0] : src[1]]))
        if _left_source(art, sent.left_bound(ci, lo), c.start) is not None or (
            n_src > 6 and not _is_cap(text[src[0] : src[1]])
        ):
            src = None
    if src is not None and text[src[1] : src[1] + 2].startswith(","):
        # an appositive: "said Mark Smith, a student-loan expert."
        end = _trim(text, src[1], hi, " \t\r\n,;:.!?")[1]
        rel = _APPOSITIVE_STOP.search(text, src[1], end)
        cues = sent.cues
        k = bisect.bisect_left(cues, rel.end(), key=_verb) if rel is not None else 0
        if rel is not None and k < sent.n_cues and cues[k].verb < min(end, rel.end() + 30):
            # "said Alan Berger, a gynecologist, who said he ...": the relative
            # clause has its own cue
            end = _trim(text, src[1], rel.start(), " \t\r\n,;:.!?")[1]
        if (
            0 < _count_tokens(text, src[1], end, 41) <= 40
            and _broken_quote_rest(art, src[1], hi) is None
        ):
            src = (src[0], end)
    if src is not None and (
        _short_tail(art, src[1], hi) or _broken_quote_rest(art, src[1], hi) is not None
    ):
        before = _content_before(art, lo, lo + len(left_gap.rstrip(",\"”’' ")))
        if before is not None:
            pieces, qis = before
            extra = _broken_quote_rest(art, src[1], hi)
            if extra is not None:
                pieces, qis = pieces + extra[0], qis + extra[1]
            sent.add(_Found(src, c, pieces, qis, RULES.content_comma_said_X, sent.si))
            sent.done.add(ci)
            return True
    return False


def _pronoun_clause(words: str) -> bool:
    """``words`` after an inverted cue open with a subject pronoun and go on: the cue's
    content clause ("said she fled"), not its source ("said she.")."""
    first, _, rest = words.partition(" ")
    return bool(rest) and first.lower() in _SUBJECT_PRONOUNS


def _postposed(sent: _Sentence, ci: int, c: _Cue, lo: int, hi: int) -> None:
    """Postposed: '"...," X said.'  /  "..., X said on Sunday."  /  a quote before."""
    if sent.asked and sent.asked_before(ci, lo):
        return  # "Asked if ..., Ryan said, '...'": the question is not Ryan's content
    text = sent.text
    src = _left_source(sent.art, sent.left_bound(ci, lo), c.start)
    if src is None:
        if text[lo : c.start].strip() == "" and lo == sent.start:
            _quote_then_said_X(sent, ci, c, hi)
        return
    before_src = text[lo : src[0]].rstrip()
    if before_src == "" and lo == sent.start and _quote_then_X_said(sent, ci, c, src, hi):
        return
    _content_comma_X_said(sent, ci, c, src, lo, hi, before_src)


def _quote_then_said_X(sent: _Sentence, ci: int, c: _Cue, hi: int) -> None:
    """'"Is that all there is?" Said Trump.': the quote ended the sentence before."""
    art = sent.art
    src = _right_source(art, c.end, hi)
    qi = _quote_before(art, sent.start)
    if src is not None and qi is not None and _short_tail(art, src[1], hi):
        pieces, qis = _quote_pieces(art, art.chain_start(qi))
        sent.add(_Found(src, c, pieces, qis, RULES.quote_then_said_X, sent.si))
        sent.done.add(ci)


def _quote_then_X_said(sent: _Sentence, ci: int, c: _Cue, src: tuple[int, int], hi: int) -> bool:
    """'"Is that all there is?" Trump said.': True when it found the relation."""
    art = sent.art
    qi = _quote_before(art, sent.start)
    if qi is not None and _short_tail(art, c.end, hi) and not _clause_tail(art.text, c.end, hi):
        pieces, qis = _quote_pieces(art, art.chain_start(qi))
        sent.add(_Found(src, c, pieces, qis, RULES.quote_then_X_said, sent.si))
        sent.done.add(ci)
        return True
    return False


def _content_comma_X_said(
    sent: _Sentence, ci: int, c: _Cue, src: tuple[int, int], lo: int, hi: int, before_src: str
) -> None:
    """'"...," the commander said.'  /  "..., the ministry said on Sunday."

    Also a quote broken by its cue ('"...," she said, "..."') and a parenthetical
    ("The outreach, they said, raised ..."): two pieces.
    """
    if (
        not before_src.endswith((",", '"', "”", "’", "'"))
        or _count_tokens(before_src, 0, len(before_src), 3) < 3
    ):
        return
    art = sent.art
    extra = _broken_quote_rest(art, c.end, hi)
    boundary = lo + len(before_src.rstrip(",\"”’' "))
    after_quote = art.quote_closing_at(boundary) is not None
    if not after_quote and sent.plain_cue_within(ci, lo, boundary):
        return  # "Cuban said that in a race ..., he would support ...": one content
    if (
        not after_quote
        and _fronted_adverbial(before_src)
        and (_clause_follows(sent.text, c.end, hi) or sent.text[c.end : hi].strip(" ,:.") == "")
    ):
        # "In an online briefing, the director said the ...", "In a later post, Grant
        # stated," (the quotation in the next paragraph): pass 2 takes it
        return
    if c.entry.lemma not in _PLAIN_SPEECH and _subordinate_only(before_src):
        return  # "When Trump said he would "...", the crowd applauded": no content
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
        rest = _parenthetical_rest(art, sent.cues, ci, hi, sent.ends)
        if rest is not None:
            pieces = [*pieces, rest]  # "The outreach, they said, raised new worries"
    sent.add(_Found(src, c, pieces, qis, RULES.content_comma_X_said, sent.si))
    sent.done.add(ci)


# ---------------------------------------------------------------- pass 2


def _after_cue(sent: _Sentence, ci: int, lo: int, hi: int) -> None:
    """Pass 2 for cue ``ci`` with ``lo..hi`` free: "X said (that) ..."."""
    c = sent.cues[ci]
    entry = c.entry
    if entry.kind == "according_to" or c.by:
        return
    prev_link = sent.link(ci)
    prev = prev_link[0] if prev_link[1] >= lo else ""
    hi = _content_end(sent, ci, c, lo, hi)
    if _agent_or_inverted(sent, c, lo, hi):
        return
    source = _source_after(sent, c, lo, prev, prev_link[1])
    if source is None:
        return
    rule, src, inherited = source
    text = sent.text
    if entry.strict and not _has_complement(text, c, hi, src):
        return
    if src is not None and _question_to_you(text, src, sent.end):
        return  # "Do you think the tax will pass?": a question, no one's belief
    art = sent.art
    content_lo = c.end
    recipient = _after_recipient(text[c.end : min(hi, c.end + 80)])
    if recipient is not None:
        content_lo = c.end + recipient  # "said to reporters that ...": from "that"
    elif entry.lemma in _OBJECT_FIRST:
        m = _THAT_OR_QUOTE.search(text[c.end : min(hi, c.end + 80)])
        if m is not None and "," not in text[c.end : c.end + m.start()].strip(" ,"):
            content_lo = c.end + m.start()
        elif m is None and entry.lemma == "tell":
            bare = _bare_recipient_end(text[c.end : min(hi, c.end + 80)])
            if bare is not None:
                content_lo = c.end + bare  # "told reporters the sample was too small"
    if content_lo == c.end:
        prep = _cue_preposition(text, c, hi)
        if prep is not None:
            c.end = content_lo = prep  # "worried about the polls": the cue takes "about"
    content = _content_after(art, content_lo, hi)
    # (every such ending holds a colon: most cues are ruled out by a plain find, not
    # by the regex, which backtracks through up to five words before it fails)
    colon_end = (
        text.find(":", c.end, sent.end) != -1
        and _ENDS_WITH_COLON.fullmatch(text, c.end, sent.end) is not None
    )
    if content is None or colon_end:
        # "Mr Herashchenko added:" / "Lund said afterwards:" and the quote in the next
        # paragraph
        if colon_end or text[c.end : sent.end].strip() in ("", ":", ",", "."):
            qi = _next_paragraph_quote(art, sent.end)
            if qi is not None:
                pieces, qis = _quote_pieces(art, art.chain(qi))
                sent.add(_Found(src, c, pieces, qis, RULES.X_said_colon_next_paragraph, sent.si))
                return
        if content is None:
            return
    pieces, qis = content
    sent.add(_Found(src, c, pieces, qis, rule, sent.si, inherited))


#: "by" after a passive cue, opening its agent ("was told by the minister").
_BY = compile_pattern(r"\s+(by)\s+")
_BE = frozenset("was were is are been being be".split())
#: What the content after a passive cue's agent must open with: "that", a colon or a
#: quote ("was told by police that ...", not "was written by officials in May").
_CLAUSE_OPENER = compile_pattern(r"\s*,?\s*(?:that\b|:|[\"“‘])")
_TOLD_OF = compile_pattern(r"\s+(?:of|about)\Z")
#: A sentence-opening cue, its source and a colon: 'Said the mayor: "..."' (a colon
#: before a space or quote: not "1:59").
_INVERTED_COLON = compile_pattern(r"(?:\s+[\w’'\-.]+){1,6}\s*:(?=[\s\"“‘])")
#: The forms that open such a sentence: said, says, added, adds, wrote ... (not the
#: imperative "Ask yourself: ...").
_INVERTED_FORM = compile_pattern(r"(?:said|told|wrote|spoke|\w+ed|\w+s)\Z")


def _agent_or_inverted(sent: _Sentence, c: _Cue, lo: int, hi: int) -> bool:
    """``passive_agent_content`` ("Reporters were told by the minister that ...": the
    agent is the source) and ``said_X_colon`` ('Says Trump: "..."'): True when one of
    them found a relation."""
    text, art = sent.text, sent.art
    if c.ing or c.entry.kind == "according_to":
        return False
    by = _BY.match(text, c.end, hi)
    if by is not None:
        aux = text[max(lo, c.start - 12) : c.verb].lower().split()
        if any(w in _BE for w in aux[-2:]):
            agent = _right_source(art, by.end(), hi)
            if agent is None:
                return False
            tail = _TOLD_OF.search(text, agent[0], agent[1])
            after = agent[1]
            if tail is not None:  # "was told by the minister of '...'": "of" is no name
                agent = (agent[0], tail.start())
            if _CLAUSE_OPENER.match(text, after) is None:
                return False
            content = _content_after(art, after, hi)
            if content is not None:
                c.end = by.end(1)  # the cue takes its "by"
                sent.add(_Found(agent, c, *content, RULES.passive_agent_content, sent.si))
                return True
        return False
    if c.start != sent.start or lo != sent.start or c.entry.kind != "speech":
        return False
    if _INVERTED_FORM.match(c.form) is None:
        return False
    colon = _INVERTED_COLON.match(text, c.end, hi)
    if colon is None:
        return False
    agent = _right_source(art, c.end, colon.end() - 1)
    content = _content_after(art, colon.end(), hi) if agent is not None else None
    if agent is None or content is None:
        return False
    sent.add(_Found(agent, c, *content, RULES.said_X_colon, sent.si))
    return True


def _content_end(sent: _Sentence, ci: int, c: _Cue, lo: int, hi: int) -> int:
    """Where the content after cue ``ci`` must end, at ``hi`` at the latest."""
    text = sent.text
    if c.form == "asked" and _asked_opener(sent.art, lo, c):
        # "Asked if ..., X said": the question runs to the comma; no source
        comma = text.find(",", c.end, hi)
        if comma != -1:
            hi = comma
    cues = sent.cues
    for cj in range(ci + 1, min(sent.n_cues, ci + 1 + _LOOKAHEAD_CUES)):
        d = cues[cj]
        if d.start >= hi:
            break
        if d.ing:
            with_src = _with_subject(sent.art, c.end, d.start)
            if with_src is not None:
                # "... promised funding, with its commissioner, Lena Ostrova, stating"
                at_with = max(
                    text.rfind("with", c.end, with_src[0]), text.rfind("With", c.end, with_src[0])
                )
                if at_with > c.end:
                    return at_with
        # "X endorsed Y, saying ..." / "X said ... and added ...": the content of
        # the first verb stops where the second (sharing its subject) begins
        if d.entry.strict or d.entry.kind == "according_to":
            continue
        word, at = sent.link(cj)
        if word in _COORDINATORS_AND or (d.ing and word in _PARTICIPLE_LINK):
            return at
        if word == "," and not d.ing and (c.ing or sent.link(ci)[0] in _RELATIVE):
            # "Podesta, who said A, said B" / "The Journal, citing documents, reported
            # ...": the relative or participle clause ends at the comma
            return at
        if not d.ing and word not in _RELATIVE:
            # "When Sanders accused Clinton of ..., she said ...": a new subject
            # after a comma opens the main clause, with its own cue
            dsrc = _left_source(sent.art, c.end, d.start)
            if dsrc is not None and text[dsrc[0] : dsrc[1]].lower() not in _RELATIVE:
                gap = _CLAUSE_JOIN.search(text, c.end, dsrc[0])
                if gap is not None:
                    return gap.start()
    return hi


def _source_after(
    sent: _Sentence, c: _Cue, lo: int, prev: str, prev_at: int
) -> tuple[Rule, tuple[int, int] | None, int | None] | None:
    """The rule, source span and the relation whose source is shared, for pass 2.

    ``prev`` is the token before the cue (empty when it lies before ``lo``) and
    ``prev_at`` where it starts.  None: no relation (no source, and the cue is
    strict or no speech verb).
    """
    if c.ing:
        with_src = _with_subject(sent.art, lo, c.start)
        if with_src is not None:
            return RULES.X_said_content, with_src, None  # "..., with officials saying ..."
    participle = c.ing and prev in _PARTICIPLE_BEFORE
    if participle or prev in _COORDINATORS:
        # "X said ... and added ...", "..., saying ...": the source is shared
        found = sent.found
        inherited = len(found) - 1 if len(found) > sent.first_found else sent.last_tweet
        if inherited is None:
            # the first verb is no cue: "Trump returned the compliment, telling ..."
            src = _clause_subject(sent.art, lo, prev_at)
            if src is not None:
                if participle:
                    return RULES.participle_clause_subject, src, None
                return RULES.coordinated_verb_subject, src, None
        return (RULES.participle_clause if participle else RULES.coordinated_verb), None, inherited
    if prev == "," and not c.ing:
        head = _head_before_relative(sent, prev_at)
        if head is not None:
            return RULES.X_relative_said, head, None
    src = _left_source(sent.art, lo, c.start)
    if src is None and not c.ing:
        src = _source_before_aside(sent.art, lo, c.start)
    if src is not None:
        if c.ing:
            # "Solberg posted on Twitter asking ...": the noun phrase before the cue holds
            # the main verb; the source is its subject
            sub = _clause_subject(sent.art, src[0], c.start)
            if sub is not None and sub[1] < src[1]:
                return RULES.participle_clause_subject, sub, None
        return RULES.X_said_content, src, None
    if c.entry.strict or c.entry.kind not in ("speech", "passive"):
        return None
    return RULES.no_source_found, None, None  # "When asked ...", or a subject we cannot delimit


def _head_before_relative(sent: _Sentence, comma: int) -> tuple[int, int] | None:
    """The noun phrase before a relative or participle clause whose cue's content ends
    at ``comma`` ("Podesta, who said A, said B": "Podesta"; "The Journal, citing
    documents, reported": "The Journal"), or None."""
    if len(sent.found) <= sent.first_found:
        return None
    last = sent.found[-1]
    if last.cue is None or not last.content or last.content[-1][1] > comma:
        return None
    text = sent.text
    if text[last.content[-1][1] : comma].strip():
        return None
    if last.source is None and last.cue.ing:
        a = last.cue.start  # "The Journal, citing documents, reported"
    elif last.source is not None and text[last.source[0] : last.source[1]].lower() in _RELATIVE:
        a = last.source[0]  # "Podesta, who said A, said B"
    else:
        return None
    before = text.rfind(",", sent.start, a)
    if before == -1 or text[before + 1 : a].strip():
        return None
    age = _AGE_BEFORE_COMMA.search(text, sent.start, before)
    if age is None:
        return _left_source(sent.art, sent.start, before)
    # "Layla, 16, who asked ..., said": the name and its age ("Sutrisno, 41, said")
    head = _left_source(sent.art, sent.start, age.start())
    return None if head is None else (head[0], age.end())


#: An age in apposition just before a relative clause's comma: "Layla, 16, who".
_AGE_BEFORE_COMMA = compile_pattern(r"(?<=\w),\s*\d{1,3}(?=\s*\Z)")
