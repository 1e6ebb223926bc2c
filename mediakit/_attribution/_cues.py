"""Cue finding: the cue lexicon (``data/cues.tsv``), its compiled regexes, and the
cues of each sentence (with the auxiliaries and adverbs that join them)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from mediakit import lexicons
from mediakit._attribution._article import _Article
from mediakit._attribution._model import CueEntry, _Cue
from mediakit._compiled import compile_pattern
from mediakit._trie import trie_regex
from mediakit.lexicons import Rows


def _norm(form: str) -> str:
    return " ".join(form.lower().replace("’", "'").split())


# The regex engine tries the branches of a trie node one by one: the letters that English
# words most often start with come first (any order gives the same matches, as the
# branches of a node start with different characters; this one is about 10% faster).
_BRANCH_ORDER = "tasiocwhpbfmrdnelguvjykqzx"


def _trie_regex(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` factored as a character trie (fast to match)."""
    return trie_regex(words, any_apostrophe=True, branch_order=_BRANCH_ORDER)


#: ``text.lower()`` of the last text asked for: the marked-term check (``_marked.py``)
#: and the cue finder read the same article lower-cased, and lower-casing a text that is
#: not ASCII costs tens of instructions a character; a pure function of the string.
lowered = lru_cache(maxsize=1)(str.lower)


#: A user's cue rows (``lexicons.UserLists.cues``): used before the shipped ones.
UserCues = Rows


@cache
def _lexicon_forms(user: UserCues) -> dict[str, CueEntry]:
    """The cue forms (normalised) with their entries (the first of :func:`cue_lexicon`;
    the scan needs them, not that regex, which is compiled only when asked for); a
    user's rows first, so that their entries win."""
    forms: dict[str, CueEntry] = {}
    for lemma, kind, strict, form_list in (*user, *lexicons.rows("cues")):
        entry = CueEntry(lemma, kind, strict.strip() == "1")
        for form in form_list.split("|"):
            key = _norm(form)
            if key:
                forms.setdefault(key, entry)
    return forms


@cache
def cue_lexicon() -> tuple[dict[str, CueEntry], re.Pattern[str]]:
    """The cue forms (normalised) with their entries, and the compiled cue regex."""
    forms = _lexicon_forms(())
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
    return forms, compile_pattern(pattern)


#: What the fast and the exact cue scanners consume before a cue (see _cue_scanners).
_FAST_BEFORE = r"[^0-9A-Za-z_'\-’]"
_EXACT_BEFORE = r"[^\w’'\-]"


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
    return _cue_scanner(_FAST_BEFORE, ()), _cue_scanner(_EXACT_BEFORE, ())


@cache
def _cue_scanner(before: str, user: UserCues) -> re.Pattern[str]:
    """The scanner of :func:`_cue_scanners` whose first character is from ``before``,
    compiled when first used: the exact one is needed only for text where the fast one
    finds a match after a non-ASCII word character, so most articles (and most
    one-article commands) never compile it (about 0.01 s)."""
    return compile_pattern(before + "(" + _cue_trie(user) + r")(?![\w’'\-])")


@cache
def _cue_trie(user: UserCues) -> str:
    """The alternation of every cue form, as a trie (see ``_trie_regex``)."""
    return _trie_regex(sorted(_lexicon_forms(user)))


# Auxiliaries and adverbs that join a cue when they come straight before it
# ("has also said"); any -ly adverb too ("has consistently denied").
_AUX_WORDS = frozenset(
    """has have had is are was were be been being also would will could can may might must
    should did does do don't didn't doesn't won't wouldn't don’t didn’t doesn’t won’t
    wouldn’t not never now just still later recently often then even first previously
    repeatedly publicly privately already once again initially further long reportedly
    always only ever since soon quickly clearly""".split()
)

#: "went on to" before a cue joins it ("He went on to cite ..."), as "has also" does.
_GO_ON = frozenset("went goes go going gone".split())

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


def ly_adverb(low: str) -> bool:
    """The lower-case word is an "-ly" adverb ("consistently"; not "family", "July")."""
    return low.endswith("ly") and low.isalpha() and low not in _NOT_ADVERB_LY


