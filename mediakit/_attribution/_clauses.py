"""The shape of the words around a cue: what stands between a cue and its content
(a recipient, a time, a channel, a preposition that joins the cue), whether a strict
cue has the complement it needs, and what a stretch before "X said" is (a fronted
phrase or subordinate clause, not content).  Pure functions of the text, used by the
structure rules in ``_structures.py``."""

from __future__ import annotations

import re

from mediakit._attribution._model import _Cue
from mediakit._attribution._tokens import _OPEN_QUOTES, _TOKEN, _is_cap
from mediakit._compiled import compile_pattern

#: An opener between a cue and its that-clause, colon or quote: a "to" recipient, a
#: prepositional phrase of time, place or channel, or a time adverb ("stated to the CBC
#: in late June that ...", "said in a statement that ...", "said Tuesday that ...").
#: PolNeAR leaves these words out of both the cue and the content.
_RECIPIENT = compile_pattern(
    r"\s*(?:(?:to|in|on|at|during|via|through|after|before|over|from|earlier|later|last|"
    r"this|late|early)\s+[^,.;:!?\"“”‘’]{1,60}?"
    r"|(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|"
    r"recently|again|previously|repeatedly|publicly|privately|also|later|earlier|once)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)"
    r"(?:\sthat\b|\s*(?=[:\"“‘]))",
    re.IGNORECASE,
)


#: A short channel or occasion, then a comma or colon and a quote: ' on Twitter, "'.
_CHANNEL_QUOTE = compile_pattern(
    r"(?:\s+also)?(?:\s+(?:on|via|in|at|through|during|to)\s[^,.;:!?\"“”‘’\n]{1,40}?)\s*[,:]\s*[\"“‘]"
)


def _after_recipient(after: str) -> int | None:
    """Where the content starts in ``after`` (the text after a cue) when a "to"
    recipient comes first, or None."""
    m = _RECIPIENT.match(after)
    if m is None:
        return None
    end = m.end()
    return end - 4 if after[end - 4 : end] == "that" else end


#: A recipient right after "told" with no "that" after it, and the word that opens the
#: content after it: "told reporters the sample was too small", "told The Guardian it
#: was", "told him Trump had lied" (group ``open``: that word).
_BARE_RECIPIENT = compile_pattern(
    r"\s+(?:me|him|her|us|them|you|(?:(?:the|this|a)\s+)?(?:reporters|journalists|"
    r"lawmakers|legislators|supporters|crowd|audience|newspaper|paper|station|court|jury|"
    r"committee|senators|members|students|viewers|listeners|investigators|officers|police|"
    r"voters|residents|delegates|colleagues|staff|employees|workers|outlet|network|"
    r"magazine|website|broadcaster|agency|interviewer|host|program|programme|show|"
    r"podcast|parliament|MPs|[a-z][a-z\-]+(?=\s+(?:he|she|they|I|we|it)\b))"
    r"|(?:(?:the|The)\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})"
    r"\s+(?P<open>(?:the|a|an|he|she|it|they|we|I|you|there|his|her|their|its|this|these|"
    r"those|our|no|some|many|most|all)\b|[A-Z]|\d)"
)


def _bare_recipient_end(after: str) -> int | None:
    """Where the content starts in ``after`` (the text after "told" and the like) when a
    recipient comes first and no "that" follows it; or None."""
    m = _BARE_RECIPIENT.match(after)
    return None if m is None else m.start("open")


# Verbs whose indirect object comes before the content ("told reporters that").
_OBJECT_FIRST = frozenset(
    {"tell", "ask", "inform", "assure", "remind", "warn", "urge", "brief", "advise"}
)


_INTENTION = frozenset(
    """want plan hope seek intend decide prefer expect promise pledge vow threaten refuse
    decline agree try aim wish fear""".split()
)


_EVIDENCE_NOUN = compile_pattern(
    r"\b(?:polls?|polling|surveys?|stud(?:y|ies)|reports?|data|figures|records?|documents?|"
    r"analys[ie]s|statistics|census|results|numbers|videos?|footage|cctv|images?|photos?|"
    r"pictures?|research|evidence|filings?|memo|e-?mails?|estimates?|projections?|models?|"
    r"findings|review|audit|investigation|tally|ratings?)\b",
    re.IGNORECASE,
)


_PRONOUN_SOURCES = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})


# (the patterns of the rules, compiled once: ``re.search(pattern, ...)`` looks the
# pattern up in ``re``'s cache at every call)
_AS = compile_pattern(r"\bas\b")


_THAT_OR_QUOTE = compile_pattern(r"\bthat\b|[:\"“]")


_ANY_QUOTE = compile_pattern(r"[\"“‘']")


_FRONTING_PREPS = frozenset(
    """in on at by during after before since following despite with without under amid
    for from as""".split()
)


_TAIL_OPENERS = frozenset(
    """on in at during after before to via from yesterday today tonight earlier later
    last this late early when while as in, on, of""".split()
)


def _fronted_adverbial(before: str) -> bool:
    """``before`` (the words before "X said") is a short prepositional or participle
    phrase that opens the sentence ("In an online briefing,", "By yesterday,", "Speaking
    to reporters,"), not content."""
    phrase = before.strip(" ,")
    if "," in phrase:
        return False  # "After the storm, roads were closed, police said.": a clause too
    words = phrase.split()
    if not 0 < len(words) <= 10:
        return False
    first = words[0].lower()
    # "Speaking to newspapers, X said ...": a participle phrase opens the sentence
    return first in _FRONTING_PREPS or (first.endswith("ing") and words[0][:1].isupper())


_SUBORDINATORS = frozenset(
    "when whenever while as after before since once until unless because although though if".split()
)


