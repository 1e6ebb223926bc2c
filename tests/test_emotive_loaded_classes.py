"""Classes of loaded language in political news and their plain counterparts (issue 15,
branch loaded7): each class with hand-built sentences, every flagged word with its entry
and rule, and the batch scorer finding the same."""

from __future__ import annotations

import pytest

from mediakit._emotive._senses import EPITHET_RULE
from tests.emotive_helpers import both, flagged

TOPIC = "names what happened (topic)"


# ---------------------------------------------------------------- terms of politics
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The committee voted in favor of the plan.", "favor"),
        ("A super PAC backing Cruz spent $2 million.", "super"),
        ("Clinton won the popular vote.", "popular"),
        ("His approval rating fell to 40 percent.", "approval"),
        ("Her favorable ratings rose in May.", "favorable"),
        ("Ohio is a battleground state.", "battleground"),
        ("The gross domestic product grew 2 percent.", "gross"),
        ("Officials cited national security concerns.", "security"),
        ("Intelligence agencies briefed the committee.", "intelligence"),
        ("He must avoid conflicts of interest.", "conflicts"),
        ("The bill expands the child tax credit.", "credit"),
        ("The government lost a vote of no confidence.", "confidence"),
        ("She moved her mother into long-term care.", "care"),
        ("He praised the free market in the debate.", "free"),
        ("The peace talks resumed in Geneva.", "peace"),
        ("The officer was in stable condition on Monday.", "stable"),
        ("With respect to the budget, the senator said nothing.", "respect"),
        ("He was charged with obstruction of justice.", "justice"),
    ],
)
def test_a_word_inside_a_term_of_politics_is_not_emotive(text: str, word: str) -> None:
    """A lexicon word inside a fixed term of politics, elections or finance names an
    institution, a measure or a sum: no feeling."""
    assert word not in flagged(both(text))


def test_the_same_words_outside_the_terms_still_count() -> None:
    r = flagged(both("The plan was super popular and a gross betrayal of trust."))
    assert {"super", "popular", "gross"} <= set(r)


# ---------------------------------------------------------------- charged verbs of the writer
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The candidate bragged about his poll numbers.", "bragged"),
        ("Supporters gloated after the vote.", "gloated"),
        ("He spent the evening peddling conspiracy theories.", "peddling"),
        ("The senator stonewalled the committee for months.", "stonewalled"),
        ("The party caved to pressure from donors.", "caved"),
        ("She sidestepped the question twice.", "sidestepped"),
        ("Critics said the agency weaponized the audits.", "weaponized"),
        ("The report was whitewashed by the ministry.", "whitewashed"),
    ],
)
def test_charged_verbs_of_speech_and_conduct_are_flagged(text: str, word: str) -> None:
    w = flagged(both(text))[word]
    assert w.score < 0
    assert w.lexicon == "mediakit supplement"


def test_vaders_paint_sense_of_whitewash_is_set_for_news() -> None:
    w = flagged(both("Critics called the inquiry a whitewash."))["whitewash"]
    assert w.score < 0 and any("sets -1.6" in note for note in w.rules)


def test_caving_is_no_inflection_of_caved() -> None:
    assert "caving" not in flagged(both("The caving club explored the site."))


# ---------------------------------------------------------------- loaded nouns and labels
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The memo set off a firestorm in Washington.", "firestorm"),
        ("Aides called the hearing a charade.", "charade"),
        ("He dismissed the report as hogwash.", "hogwash"),
        ("The column called the senator a blowhard.", "blowhard"),
        ("Critics said the board was a cabal of insiders.", "cabal"),
        ("Democrats accused him of fear-mongering.", "fear-mongering"),
        ("The study cherry-picked its data, rivals said.", "cherry-picked"),
        ("The ads called the reform a job-killing tax.", "job-killing"),
        ("He called the proposal Soviet-style central planning.", "soviet-style"),
        ("Those lackeys will say anything.", "lackeys"),
    ],
)
def test_loaded_nouns_and_labels_are_flagged(text: str, word: str) -> None:
    w = flagged(both(text))[word]
    assert w.score < 0
    assert w.lexicon == "mediakit supplement"