_ANONYMITY_CUE = compile_pattern(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|anonymously)"
)

# Words before a cue form that make it a noun ("the report", "his support").
_NOUN_BEFORE = frozenset(
    """the a an his her their its our my your this these those no any some every each
    of for in with without by on from about into against such another other new first
    whose what which""".split()
)


# Cue forms that stay verbs after a number ("Some 400 said they would stay").
_SAY_FORMS = frozenset({"said", "say", "says", "told", "tell", "tells"})


#: A year: a past verb after it is a verb ("in 2021 concluded"), not a modifier.
_YEAR = compile_pattern(r"1[89]\d\d|20\d\d")
#: Past forms of cues not in -ed ("a review in 2023 found").
_IRREGULAR_PAST = frozenset("found wrote showed shown thought said told".split())

# Verbs whose past tense is their base form.
_PAST_AS_BASE = frozenset("read forecast broadcast bet set put cast".split())


def _inside_name(text: str, s_start: int, verb: int, end: int) -> bool:
    """A capitalised cue form inside a name: after a capitalised word, not opening its
    sentence, and followed by a lower-case word or punctuation ("the United States in
    1922"); a title-case headline ("Trump Says He Will Run") is not a name."""
    before = text[s_start:verb].rstrip()
    if not before or not before.split()[-1][:1].isupper():
        return False
    after = text[end : end + 30].split(None, 1)
    return not after or not after[0][:1].isupper()


_SINGULAR_DETERMINERS = frozenset("a an the this that each every another".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _plural_or_past(word: str) -> bool:
    """A word in -s or -ed, but not in -ss ("a press call", "a business report")."""
    return word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))


def _singular_noun_phrase(words: list[str], form: str) -> bool:
    """A cue in its base form (the caller checks: "report", "claim", "call") after a
    singular determiner and at most two modifiers ("a situational report", "In a DW
    report"): a noun, since a singular subject would need the verb's -s form.  Not after
    a plural ("the officials report"); "the police report" stays a noun."""
    if " " in form or form.endswith(("s", "ed", "ing")) or form in _SAY_FORMS:
        return False
    if form in _PAST_AS_BASE:
        return False  # "The event description read, ...": a past tense
    for k in range(2, min(4, len(words) + 1)):
        det = words[-k].lower()
        if det in _SINGULAR_DETERMINERS:
            between = words[-k + 1 :]
            return all(w[-1:].isalnum() and not _plural_or_past(w.lower()) for w in between)
        if not words[-k][-1:].isalnum():
            return False
    return False


@cache
def _other_senses() -> dict[str, re.Pattern[str]]:
    """``data/cue_senses.tsv``: lemma -> the words after the cue that make it no cue."""
    return {
        lemma: compile_pattern(pattern, re.IGNORECASE)
        for lemma, pattern in lexicons.rows("cue_senses")
    }


@cache
def _cue_forms(user: UserCues) -> dict[str, tuple[CueEntry, bool, bool, bool]]:
    """The forms of :func:`cue_lexicon` with their entries and shapes (the last three
    fields of :class:`_Cue`)."""
    return {
        form: (
            entry,
            form.endswith("ing"),
            form.endswith(" by"),
            form.endswith(("ing", " to", " about", " for", " on", " of")),
        )
        for form, entry in _lexicon_forms(user).items()
    }