def _subordinate_only(before: str) -> bool:
    """``before`` (the words before "X said") is one fronted subordinate clause ("When
    Trump said he would ...,"), with no comma of its own outside quotes: no main clause
    for the cue to attribute."""
    words = before.split(None, 1)
    if len(words) < 2 or words[0].lower() not in _SUBORDINATORS:
        return False
    rest = _QUOTED.sub("", before.strip()).rstrip(" ,")
    return not any(ch in rest for ch in ',"“”')


_QUOTED = compile_pattern(r'"[^"]*"|“[^”]*”')


def _clause_follows(text: str, a: int, hi: int) -> bool:
    """The words after the cue start a clause of their own, not a tail ("on Sunday")."""
    words = text[a:hi].split(None, 1)
    if not words:
        return False
    first = words[0]
    return first[:1].isalnum() and first.lower().strip(".,;:") not in _TAIL_OPENERS


#: A preposition that joins a cue to its object ("warned of", "complained about"):
#: PolNeAR counts it in the cue.  "to" only before a noun phrase ("pointed to the
#: polls"), never before a verb ("plans to run").
_CUE_PREPOSITION = compile_pattern(
    r"\s+(?:(?:about|of|for|against|regarding|towards?|over|on|at|with)"
    r"|to(?=\s+(?:the|a|an|his|her|their|its|this|that|these|those|what|how|[A-Z])\b))"
    r"(?=\s+[^\s\d])"  # not before a number: "said about 200 ...", "said over 50 ..."
    r"(?!\s+(?:a\s+(?:third|quarter|half|dozen|fifth|tenth|hundred|thousand|million|"
    r"billion|handful)|half|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens|millions)\b)"
    # nor a number in words: "said about a third of ...", "said over half ..."
)


_PLAIN_SPEECH = frozenset("say tell state add write announce report".split())


def _cue_preposition(text: str, c: _Cue, hi: int) -> int | None:
    """The end of a preposition joining cue ``c`` to its object, or None."""
    if c.prep:
        return None
    m = _CUE_PREPOSITION.match(text, c.end, hi)
    if m is None:
        return None
    if c.entry.lemma in _PLAIN_SPEECH and text[m.end() - 2 : m.end()] in ("on", "at", "th", "er"):
        return None  # "said on Tuesday ...", "said at a rally ..."
    return m.end()


def _has_complement(text: str, c: _Cue, hi: int, src: tuple[int, int] | None) -> bool:
    """A strict cue has the clear complement it needs to count.

    A that-clause, a colon or quote; "to" after an intention; "see X as";
    an evidence noun as the source of "show"; and so on.
    """
    entry = c.entry
    # the first 60 characters after the cue and its white space (all the test reads)
    p = c.end
    while p < hi and text[p].isspace():
        p += 1
    stripped = text[p : min(hi, p + 60)]
    first_tok = _TOKEN.match(stripped[:40])
    first = first_tok.group(0).lower() if first_tok else ""
    opening = stripped.lstrip(", ")
    if first in ("that", ":") or (opening != "" and opening[0] in _OPEN_QUOTES):
        return True  # (also "stated, “...”")
    if c.form.endswith(" that") or _after_recipient(stripped) is not None:
        return True  # "charges that ...", "stated to the CBC in late June that ..."
    if _CHANNEL_QUOTE.match(text, c.end, hi):
        return True  # "reacted on Twitter, “...”", "spoke on Fox News: “...”"
    if stripped.strip(" ,:") == "":
        return True  # "Grant stated," closing its sentence: the quote may come next
    if entry.lemma in _OBJECT_FIRST:
        m = _THAT_OR_QUOTE.search(stripped)
        if m is not None and "," not in stripped[: m.start()]:
            return True  # "briefed reporters that ..."
    if entry.lemma in _INTENTION or entry.lemma in ("try", "aim", "seem", "appear"):
        return first == "to"
    if entry.lemma in ("see", "view", "consider", "regard", "identify"):
        # "see him as a threat", "identified the suspect as Patrick Crusius"
        return _AS.search(stripped[:60]) is not None
    if entry.kind == "evidence" and src is not None:
        return bool(_EVIDENCE_NOUN.search(text, src[0], src[1]))
    if c.form.endswith((" for", " on", " to")):
        return True  # "called for ...", "voted to extend ...", "tried to win ..."
    if c.form in ("call", "calls", "called", "calling") and _ANY_QUOTE.search(stripped[:60]):
        return True  # "called him a 'moderate'"
    if entry.kind == "stance" or c.form in ("call", "calls", "called", "calling"):
        return src is not None and (
            text[src[0] : src[1]].lower() in _PRONOUN_SOURCES
            or (
                _is_cap(text[src[0] : src[1]])
                and text[src[0] : src[1]].split()[0].lower() not in ("a", "an")
            )
        )
    return False


def _question_to_you(text: str, src: tuple[int, int], end: int) -> bool:
    """Is the source "you" in a sentence that asks ("Do you think ...?", "What would you
    say to ...?")?"""
    words = text[src[0] : src[1]].split()
    return (
        bool(words)
        and words[-1].lower() == "you"
        and text[src[1] : end].rstrip(" \"”’')")[-1:] == "?"
    )


#: Words that open a clause after "X said" (its content, not a tail like "on Sunday").
_CLAUSE_OPENERS = frozenset(
    "the a an he she it they we i you there this these those his her their its our".split()
)


def _clause_tail(text: str, a: int, b: int) -> bool:
    """Is what follows the cue a clause of four words or more that opens with a
    determiner or a pronoun ('"... a betrayal." She said the sentence should deter
    others.': its own content, not a tail of the quote's attribution; "the next day"
    stays a tail)?"""
    words = text[a:b].split()
    return len(words) >= 4 and words[0].lower() in _CLAUSE_OPENERS
