"""Fuzz ``mediakit.analyze`` with Hypothesis: invariants, safe HTML, bounded time.

Every generated text is analysed and checked:

* the invariants of ``tests/test_analysis.py::check_invariants`` (spans inside
  the text and matching it, no overlaps, every word in exactly one voice,
  shares summing to 1, non-negative counts, valid JSON);
* ``to_json()`` is the same when computed twice (no hidden state);
* the notebook HTML (``_repr_html_``) contains only mediakit's own tags and
  attributes: nothing from the text becomes markup;
* time: an input is a failure when its analysis takes more than
  ``SLOW_SECONDS_PER_KB`` seconds of CPU per 1,000 characters (and more than
  ``SLOW_FLOOR`` seconds), the symptom of a super-linear path.

Run by hand for as long as you like::

    python fuzz/fuzz_analyze.py --minutes 10

By hand, every run draws new texts.  The test suite (``tests/test_fuzz.py``)
runs fixed batches instead (``run_batches``: batch k is drawn from seed k), so
that a test run is reproducible and a merge is judged on the code, not on the
draw.  A failure is shrunk by Hypothesis and printed as a minimal reproducing
text.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import mediakit  # noqa: E402
from tests.test_analysis import check_invariants  # noqa: E402

SLOW_SECONDS_PER_KB = 0.25
SLOW_FLOOR = 2.0
#: Each failing input is saved here as soon as it is seen (before Hypothesis
#: shrinks it, which can take long for a slow input).  Git-ignored.
FINDINGS = Path(__file__).resolve().parent / "findings"

PIECES = [
    # attribution vocabulary
    "said",
    "says",
    "told",
    "according to",
    "claimed",
    "denied",
    "added",
    "that",
    "reports",
    "asked",
    "warned",
    "officials",
    "police",
    "a spokesman",
    "sources",
    "he",
    "she",
    "They",
    "it",
    "The minister",
    "Anton Herashchenko",
    "Mr",
    "Dr.",
    "Ms.",
    "U.S.",
    "a.m.",
    "St.",
    "No.",
    "J.",
    "ITV News",
    "the Interior Ministry",
    # quotation marks of every kind
    '"',
    "“",
    "”",
    "„",
    "«",
    "»",
    "‘",
    "’",
    "'",
    "‚",
    "''",
    '""',
    # punctuation and layout
    ",",
    ".",
    "!",
    "?",
    "…",
    ":",
    ";",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\u2028",
    "\x0c",
    "\x0b",
    # boilerplate, markers
    "Play video",
    "Read more",
    "Watch:",
    "Sign up",
    "could",
    "may",
    "clearly",
    "horror",
    "not",
    "very",
    "but",
    "BAD",
    "!!!",
    "kind of",
    # numbers, glued sentences
    "1,684",
    "3.5",
    "24-hour",
    "1990s",
    "assessed.The",
    "world!Death",
    " date 2022-02-28 ",
    " date 2022-13-45 ",
    "date",
    # scripts, emoji, combining marks, direction controls, odd characters
    "😀",
    "👍🏽",
    "e\u0301",
    "שלום",
    "مرحبا",
    "Привет",
    "中文",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\x00",
    "\x1b[2J",
    "İ",
    "ß",
    "ﬁ",
    "Ⅻ",
    "$5",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "&amp;",
    "<p>",
    "</p>",
    "javascript:alert(1)",
]


def _repeat(piece: str, times: int) -> str:
    return piece * times


article_like = st.lists(st.sampled_from(PIECES), max_size=120).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
repeated = st.builds(
    _repeat,
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map(" ".join),
    st.integers(min_value=1, max_value=400),
)
anything = st.text(max_size=400)
TEXTS = st.one_of(article_like, glued, repeated, anything)

# the view's own tags; its one <style> block is mediakit's constant style sheet
_TAGS = {"div", "h4", "p", "span", "sup", "strong", "br", "style"}
_STYLE = re.compile(r"<style>.*?</style>", re.DOTALL)
_ATTRS = {"class", "style", "title"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TAGS:
            self.bad.append(f"<{tag}>")
        self.bad += [f"{tag}[{k}]" for k, _v in attrs if k not in _ATTRS]

    def handle_endtag(self, tag: str) -> None:
        if tag not in _TAGS:
            self.bad.append(f"</{tag}>")

    def handle_comment(self, data: str) -> None:
        self.bad.append("<!--")

    def handle_decl(self, decl: str) -> None:
        self.bad.append("<!")


@dataclass
class Stats:
    inputs: int = 0
    characters: int = 0
    slowest: tuple[float, int] = (0.0, 0)  # (CPU seconds, length)
    slowest_per_char: tuple[float, str] = (0.0, "")  # (CPU seconds per character, text)
    longest: int = 0
    failures: list[str] = field(default_factory=list)


STATS = Stats()


def check(text: str) -> None:
    """Analyse ``text`` and check everything; raises AssertionError on a finding."""
    try:
        _check(text)
    except Exception as exc:
        FINDINGS.mkdir(exist_ok=True)
        name = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        path = FINDINGS / f"{name}.txt"
        if not path.exists():
            path.write_text(f"{type(exc).__name__}: {exc}\n{text!r}\n", encoding="utf-8")
            STATS.failures.append(f"{path.name}: {type(exc).__name__}: {exc}"[:300])
        raise


def _check(text: str) -> None:
    t0 = time.process_time()
    a = mediakit.analyze(text)
    first = a.to_json()
    spent = time.process_time() - t0
    check_invariants(a)
    assert mediakit.analyze(text).to_json() == first, "analysis is not repeatable"
    html = a._repr_html_()
    parser = _Tags()
    parser.feed(html)
    parser.close()
    assert not parser.bad, f"markup from the text reached the HTML: {parser.bad[:5]}"
    styles = _STYLE.findall(html)
    assert styles == _STYLE.findall(mediakit.analyze("")._repr_html_()), "style from the text"
    limit = max(SLOW_FLOOR, SLOW_SECONDS_PER_KB * len(text) / 1000)
    assert spent <= limit, f"{spent:.2f} s of CPU for {len(text)} characters"
    STATS.inputs += 1
    STATS.characters += len(text)
    STATS.longest = max(STATS.longest, len(text))
    if spent > STATS.slowest[0]:
        STATS.slowest = (spent, len(text))
    if len(text) >= 1000 and spent / len(text) > STATS.slowest_per_char[0]:
        # a candidate: time it again, so that a pause of the garbage collector or of
        # the machine during its first analysis does not make it the slowest
        for _ in range(2):
            t1 = time.process_time()
            mediakit.analyze(text).to_json()
            spent = min(spent, time.process_time() - t1)
        if spent / len(text) > STATS.slowest_per_char[0]:
            STATS.slowest_per_char = (spent / len(text), text)


def _fuzzer(batch: int) -> Callable[[], None]:
    """A Hypothesis test that checks ``batch`` generated texts per call."""

    @settings(
        max_examples=batch,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(TEXTS)
    def fuzz_one(text: str) -> None:
        check(text)

    return fuzz_one


def run(seconds: float, *, batch: int = 200, quiet: bool = False) -> Stats:
    """Fuzz for about ``seconds`` with new random texts; raises the first (shrunk) failure."""
    fuzz_one = _fuzzer(batch)
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        fuzz_one()
        if not quiet:
            el = time.monotonic() - start
            print(
                f"\r{STATS.inputs:,} inputs in {el:.0f} s ({STATS.inputs / el:,.0f}/s), "
                f"longest {STATS.longest:,} chars, slowest {STATS.slowest[0]:.2f} s",
                end="",
                file=sys.stderr,
                flush=True,
            )
    if not quiet:
        print(file=sys.stderr)
    return STATS


def run_batches(seeds: Iterable[int], *, batch: int = 100) -> Stats:
    """Check one batch of ``batch`` texts per seed: the same texts on every run."""
    fuzz_one = _fuzzer(batch)
    for k in seeds:
        seed(k)(fuzz_one)()
    return STATS


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=1.0, help="how long to fuzz (default 1)")
    args = p.parse_args(argv)
    t0 = time.monotonic()
    stats = run(args.minutes * 60)
    el = time.monotonic() - t0
    print(
        f"fuzzed {stats.inputs:,} inputs ({stats.characters:,} characters) in {el / 60:.1f} min: "
        f"{stats.inputs / el:,.1f} inputs/s; longest input {stats.longest:,} characters; "
        f"slowest {stats.slowest[0]:.2f} s CPU ({stats.slowest[1]:,} characters); no failures"
    )
    per_char, text = stats.slowest_per_char
    if text:
        FINDINGS.mkdir(exist_ok=True)
        path = FINDINGS / "slowest-per-character.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        print(
            f"slowest per character (inputs of 1,000+ characters): {per_char * 1e6:,.0f} µs "
            f"for {len(text):,} characters, saved in {path}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