def test_the_stonewall_riots_are_a_name() -> None:
    assert "stonewall" not in flagged(both("Marchers remembered the stonewall riots."))
    assert "stonewalled" in flagged(both("The agency stonewalled reporters."))


# ---------------------------------------------------------------- scare quotes after a name
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Scalise called the inquiry into Trump "Soviet-style" on Monday.', "soviet-style"),
        ("He called it Trump's \u201cImpeachment Hoax\u201d again.", "hoax"),
        ('Trump "Crooked" Hillary, he wrote.', "crooked"),
    ],
)
def test_a_quoted_word_after_a_name_is_no_part_of_it(text: str, word: str) -> None:
    """A quotation mark opening a token parts it from the capitalised word before it."""
    assert word in flagged(both(text))


def test_names_without_quotes_stay_names() -> None:
    assert both("The United Nations met the Great Britain team.").words == ()


# ---------------------------------------------------------------- evaluative adjectives
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Aides called the claim absurd.", "absurd"),
        ("It was a brazen attempt to mislead voters.", "brazen"),
        ("The senator's remarks were disingenuous and sanctimonious.", "sanctimonious"),
        ("Critics called the response tone-deaf.", "tone-deaf"),
        ("He described the rules as Orwellian.", "orwellian"),
        ("The radical left wants open borders, he said.", "radical"),
        ("The inept handling of the crisis drew fire.", "inept"),
    ],
)
def test_evaluative_adjectives_are_flagged(text: str, word: str) -> None:
    w = flagged(both(text))[word]
    assert w.score < 0
    assert w.lexicon == "mediakit supplement"


def test_an_incendiary_device_is_literal() -> None:
    assert "incendiary" not in flagged(both("Police found an incendiary device."))
    assert "incendiary" in flagged(both("Critics called his speech incendiary."))


@pytest.mark.parametrize(
    ("text", "word", "sign"),
    [
        ("Critics called his smug tone off-putting.", "smug", -1),
        ("The excuse was laughable.", "laughable", -1),
        ("Rivals called the move opportunistic.", "opportunistic", -1),
    ],
)
def test_vaders_social_media_values_are_set_for_news(text: str, word: str, sign: int) -> None:
    w = flagged(both(text))[word]
    assert w.score * sign > 0 and any("sets" in note for note in w.rules)


def test_an_opportunistic_infection_is_a_medical_term() -> None:
    assert "opportunistic" not in flagged(both("He died of an opportunistic infection."))


def test_vaders_boosters_stay_boosters() -> None:
    """VADER's boosters "extreme", "incredible", "tremendous" boost the next word: they are
    not made lexicon words, which VADER never reads as boosters."""
    r = both("It showed extreme carelessness, she said.")
    assert any(text == "extreme" for _, _, text in r.intensifiers)
    assert any("booster" in note for note in flagged(r)["carelessness"].rules)


# ---------------------------------------------------------------- praise and puffery
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Colleagues called her a tireless advocate for veterans.", "tireless"),
        ("He was a legendary figure in the party.", "legendary"),
        ("The mayor called the loss irreplaceable.", "irreplaceable"),
        ("Aides described him as humble and soft-spoken.", "soft-spoken"),
        ("The coach praised a world-class performance.", "world-class"),
    ],
)
def test_praise_is_flagged(text: str, word: str) -> None:
    w = flagged(both(text))[word]
    assert w.score > 0
    assert w.lexicon == "mediakit supplement"


