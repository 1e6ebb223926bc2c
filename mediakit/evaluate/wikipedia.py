"""Hedge cues in Wikipedia prose: mediakit against a hand-labelled sample (issue 15).

    python -m mediakit.evaluate wikipedia [--dump PATH] [--clean] [--errors]
    python -m mediakit.evaluate wikipedia --draw     # the sample, for labelling

The text is the shortened English Wikipedia dump (2016; about 100 articles: Anarchism,
Autism, Albedo, Alabama, Achilles, Aristotle, Abraham Lincoln ...) that the PyPI package
``gensim`` ships as test data (``gensim/test/test_data/`` + :data:`DUMP_NAME`).  It is
found in an installed gensim (``pip install gensim``) or read straight out of its wheel
(``pip download --no-deps gensim -d DIR``, then ``--dump DIR/gensim-*.whl``); without it
the command skips, saying so.  Wikipedia's text is CC BY-SA: its sentences are never
committed.  The gold file (``devset/hedges_wikipedia.tsv``) holds the article's title,
the sentence's number in the article's prose (:func:`article_sentences`), a digest of the
sentence (:func:`mediakit.evaluate.encyclopaedic.digest`), the label and a cue note.

The sample: every article's prose (:func:`prose`: paragraph lines, markup stripped) is
split by mediakit's own splitters; the pool is every sentence of 6-60 words of the
articles with at least 2 sentences.  Four draws, each from the sentences not drawn
before it (:data:`DRAWS`): ``wiki-dev-random`` and ``wiki-dev-cue`` (errors may be read
and rules written from them), then ``wiki-clean-random`` and ``wiki-clean-cue`` (held
out: scored with ``--clean``, never tuned on).  ``*-cue`` draws only sentences holding a
word of :data:`~mediakit.evaluate.encyclopaedic.CANDIDATE_CUES`, reported apart so that
the random figure stays unbiased.
"""

from __future__ import annotations

import argparse
import bz2
import html
import importlib.util
import io
import random
import re
import sys
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from xml.etree import ElementTree

from mediakit.evaluate.emotive import read_tsv
from mediakit.evaluate.encyclopaedic import (
    BASELINES,
    CANDIDATE_CUES,
    ROOT_GENERIC,
    Item,
    _agreement,
    _mediakit_hedges,
    _prf,
    digest,
    split_sentences,
)

__all__ = ["DRAWS", "DUMP_NAME", "article_sentences", "draw", "find_dump", "main", "pages", "prose"]

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "devset" / "hedges_wikipedia.tsv"
PASSES = ROOT / "devset" / "hedges_wikipedia_passes.tsv"
DUMP_NAME = "enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2"
MEMBER = "gensim/test/test_data/" + DUMP_NAME
INSTALL = (
    "the Wikipedia sample is not installed: pip install -e '.[evaluation]' (gensim), or "
    "pip download --no-deps "
    "gensim and pass --dump gensim-*.whl (skipped)"
)
#: (set, seed, size, cue words only), drawn in this order.
DRAWS: tuple[tuple[str, int, int, bool], ...] = (
    ("wiki-dev-random", 2010, 80, False),
    ("wiki-dev-cue", 20102, 80, True),
    ("wiki-clean-random", 2011, 100, False),
    ("wiki-clean-cue", 20112, 100, True),
)
MIN_WORDS, MAX_WORDS = 6, 60

# ---------------------------------------------------------------- the text


def find_dump() -> Path | None:
    """The dump in an installed gensim (found without importing it), or None."""
    spec = importlib.util.find_spec("gensim")
    for where in (spec.submodule_search_locations or []) if spec else []:
        path = Path(where) / "test" / "test_data" / DUMP_NAME
        if path.is_file():
            return path
    return None


def _read(path: Path) -> bytes:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            return bz2.decompress(z.read(MEMBER))
    return bz2.decompress(path.read_bytes())


