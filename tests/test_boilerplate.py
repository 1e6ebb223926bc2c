from __future__ import annotations

import re

import pytest

from mediakit._boilerplate import (
    _ASCII_CASE_TWINS,
    _required_literal,
    _rules,
    _top_level_alternatives,
    find_boilerplate,
)
from mediakit._spans import Span
from mediakit._text import paragraph_spans


def rules(text: str) -> dict[str, str]:
    return {b.text: b.rule for b in find_boilerplate(paragraph_spans(text))}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Play video", "media_player"),
        ("Watch video:", "media_player"),
        ("Read more: Russia's war in maps", "read_more"),
        ("Read the rest of the story here.", "read_more"),
        (
            "Listen to the ITV News podcast What You Need To Know, for the latest analysis",
            "podcast",
        ),
        ("Sign up for our morning newsletter", "newsletter"),
        ("Follow @politico.", "follow_us"),
        ("Videos showing the aftermath of the shelling", "caption_media"),
        ("Copyright 2022 The Associated Press. All rights reserved.", "copyright"),
        ("Image: Ministry of Defence.", "caption_prefix"),
        ("(Photo: Jane Smith/Reuters)", "caption_prefix"),
        ("Photograph: Alex Doe/AFP via Getty Images", "caption_prefix"),
        ("Smith (left) and Jones (right) at the summit.", "caption_positions"),
        ("Jane Doe/AFP via Getty Images", "photo_agency_credit"),
    ],
)
def test_furniture_is_flagged_with_its_rule(line: str, rule: str) -> None:
    text = f"The story begins here.\n\n{line}\n\nThe story goes on."
    assert rules(text) == {line: rule}


def test_caption_before_a_player_is_boilerplate() -> None:
    text = "Story.\n\nA destroyed tank seen near the airport\n\nPlay video\n\nMore story."
    assert rules(text) == {
        "A destroyed tank seen near the airport": "caption_before_media",
        "Play video": "media_player",
    }


def test_story_text_mentioning_podcasts_or_sign_ups_is_kept() -> None:
    text = (
        '"Being a dad is my job," Weiner said in May on the podcast "Here\'s the Thing."\n\n'
        "She merely wanted men to sign up for updates from the campaign."
    )
    assert rules(text) == {}


def test_seed_furniture(seed_text: str) -> None:
    flagged = find_boilerplate(paragraph_spans(seed_text, 17))
    assert [b.rule for b in flagged].count("media_player") == 4
    assert all(b.text == "Play video" for b in flagged if b.rule == "media_player")
    found = {b.text: b.rule for b in flagged}
    assert (
        found[
            "Listen to the ITV News podcast What You Need To Know, for the latest expert "
            "analysis on Ukraine"
        ]
        == "podcast"
    )
    assert not any(t.startswith("Several deaths") for t in found)


def test_ascii_case_twins_are_all_the_non_ascii_characters_ignorecase_matches() -> None:
    everything = "".join(map(chr, range(0x80, 0x110000)))
    twins = "".join(re.findall(r"[\x00-\x7f]+", everything, re.IGNORECASE))
    assert twins == _ASCII_CASE_TWINS


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"\bpodcast\b[^.]{0,150}\b(?:subscribe|spotify)\b", "podcast"),
        (r"all\s+rights\s+reserved\s*\.?\s*$", "reserved"),
        (r"\((?:getty|ap)(?:\s+images?)?\)\s*$", "("),
        (r"photos?\s+of", "photo"),
        (r"ab+c", "a"),
        (r"x{2}yz", "yz"),
        (r"\x41gh", "gh"),
        (r"\bdead\b", "dead"),
        (r"\08x", "8x"),
        (r"\N{BULLET}ab", "ab"),
        (r"[ab]cd", "cd"),
        (r"(?:abc)", ""),
        (r"\s\S", ""),
    ],
)
def test_required_literal(pattern: str, literal: str) -> None:
    assert _required_literal(pattern) == literal


def _first_rule_plainly(text: str) -> str | None:
    """The reference: every rule searched in order (the rules' own semantics);
    in paragraphs of more than 400 characters only the alternatives anchored at
    the paragraph start."""
    if len(text) > 2000:
        return None
    for rule in _rules():
        if len(text) <= 400:
            if rule.pattern.search(text):
                return rule.name
            continue
        for alt in _top_level_alternatives(rule.pattern.pattern):
            if alt.startswith("^") and re.search(alt, text, re.IGNORECASE):
                return rule.name
    return None


def test_long_story_paragraphs_are_only_checked_at_their_start() -> None:
    # An unanchored alternative ("... podcast ... Spotify", "... all rights
    # reserved") may flag a short line anywhere, but not a long story paragraph.
    story = "The station said its audience had doubled since the war began. " * 7
    short = "Our new podcast is out now: subscribe on Spotify"
    long = story + "Its podcast, which listeners can subscribe to on Spotify, is the main draw."
    assert len(long) > 400
    assert rules(f"Intro.\n\n{short}\n\n{long}") == {short: "podcast"}
    promo = ("Listen to the podcast on Spotify. " + story).rstrip()  # long; furniture at its start
    assert rules(f"Intro.\n\n{promo}") == {promo: "podcast"}


@pytest.mark.parametrize(
    "line",
    [
        "Listen to our PODCAST on Spotify",
        "Our podcaſt is on Spotify",  # long s: IGNORECASE matches it with "s"
        "Our podcast is on SPOTİFY",
        "The show. New podcast: subscribe today",
        "Watch: © 2020. All rights reserved.",
        "The mayor (Getty Images)",
        "The mayor (Getty Images) said so.",
        "Image copyright Getty (AP)",
        "All rights reſerved",
        "ALL RIGHTS RESERVED\n",
        "Video showing it. All rights reserved",
        "x" * 450 + " all rights reserved",
        "Listen to our podcast on Spotify. " + "x" * 400,
        "x" * 2100 + " (AP)",
        "Play video" + " " * 1995,
    ],
)
def test_fast_matching_agrees_with_searching_every_rule(line: str) -> None:
    found = find_boilerplate([Span(0, len(line), line)])
    assert (found[0].rule if found else None) == _first_rule_plainly(line)


@pytest.mark.parametrize(
    "line",
    [
        "The senator (left) said the talks were “over”.",
        "The talks went on (right now, officials said).",
        "Shares fell 3% on the news, according to Reuters.",
    ],
)
def test_story_paragraphs_like_captions_are_kept(line: str) -> None:
    assert rules(f"The story begins here.\n\n{line}\n\nThe story goes on.") == {}
