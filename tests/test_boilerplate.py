from __future__ import annotations

import pytest

from mediakit._boilerplate import find_boilerplate
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
