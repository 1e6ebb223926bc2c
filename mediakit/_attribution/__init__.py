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
   so that a final ", X said." claims the clause before it first); every rule,
   with a description and an example, is listed in ``_rules.py``:

   * ``according_to_X_content`` / ``content_according_to_X``: "According to X, ..." and
     "..., according to X" (also "as reported by X");
   * ``passive_by_X``: "... have been reported by X";
   * ``content_comma_said_X`` (inverted): "'...,' said X." and the caption
     style "..., reports ITV News correspondent Dan Rivers";
   * ``content_comma_X_said``: "'...,' X said." and "..., X said on Sunday.";
     a quote broken by its cue ("'...,' she said, '...'") gets both pieces;
     ``quote_then_X_said`` / ``quote_then_said_X`` when the quote ended the
     sentence before;
   * ``X_said_content`` (then left to right): "X said (that) ...",
     "X wrote: '...'", "X added:" followed by a quote paragraph, "X wants to
     ...", "a poll shows ...".  The content runs to the end of the sentence
     (or of a quote that runs on), and stops before a clause that changes
     subject (", but", ", despite", ", while", "; ").
   * ``coordinated_verb``, ``participle_clause``: "X said ... and added ...",
     "X ..., saying ..." -- the second cue has no source span of its own (a
     character has one role in one attribution), its ``source_name`` is the
     first cue's (``*_subject``: the first verb is no cue, the clause subject
     is the source); ``X_relative_said``: "X, who said A, said B" (the source
     of the main verb is the noun phrase before the relative clause);
     ``no_source_found``: a speech verb without a subject.

3. **Quotes that run on** after their cue (more quoted sentences of the same
   paragraph, quoted paragraphs that continue the quotation, a free-standing
   quote paragraph right after an attributed one) become further ``content``
   pieces of the *same* attribution (``quotes`` lists them all).
4. **Sources** get a canonical name, pronoun resolution and a type from
   :mod:`mediakit._sources`.

Invariant: no two spans of any attributions overlap (source, cue and content
pieces, across all attributions), every span lies inside the text and
``text[s.start:s.end] == s.text``.

The modules, in the order :func:`find_attributions` uses them:

* ``_model`` -- the records: :class:`Attribution`, :class:`CueEntry`, and the
  internal ``_Cue`` (a cue in the text) and ``_Found`` (a relation found);
* ``_rules`` -- the rule table: every structure rule with its name, a
  one-line description and an example (the one place rules are listed);
* ``_article`` -- the per-article context (text, paragraphs, sentences,
  quotes; the mask of characters used);  ``_tokens`` -- shared token helpers;
* ``_cues`` -- cue finding (step 1);
* ``_source_spans`` / ``_content_spans`` -- where a source / a content
  begins and ends around a cue;
* ``_sentence`` -- the sentence at hand and its claimed regions;
* ``_clauses`` -- the shape of the words around a cue: openers before a
  that-clause, a preposition that joins the cue, a strict cue's complement, a
  fronted phrase or subordinate clause that is not content;
* ``_structures`` -- the structure rules per sentence (step 2);
* ``_assemble`` -- embedded tweets, quotes that run on (step 3), and the
  final records, one role per character;  ``_resolution`` -- source names,
  pronouns and types (step 4).
"""

from __future__ import annotations

from collections.abc import Sequence

from mediakit._attribution._article import _Article
from mediakit._attribution._assemble import (
    _attach_running_quotes,
    _finish,
    _tweet_relations,
    _tweets,
)
from mediakit._attribution._assemble import _attribution as _attribution
from mediakit._attribution._assemble import _span as _span
from mediakit._attribution._content_spans import _CONTENT_STOP as _CONTENT_STOP
from mediakit._attribution._content_spans import _content_stop as _content_stop
from mediakit._attribution._cues import _cue_matches as _cue_matches
from mediakit._attribution._cues import _cue_scanners as _cue_scanners
from mediakit._attribution._cues import _find_cues, cue_lexicon
from mediakit._attribution._cues import _lexicon_forms as _lexicon_forms
from mediakit._attribution._cues import _trie_regex as _trie_regex
from mediakit._attribution._cues import cue_spans as cue_spans
from mediakit._attribution._frames import _document_frames
from mediakit._attribution._model import Attribution, CueEntry, _Found
from mediakit._attribution._source_spans import _left_source_toks as _left_source_toks
from mediakit._attribution._source_spans import _left_source_uncached as _left_source_uncached
from mediakit._attribution._source_spans import _tokens_back as _tokens_back
from mediakit._attribution._structures import _process_sentences
from mediakit._boilerplate import Boilerplate
from mediakit._parse import Article
from mediakit._quotes import Quote
from mediakit.lexicons import NO_USER_LISTS, UserLists

__all__ = ["Attribution", "CueEntry", "cue_lexicon", "find_attributions"]

# (the imports ``from ... import x as x`` above re-export internals that
# tests/test_attribution.py reaches through this package)


def find_attributions(
    article: Article,
    quotes: Sequence[Quote],
    boilerplate: Sequence[Boilerplate] = (),
    user: UserLists = NO_USER_LISTS,
) -> list[Attribution]:
    """All attribution relations in the parsed ``article``, in text order.

    ``quotes`` are the article's quotations of speech and ``boilerplate`` its page
    furniture (the layers before this one: ``mediakit._pipeline.build_layers``);
    ``user``: a user's own cue and source-type lists (:func:`mediakit.lexicons.user_lists`).
    """
    text, paragraphs, sentences = article.text, article.paragraphs, article.sentences
    art = _Article(text, paragraphs, sentences, quotes)
    starts = [s.start for s in sentences]
    tweets = _tweets(text)
    per_sentence = _find_cues(art, starts, user.cues)
    if tweets:
        # cues inside an embedded tweet belong to the tweet, not the article
        per_sentence = {
            si: [c for c in cues if not any(a <= c.verb < b for a, b, _s, _c in tweets)]
            for si, cues in per_sentence.items()
        }
    found: list[_Found] = []  # the relations found, in the order they are found
    last_tweet = _tweet_relations(tweets, starts, found)
    _process_sentences(art, per_sentence, found, last_tweet)
    _document_frames(art, found)
    _attach_running_quotes(art, found)
    return _finish(art, found, boilerplate, user.source_types)
