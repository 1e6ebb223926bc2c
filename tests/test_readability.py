from __future__ import annotations

import textstat

from mediakit._readability import READABILITY_FORMULAS, readability


def test_empty_text_gives_none() -> None:
    assert readability([], 0) == dict.fromkeys(READABILITY_FORMULAS)


def test_flesch_matches_the_formula_by_hand() -> None:
    words = ["The", "cat", "sat", "on", "the", "mat"]  # 6 one-syllable words, 1 sentence
    r = readability(words, 1)
    assert r["flesch_reading_ease"] == round(206.835 - 1.015 * 6 - 84.6 * 1.0, 2)
    assert r["flesch_kincaid_grade"] == round(0.39 * 6 + 11.8 * 1.0 - 15.59, 2)


def test_close_to_textstat_on_plain_prose() -> None:
    text = (
        "The council met on Monday to discuss the new budget. Members argued about "
        "the cost of repairing roads and schools. The mayor said the plan was "
        "necessary. Residents will vote on it next month."
    )
    words = text.replace(".", "").split()
    r = readability(words, 4)
    assert abs(r["flesch_reading_ease"] - textstat.flesch_reading_ease(text)) < 3
    assert abs(r["flesch_kincaid_grade"] - textstat.flesch_kincaid_grade(text)) < 1