def _find_cues(
    art: _Article, sentence_starts: list[int], user: UserCues = ()
) -> dict[int, list[_Cue]]:
    """The cues of each sentence that has any (by sentence index, in text order); a
    user's cue rows (``user``) are looked for beside the shipped ones."""
    forms = _cue_forms(user)
    text = art.text
    per_sentence: dict[int, list[_Cue]] = {}
    lower = lowered(text)
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
    senses = _other_senses()
    ns = len(sentence_starts)
    si = -1
    for m in _cue_matches(lower, user):
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
        sense = senses.get(entry.lemma)
        if sense is not None and sense.match(text, end + 1 if text[end : end + 1] == " " else end):
            continue  # "claimed the title", "conceded a goal": not an attribution
        while si + 1 < ns and sentence_starts[si + 1] <= verb:
            si += 1
        if si < 0 or verb >= s_ends[si]:
            continue
        s_start = sentence_starts[si]
        if text[verb].isupper() and _inside_name(text, s_start, verb, end):
            continue  # "the United States in 1922": part of a name
        if verb == s_start and form.endswith("s") and _NOUN_OPENER_NEXT.match(text, end):
            continue  # "Reports on the weapon vary", "Calls for calm grew": a noun subject
        start = verb
        before = text[max(s_start, verb - 60) : verb]
        words = before.rsplit(None, 4)[-4:]  # the last four words are all that count
        if before.endswith(" ") and words:
            if entry.kind != "according_to" and _noun_use(words, form, entry):
                continue
            n, rest = 0, words
            if (
                len(words) >= 3
                and words[-1].lower() == "to"
                and words[-2].lower() == "on"
                and words[-3].lower() in _GO_ON
            ):
                n = sum(len(w) + 1 for w in words[-3:])  # "He went on to cite"
                rest = words[:-3]
            for word in reversed(rest):
                low = word.lower()
                if low in _AUX_WORDS or (word[:1].islower() and ly_adverb(low)):
                    # (a capitalised word in -ly is a surname: "Morgan Tully said",
                    # "Mary Daly told")
                    n += len(word) + 1
                else:
                    break
            if n:
                start = _aux_start(text, verb, words, n, s_start)
        cue = _Cue(start, verb, end, entry, form, info[1], info[2], info[3])
        if si in per_sentence:
            prev_cue = per_sentence[si][-1]
            if _is_adverb_cue(prev_cue) and text[prev_cue.end : cue.start].strip() == "":
                # "Trump reportedly said": the adverb joins the verb's cue, not a cue of its own
                per_sentence[si][-1] = _Cue(
                    prev_cue.start, verb, end, entry, form, info[1], info[2], info[3]
                )
                continue
            if text[prev_cue.end : cue.start].strip() == "" and _noun_before_verb(prev_cue, cue):
                # "reports said ...", "claims suggest ...": a plural noun, the subject;
                # "A 2023 Ministry of Health report indicated ...": a singular one
                per_sentence[si][-1] = cue
                continue
            per_sentence[si].append(cue)
        else:
            per_sentence[si] = [cue]
    return per_sentence


def _noun_before_verb(first: _Cue, then: _Cue) -> bool:
    """Cue ``first``, right before cue ``then``, is a noun, the subject of ``then``: a
    plural before a base form ("reports said", "claims suggest"), or a base form before
    a finite verb ("A 2023 Ministry of Health report indicated", "the audit report
    found"): no verb of speech takes another right after it."""
    if first.form.endswith("s"):
        return not then.form.endswith("s")
    return (
        first.form == first.entry.lemma
        and first.form.isalpha()
        and first.form not in _SAY_FORMS
        and then.form != then.entry.lemma
        and then.form.endswith(("ed", "s", "said", "told", "found", "shown", "wrote"))
    )


#: Nouns in -ing that speak as a document does ("national polling shows", "the filing
#: cites"): a cue after one is its verb.
_ING_NOUNS = frozenset(
    """polling filing ruling briefing reporting hearing meeting recording finding ranking
    listing warning testing screening rating""".split()
)


_DETERMINERS = frozenset("the a an this that these those its their his her our my your".split())