# ---------------------------------------------------------------- idioms of political reporting
@pytest.mark.parametrize(
    ("text", "span", "entry"),
    [
        ("Leaders rammed through the bill overnight.", "rammed through", "ram through"),
        ("She brushed off the criticism on Sunday.", "brushed off", "brush off"),
        ("He has been in bed with the banks for years.", "in bed with", "in bed with"),
        (
            "The donors lined their pockets, critics said.",
            "lined their pockets",
            "line their pockets",
        ),
        ("Aides called the story a hit piece.", "hit piece", "hit piece"),
        ("He warned of a deep state plot.", "deep state", "deep state"),
        ("Rivals said she played the gender card.", "played the gender card", "play the race card"),
        (
            "The campaign called the statement absolutely false.",
            "absolutely false",
            "absolutely false",
        ),
        ("Enough is enough, the mayor wrote.", "Enough is enough", "enough is enough"),
        ("The summit was a dog and pony show.", "dog and pony show", "dog and pony show"),
    ],
)
def test_idioms_of_political_reporting_are_one_flagged_item(
    text: str, span: str, entry: str
) -> None:
    r = both(text)
    (w,) = [w for w in r.words if w.text == span]
    assert w.entry == entry and w.score < 0
    assert any(note.startswith("mediakit's phrase list") for note in w.rules)


def test_an_idiom_word_alone_is_not_loaded() -> None:
    r = both("The state police found a deep hole near the dog park.")
    assert not any(w.entry in ("deep state", "attack dog") for w in r.words)


# ---------------------------------------------------------------- the campaign as spectacle
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("His campaign imploded after the debate.", "imploded"),
        ("The embattled governor refused to resign.", "embattled"),
        ("Her poll numbers nosedived in March.", "nosedived"),
        ("He gave a rambling speech in Iowa.", "rambling"),
        ("The testy exchange lasted ten minutes.", "testy"),
        ("Aides said the charges were trumped-up.", "trumped-up"),
        ("The ad repeated falsehoods about the plan.", "falsehoods"),
        ("The party took a shellacking in November.", "shellacking"),
    ],
)
def test_the_campaign_as_spectacle_is_flagged(text: str, word: str) -> None:
    w = flagged(both(text))[word]
    assert w.score < 0
    assert w.lexicon == "mediakit supplement"


# ---------------------------------------------------------------- temper and ridicule
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The governor went ballistic over the leak.", "went ballistic"),
        ("Aides called him a loose cannon.", "loose cannon"),
        ("The vote opened a can of worms.", "can of worms"),
        ("Critics said the cabinet was drunk on power.", "drunk on power"),
        ("She doubled down on the claim Friday.", "doubled down on"),
        ("He speaks out of both sides of his mouth.", "out of both sides of his mouth"),
    ],
)
def test_idioms_of_temper_and_ridicule_are_flagged(text: str, span: str) -> None:
    (w,) = [w for w in both(text).words if w.text == span]
    assert w.score < 0
    assert any(note.startswith("mediakit's phrase list") for note in w.rules)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rivals called him a hothead.", "hothead"),
        ("The week brought more saber-rattling from the capital.", "saber-rattling"),
        ("The plan was dismissed as pie-in-the-sky.", "pie-in-the-sky"),
    ],
)
def test_compounds_of_temper_and_ridicule_are_flagged(text: str, word: str) -> None:
    assert flagged(both(text))[word].score < 0


def test_a_patient_dead_on_arrival_is_no_idiom() -> None:
    r = both("The victim was pronounced dead on arrival at the hospital.")
    assert not any("phrase list" in note for w in r.words for note in w.rules)


# ---------------------------------------------------------------- partisan labels
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He blamed the lamestream media for the polls.", "lamestream"),
        ("Critics called the plan nefarious.", "nefarious"),
        ("The mayor denounced the thuggish tactics.", "thuggish"),
        ("He called the report alarmist.", "alarmist"),
    ],
)
def test_partisan_labels_are_flagged(text: str, word: str) -> None:
    w = flagged(both(text))[word]
    assert w.score < 0
    assert w.lexicon == "mediakit supplement"


