"""The bundled example articles (mediakit.samples)."""

from __future__ import annotations

import mediakit
from mediakit import samples


def test_samples_names_its_articles() -> None:
    assert samples.__all__ == [
        "SEED_NAME",
        "practice_paths",
        "sample_corpus",
        "seed_path",
        "seed_paths",
    ]
    paths = samples.seed_paths()
    assert paths[0].name == samples.SEED_NAME == samples.seed_path().name
    kinds = [p.stem.split("_practice_")[1] for p in samples.practice_paths()]
    assert kinds == ["wire", "tabloid", "official", "eyewitness"]
    assert paths[1:] == samples.practice_paths()


def test_the_top_level_helpers_are_the_samples_ones() -> None:
    assert mediakit.seed_path() == samples.seed_path()
    assert mediakit.seed_paths() == samples.seed_paths()


def test_every_sample_reads_and_has_attributions() -> None:
    for path in samples.seed_paths():
        a = mediakit.analyze(path)
        assert a.attributions, path.name
        # the practice articles carry a title line; the seed is a raw scrape without one
        assert bool(a.metadata.title) == (path in samples.practice_paths()), path.name
