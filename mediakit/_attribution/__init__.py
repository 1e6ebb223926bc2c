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
from collections.abc import Sequence

from mediakit._attribution._article import _Article
from mediakit._attribution._assemble import _attach_running_quotes, _finish, _tweets
from mediakit._attribution._assemble import _attribution as _attribution
from mediakit._attribution._assemble import _span as _span
from mediakit._attribution._content_spans import _CONTENT_STOP as _CONTENT_STOP
from mediakit._attribution._content_spans import _content_stop as _content_stop
from mediakit._attribution._cues import _cue_matches as _cue_matches
from mediakit._attribution._cues import _cue_scanners as _cue_scanners
from mediakit._attribution._cues import _find_cues, cue_lexicon
from mediakit._attribution._cues import _trie_regex as _trie_regex
from mediakit._attribution._model import Attribution, CueEntry, _Found
from mediakit._attribution._rules import RULES
from mediakit._attribution._source_spans import _left_source_toks as _left_source_toks
from mediakit._attribution._source_spans import _left_source_uncached as _left_source_uncached
from mediakit._attribution._source_spans import _tokens_back as _tokens_back
from mediakit._attribution._structures import _process_sentences
from mediakit._boilerplate import Boilerplate
from mediakit._quotes import Quote
from mediakit._spans import Span

__all__ = ["Attribution", "CueEntry", "cue_lexicon", "find_attributions"]
# (the imports ``from ... import x as x`` above re-export internals that
# tests/test_attribution.py reaches through this package)


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
        found.append(_Found(src, None, [content], [], RULES.embedded_tweet, si))
    _process_sentences(art, per_sentence, found, last_tweet)
    _attach_running_quotes(art, found)
    return _finish(art, found, boilerplate)