# ---------------------------------------------------------------- manner of speaking (loaded8)
@pytest.mark.parametrize(
    ("text", "word", "entry"),
    [
        ("The governor bemoaned the cuts on Tuesday.", "bemoaned", "bemoan"),
        ("He sputtered that the report was unfair to him.", "sputtered", "sputter"),
        ("She pontificated about trade for an hour.", "pontificated", "pontificate"),
        ("The senator bloviated on the floor.", "bloviated", "bloviate"),
        ("He grandstands before every vote.", "grandstands", "grandstand"),
        ("The mayor equivocated when asked about the budget.", "equivocated", "equivocate"),
    ],
)
def test_manner_of_speaking_verbs_are_flagged(text: str, word: str, entry: str) -> None:
    w = flagged(both(text))[word]
    assert w.entry == entry and w.score < 0
    assert "mediakit's supplement" in w.rules[0]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("She said Trump is a faker.", "faker"),
        ("Voters tired of the senator's antics.", "antics"),
        ("He was a birther for years.", "birther"),
        ("The party has been in a downward spiral since May.", "downward spiral"),
        ("They tried to divide and conquer the coalition.", "divide and conquer"),
        ("How has he gotten away with it?", "gotten away with"),
        ("Hannity erupted at Rubio on air.", "erupted at"),
        ("The team was the undisputed powerhouse of the league.", "powerhouse"),
    ],
)
def test_set_five_classes_of_loaded_words(sentence: str, flagged: str) -> None:
    # the classes of devset/newsroom_polnear_5.tsv's missed phrases (a dev set)
    assert flagged in [w.text for w in both(sentence).words]


def test_getting_away_is_not_getting_away_with() -> None:
    assert [w.text for w in both("They got away early.").words] == []


# ---------------------------------------------------------------- epithets before a name
@pytest.mark.parametrize(
    "text",
    [
        "This will guarantee a Crooked Hillary win.",
        "Crooked Hillary lost.",
        "So, Crazy Bernie\u2019s plan failed.",
        "So, Crazy Bernie's plan failed.",
    ],
)
def test_a_charged_adjective_before_a_given_name_is_an_epithet(text: str) -> None:
    """In a run of capitals, a negative adjective before a given name is a nickname of
    abuse, flagged with the rule that says so, not read as part of the name."""
    hit = [w for w in both(text).words if w.text in ("Crooked", "Crazy")]
    assert len(hit) == 1 and hit[0].score < 0
    assert EPITHET_RULE in hit[0].rules


@pytest.mark.parametrize(
    "text",
    [
        "He met Hope Hicks and Grace Meng.",  # given names that are lexicon words
        "They watched Mad Max again.",  # no adjective ending
        "The 1994 Crime Bill passed.",  # a noun before "Bill"
        "The Crooked Creek bridge reopened.",  # no given name after it
    ],
)
def test_names_and_titles_are_no_epithets(text: str) -> None:
    assert both(text).words == ()


def test_an_adverb_before_a_name_is_no_epithet() -> None:
    r = both("Unfortunately Hillary Clinton was late.")
    assert not any(EPITHET_RULE in w.rules for w in r.words)
    assert not any(EPITHET_RULE in w.rules for w in both("Absolutely Hillary won.").words)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sadly, Trump lost the vote.", "Sadly"),
        ("Outrageous! Trump said.", "Outrageous"),
        ("Ironically, Trump\u2019s plan helped.", "Ironically"),
    ],
)
def test_a_first_word_closed_by_punctuation_is_no_part_of_the_name_after_it(
    text: str, word: str
) -> None:
    assert word in flagged(both(text), lower=False)


def test_a_comma_inside_a_sentence_leaves_names_alone() -> None:
    """ "Nice, France" and "Springfield, Ill." are names across their comma."""
    assert both("It was another attack, this time in Nice, France.").words[-1].text == "attack"
    lives = both("She lives in Springfield, Ill., near the river.")
    assert "Ill" not in flagged(lives, lower=False)


# ---------------------------------------------------------------- labels of prejudice
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He condemned the anti-Muslim remarks.", "anti-muslim"),
        ("Sanders sided with the anti-immigrant right.", "anti-immigrant"),
        ("Anti-Semitic graffiti was found.", "anti-semitic"),
    ],
)
def test_anti_before_a_group_of_people_is_a_label_of_prejudice(text: str, word: str) -> None:
    w = flagged(both(text))[word]
    assert w.score < 0 and w.lexicon == "mediakit supplement"


def test_anti_before_a_thing_stays_a_plain_stance() -> None:
    for text in ("The anti-war movement marched.", "An anti-abortion group sued."):
        assert both(text).words == ()