def pages(data: bytes) -> Iterator[tuple[str, str]]:
    """``(title, wikitext)`` of every article of the dump (namespace 0), in file order,
    less redirects, disambiguation pages and lists."""
    for _event, el in ElementTree.iterparse(io.BytesIO(data)):
        if not el.tag.endswith("}page"):
            continue
        ns = next((c.text for c in el if c.tag.endswith("}ns")), "0")
        title = next((c.text or "" for c in el if c.tag.endswith("}title")), "")
        text = "".join(t.text or "" for t in el.iter() if t.tag.endswith("}text"))
        el.clear()
        if ns != "0" or text.lstrip().upper().startswith("#REDIRECT"):
            continue
        if "(disambiguation)" in title or title.startswith("List of"):
            continue
        yield title, text


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_REF = re.compile(r"<ref[^<>]*/>|<ref[^<>]*>.*?</ref>", re.DOTALL | re.IGNORECASE)
_DROP_TAGS = re.compile(
    r"<(math|gallery|timeline|source|syntaxhighlight|pre|code|score|imagemap)\b.*?</\1>",
    re.DOTALL | re.IGNORECASE,
)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_TABLE = re.compile(r"\{\|(?:(?!\{\|).)*?\|\}", re.DOTALL)
_LINK = re.compile(r"\[\[([^\[\]]*)\]\]")
_EXTERNAL = re.compile(r"\[(?:https?|ftp)://[^\s\]]*\s*([^\]]*)\]")
_QUOTES = re.compile(r"'{2,}")
_NAMESPACE = re.compile(r"^\s*:?\s*(?:file|image|category|media|[a-z]{2,3}(?:-[a-z]+)?)\s*:", re.I)
_MARKUP_LINE = re.compile(r"^(?:[*#:;|!{}=]|----|__)")


def _link(m: re.Match[str]) -> str:
    inner = m.group(1)
    if _NAMESPACE.match(inner) and not inner.lower().startswith(("wikt:", "w:")):
        return ""
    return inner.rsplit("|", 1)[-1]


def _until_fixed(pattern: re.Pattern[str], repl: str, text: str) -> str:
    was = None
    while text != was:
        text, was = pattern.sub(repl, text), text
    return text


def prose(wikitext: str) -> str:
    """An article's prose, one paragraph a line: comments, references, templates, tables,
    file, category and interlanguage links, math and code dropped; links read as their
    label, bold and italic quotes dropped, entities decoded; headings, lists, indented and
    table lines left out, and any line still holding markup (``{``, ``}``, ``[[``, ``|``)."""
    t = _DROP_TAGS.sub("", _REF.sub("", _COMMENT.sub("", wikitext)))
    t = _until_fixed(_TABLE, "", _until_fixed(_TEMPLATE, "", t))
    was = None
    while t != was:
        t, was = _LINK.sub(_link, t), t
    t = _QUOTES.sub("", _EXTERNAL.sub(r"\1", _TAG.sub("", t)))
    out: list[str] = []
    for line in t.split("\n"):
        line = " ".join(html.unescape(line).replace("\xa0", " ").split())
        if not line or _MARKUP_LINE.match(line) or any(c in line for c in "{}|[]"):
            continue
        out.append(line)
    return "\n".join(out)


def article_sentences(wikitext: str) -> list[str]:
    """The sentences of an article's prose (``encyclopaedic.split_sentences``)."""
    return split_sentences(prose(wikitext))


def draw(data: bytes) -> dict[str, list[Item]]:
    """The samples of :data:`DRAWS`, each from the pool's sentences not drawn before it."""
    pool: list[Item] = []
    for title, text in pages(data):
        sents = article_sentences(text)
        if len(sents) >= 2:
            pool += [Item(title, i, s) for i, s in enumerate(sents) if _fits(s)]
    taken: set[tuple[str, int]] = set()
    out: dict[str, list[Item]] = {}
    for name, seed, n, cue_only in DRAWS:
        rest = [
            x
            for x in pool
            if (x.headword, x.number) not in taken
            and (not cue_only or CANDIDATE_CUES.search(x.sentence))
        ]
        out[name] = random.Random(seed).sample(rest, min(n, len(rest)))
        taken.update((x.headword, x.number) for x in out[name])
    return out


def _fits(sentence: str) -> bool:
    return MIN_WORDS <= len(sentence.split()) <= MAX_WORDS


