"""Document frames: a sentence that opens "In <a document>, ..." and has no cue of its
own attributes the rest of the sentence to that document ("In a CNN poll last week,
Clinton led by five points"; "In a situational report of NDRRMC, the tremor damaged
143 buildings").  PolNeAR annotates these with the cue "In" (step ``frames``, after
the cue rules, so a sentence with a cue of its own keeps it: "In a statement, the
ministry said ...")."""

from __future__ import annotations

import re
from functools import cache

from mediakit._attribution._article import _Article
from mediakit._attribution._model import CueEntry, _Cue, _Found
from mediakit._attribution._rules import RULES
from mediakit._compiled import compile_pattern

# "In" (capitalised: it opens the sentence), a determiner or possessor, at most four
# words, a document noun, what the document is of or by (without a comma), a comma.
_IN_DOCUMENT = (
    r"(In)\s+((?:(?:a|an|the|its|his|her|their|this|that|[A-Z][\w’'.\-]*(?:’s|'s))\s+)"
    r"(?:[\w’'.\-/]+\s+){0,4}?"
    r"(?:poll|polls|survey|surveys|report|reports|study|studies|statement|interview|speech|"
    r"letter|post|tweet|video|filing|ruling|decision|analysis|memo|email|op-ed|editorial|"
    r"column|essay|book|memoir|blog|message|release|briefing|remarks|testimony|findings|"
    r"data|figures|document|documents|records|transcript|lawsuit|complaint|affidavit|"
    r"assessment|update|bulletin)"
    r"(?:\s+(?:of|by|from|published|released|issued|conducted|posted|on|in|at|to|with|"
    r"last|this|earlier|late|early)\b[^,.;:!?\"“”\n]{0,80})?)"
    r",\s+"
)

_IN = CueEntry("in", "according_to", False)


@cache
def _in_document() -> re.Pattern[str]:
    """``_IN_DOCUMENT`` compiled when a sentence first opens with "In " (about 0.001 s
    that an article without one never spends; issue 11)."""
    return compile_pattern(_IN_DOCUMENT)


def _document_frames(art: _Article, found: list[_Found]) -> None:
    """Add a ``document_frame`` relation for each sentence that opens with a document
    frame and has no relation yet; the content runs from the comma to the sentence end."""
    if "In " not in art.text:
        return
    taken = {f.sentence for f in found}
    text = art.text
    for si, s in enumerate(art.sentences):
        if si in taken or not text.startswith("In ", s.start):
            continue
        m = _in_document().match(text, s.start, s.end)
        if m is None:
            continue
        a, b = m.end(), s.end
        while b > a and text[b - 1] in " \t\r\n.!?":
            b -= 1
        if b - a < 3:
            continue
        cue = _Cue(m.start(1), m.start(1), m.end(1), _IN, "in", False, False, True)
        found.append(_Found(m.span(2), cue, [(a, b)], [], RULES.document_frame, si))