def _noun_use(words: list[str], form: str, entry: CueEntry) -> bool:
    """The cue word is a noun after ``words`` (the last words before it)."""
    prev = words[-1].lower()
    if prev in _NOUN_BEFORE or prev.endswith(("’s", "'s", "s’")):
        return True  # "the report", "Trump's support"
    if prev.endswith("s'") and form not in _SAY_FORMS and not form.endswith("ed"):
        return True  # "officers' report" (not "'... the Smiths' said the fans": a quote)
    if form == entry.lemma and _singular_noun_phrase(words, form):
        return True  # "a situational report", "the annual report"
    if prev[0].isdigit() and prev[-1].isdigit() and form not in _SAY_FORMS:
        # after a number: a noun or modifier ("1,017 reports"), but not after a name
        # with a number, in the past ("Channel 12 reported", "News 12 reported"), nor a
        # past after a year ("A report commissioned in 2021 concluded", "a review in
        # 2023 found")
        if (
            _YEAR.fullmatch(prev)
            and (form.endswith("ed") or form in _IRREGULAR_PAST)
            and len(words) >= 3
            and words[-2].islower()
        ):
            return False  # (not "In 2020 reported cases rose": no noun before the year)
        return not (
            form.endswith("ed")
            and " " not in form
            and len(words) >= 2
            and words[-2][:1].isupper()
            and words[-2].isalpha()
            and words[-2].lower() not in _NOUN_BEFORE
            and words[-2].lower() not in _MONTHS
        )
    if (
        form.endswith("s")
        and form != entry.lemma
        and form not in _SAY_FORMS
        and prev.endswith("ing")
        and len(prev) > 4
        and not prev.endswith("thing")
        and words[-1].islower()
        and prev not in _ING_NOUNS
        and not (len(words) >= 2 and words[-2].lower() in _DETERMINERS)
    ):
        return True  # the object of an -ing verb: "allowing claims to be fast-tracked",
        # "citing reports" (not "Something suggests", "Beijing claims")
    # "48,210 asylum claims": a noun after a number and a modifier
    return (
        len(words) >= 2
        and words[-2][:1].isdigit()
        and words[-2][-1:].isdigit()
        and form.endswith("s")
        and not prev.endswith("s")
    )


# After a plural noun that opens a sentence ("Reports on ...", "Claims of ...").
_NOUN_OPENER_NEXT = compile_pattern(r"\s+(?:on|of|for|about|from|in|over|against|by)\b")


def _is_adverb_cue(c: _Cue) -> bool:
    """A passive adverb cue ("reportedly", "allegedly") that can lead a verb cue."""
    return c.entry.kind == "passive" and c.form.endswith("ly")


def _cue_matches(lower: str, user: UserCues = ()) -> Iterable[re.Match[str]]:
    """``finditer`` of the exact scanner of ``_cue_scanners`` over ``lower``.

    The fast scanner finds the same matches (the leftmost from where the last one
    ended, each time) as long as every match it finds starts with a character that is
    no word character; else the text is scanned again with the exact one (rare).
    """
    fast = _cue_scanner(_FAST_BEFORE, user)
    if lower.isascii():
        return fast.finditer(lower)
    matches = list(fast.finditer(lower))
    for m in matches:
        if lower[m.start()].isalnum():  # (``\w`` is this or "_", which it never is)
            return _cue_scanner(_EXACT_BEFORE, user).finditer(lower)
    return matches


def cue_spans(lower: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of each match of :func:`cue_lexicon`'s regex in the
    lower-cased ``lower`` between ``a`` and ``b`` (its ``finditer(lower, a, b)``), found
    with the scanners of :func:`_cue_scanners` instead, so that the regex itself is
    never compiled (about 0.012 s of a one-article command, issue 11).

    A scanner consumes the character before a cue where the regex looks behind, so
    the scan starts one character early (at a text's start, after a space put in
    front).  The fast scanner finds the same matches unless one follows a non-ASCII
    word character; then the exact one scans the window again (as in _cue_matches).
    ``tests/test_attribution.py`` compares with the regex on many windows.
    """
    if a > 0:
        text, shift = lower, 0
    else:
        text, shift = " " + lower, 1
    lo, hi = a - 1 + shift, min(b, len(lower)) + shift
    matches = list(_cue_scanner(_FAST_BEFORE, ()).finditer(text, lo, hi))
    if any(text[m.start()].isalnum() for m in matches):
        matches = list(_cue_scanner(_EXACT_BEFORE, ()).finditer(text, lo, hi))
    return [(m.start(1) - shift, m.end(1) - shift, m.group(1)) for m in matches]


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