# ---------------------------------------------------------------- scoring


def _rows(gold: Path, data: bytes) -> tuple[list[tuple[str, Item, bool, str]], list[str]]:
    by_title = {title: article_sentences(text) for title, text in pages(data)}
    out: list[tuple[str, Item, bool, str]] = []
    bad: list[str] = []
    for r in read_tsv(gold):
        sents = by_title.get(r["title"], [])
        n = int(r["n"])
        if n >= len(sents) or digest(sents[n]) != r["digest"]:
            bad.append(f"  not found or changed: {r['title']!r} #{n}")
            continue
        out.append((r["set"], Item(r["title"], n, sents[n]), r["hedged"] == "yes", r["note"]))
    return out, bad


def report(rows: list[tuple[str, Item, bool, str]], clean: bool, errors: bool = False) -> list[str]:
    """Sentence P / R / F1 of each part beside the baselines (and ``broad``, counting the
    modals noted as root generic as hedged); errors of the dev part only."""
    parts = ["wiki-dev"] + (["wiki-clean"] if clean else [])
    found = {id(x): bool(_mediakit_hedges(x[1].sentence)) for x in rows}
    lines: list[str] = []
    for part in parts:
        for name, keep in (
            (f"{part} random", (f"{part}-random",)),
            (f"{part} cue", (f"{part}-cue",)),
            (f"{part} random + cue", (f"{part}-random", f"{part}-cue")),
        ):
            sel = [x for x in rows if x[0] in keep]
            if not sel:
                continue
            gold = [x[2] for x in sel]
            lines.append(f"Wikipedia {name}: {len(sel)} sentences, {sum(gold)} hedged by hand")
            lines.append(f"  {'mediakit':<10} {_prf(gold, [found[id(x)] for x in sel])}")
            for label, look_up in BASELINES.items():
                lines.append(f"  {label:<10} {_prf(gold, [look_up(x[1].sentence) for x in sel])}")
            broad = [x[2] or x[3] == ROOT_GENERIC for x in sel]
            if broad != gold:
                lines.append(f"  {'broad':<10} {_prf(broad, [found[id(x)] for x in sel])}")
    for x in rows if errors else []:
        if x[0].startswith("wiki-dev") and found[id(x)] != x[2]:
            cues = _mediakit_hedges(x[1].sentence)
            what = "FP" if found[id(x)] else "FN"
            lines.append(f"{what} {x[1].headword!r} #{x[1].number} [{x[3]}] {cues}")
            lines.append(f"    {x[1].sentence}")
    return lines


def run(dump: Path | None, gold: Path, clean: bool, errors: bool = False) -> list[str]:
    """The report's lines, or the skip line when the dump is absent."""
    if dump is None or not dump.is_file():
        return [f"{dump or 'gensim'}: {INSTALL}"]
    rows, bad = _rows(gold, _read(dump))
    lines = [f"Wikipedia hedge sentences ({dump.name}; gold {gold.name})"]
    lines += report(rows, clean, errors) + bad
    if PASSES.is_file() and gold == GOLD:
        lines += _agreement(PASSES, "Wikipedia relabelled")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(prog="python -m mediakit.evaluate wikipedia")
    ap.add_argument("--dump", help="the dump (.bz2) or a gensim wheel (.whl); default: gensim's")
    ap.add_argument("--gold", default=str(GOLD), help="the gold keys and labels")
    ap.add_argument("--clean", action="store_true", help="score the held-out part too")
    ap.add_argument("--errors", action="store_true", help="print the dev part's errors")
    ap.add_argument("--draw", action="store_true", help="print the sample, for labelling")
    args = ap.parse_args(list(sys.argv[1:] if argv is None else argv))
    dump = Path(args.dump) if args.dump else find_dump()
    if args.draw and dump is not None and dump.is_file():
        for name, items in draw(_read(dump)).items():
            for x in items:
                sys.stdout.write(
                    f"{name}\t{x.headword}\t{x.number}\t{digest(x.sentence)}\t{x.sentence}\n"
                )
        return 0
    sys.stdout.write("\n".join(run(dump, Path(args.gold), args.clean, args.errors)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
