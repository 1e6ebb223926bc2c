"""The voice of every word: which layer owns each character, and the per-word codes.

A word is in exactly one of five voices; where layers overlap, boilerplate wins,
then direct quotation, then the attribution frame (source and cue), then reported
content; every other body word is narration.  :func:`paint` writes one code per
character of the text, :func:`word_codes` reads the code at each word's start:
the shared per-word array that :class:`mediakit.Analysis` caches and the voices,
tables and metrics read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter

from mediakit._attribution import Attribution
from mediakit._boilerplate import Boilerplate
from mediakit._quotes import Quote

__all__ = [
    "CODE",
    "NAME",
    "SENTENCE_VOICE_SHARE",
    "STORY_MASK",
    "VOICES",
    "in_boilerplate",
    "paint",
    "sentence_voices",
    "voice_of_counts",
    "word_codes",
]

#: The five voices a word can be in, in the order of precedence used when
#: layers overlap: boilerplate, then direct quotation, then attribution
#: frame, then reported content; every other word is narration.
VOICES: tuple[str, ...] = ("direct", "reported", "frame", "narration", "boilerplate")
#: The code of each voice in the painted text (``metadata``: before the body).
CODE = {"metadata": 0, "narration": 1, "reported": 2, "frame": 3, "direct": 4, "boilerplate": 5}
NAME = {v: k for k, v in CODE.items()}
#: A sentence takes a single voice when that voice has at least this share of
#: its non-frame words; otherwise it is "mixed".
SENTENCE_VOICE_SHARE = 0.75
#: Maps a word's voice code to 1 when it is story text, 0 when boilerplate.
STORY_MASK = bytes(0 if c == CODE["boilerplate"] else 1 for c in range(256))


def paint(
    n: int,
    body_start: int,
    attributions: Iterable[Attribution],
    quotes: Iterable[Quote],
    boilerplate: Iterable[Boilerplate],
) -> bytearray:
    """One voice code per character of a text of ``n`` characters, the later layers
    painted over the earlier: reported content, frame, direct quotation, boilerplate."""
    out = bytearray([CODE["narration"]]) * n
    out[:body_start] = bytes([CODE["metadata"]]) * body_start
    atts = list(attributions)
    for a in atts:
        for c in a.content:
            out[c.start : c.end] = bytes([CODE["reported"]]) * (c.end - c.start)
    for a in atts:
        for fs in (a.source, a.cue):
            if fs is not None:
                out[fs.start : fs.end] = bytes([CODE["frame"]]) * (fs.end - fs.start)
    for q in quotes:
        out[q.start : q.end] = bytes([CODE["direct"]]) * (q.end - q.start)
    for b in boilerplate:
        out[b.start : b.end] = bytes([CODE["boilerplate"]]) * (b.end - b.start)
    return out


def word_codes(painted: bytearray, starts: Sequence[int]) -> bytes:
    """The voice code of each word: the code of the character it starts at."""
    if len(starts) > 1:
        return bytes(itemgetter(*starts)(painted))
    return bytes(painted[a] for a in starts)


def voice_of_counts(counts: dict[str, int], *, frame_voice: str) -> str:
    """A sentence's voice from the number of its words in each voice.

    The voice of at least :data:`SENTENCE_VOICE_SHARE` of its direct, reported
    and narration words, else ``mixed``; a sentence of frame words only (a cue
    whose content lies elsewhere) takes ``frame_voice``.
    """
    core = {v: counts.get(v, 0) for v in ("direct", "reported", "narration") if counts.get(v, 0)}
    total = sum(core.values())
    if total == 0:
        return frame_voice if counts.get("frame", 0) else "narration"
    top, count = max(core.items(), key=lambda kv: (kv[1], kv[0]))
    return top if count / total >= SENTENCE_VOICE_SHARE else "mixed"


def sentence_voices(
    codes: bytes,
    sentence_words: Sequence[range],
    sentence_starts: Sequence[int],
    painted: bytearray,
    attributions: Iterable[Attribution],
) -> list[str]:
    """The voice of each sentence: direct, reported, mixed, narration or boilerplate.

    ``codes`` are the words' voice codes, ``sentence_words`` the indices of each
    sentence's words, ``sentence_starts`` its start offset and ``painted`` the
    per-character codes (:func:`paint`); a sentence of frame words only takes the voice
    of its cue's attribution.
    """
    boiler = CODE["boilerplate"]
    by_cue: dict[int, str] = {}
    for a in attributions:
        by_cue.setdefault(a.sentence, "direct" if a.kind == "direct" else "reported")
    out: list[str] = []
    narration = CODE["narration"]
    for k, idx in enumerate(sentence_words):
        seg = codes[idx.start : idx.stop]
        if seg and seg.count(narration) == len(seg):
            out.append("narration")  # the common case: every word is narration
            continue
        if boiler in seg or (not idx and in_boilerplate(painted, sentence_starts[k])):
            out.append("boilerplate")
            continue
        voices = {v: seg.count(CODE[v]) for v in ("direct", "reported", "narration", "frame")}
        out.append(voice_of_counts(voices, frame_voice=by_cue.get(k, "narration")))
    return out


def in_boilerplate(painted: bytearray, pos: int) -> bool:
    """Whether the character at ``pos`` lies in a boilerplate paragraph."""
    return 0 <= pos < len(painted) and painted[pos] == CODE["boilerplate"]
