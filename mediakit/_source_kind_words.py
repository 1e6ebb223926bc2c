"""The words and patterns that show a source's kind, for :mod:`mediakit._source_kinds`:
document nouns and titles, collective and one-person heads, bodies' heads and acronyms,
web domains (each list with the cases it was added for)."""

from __future__ import annotations

import re

from mediakit._compiled import compile_pattern

__all__ = [
    "_BODY_ACRONYM",
    "_BODY_HEADS",
    "_DOCUMENT_ACRONYMS",
    "_DOCUMENT_HEADS",
    "_DOCUMENT_WORD",
    "_GROUP_HEADS",
    "_ONE_PERSON_HEADS",
    "_PARTY_MEMBERS",
    "_TITLED_DOCUMENTS",
    "_WEB_DOMAIN",
]

_DOCUMENT_WORD = compile_pattern(
    r"\b(?:report|reports|study|studies|survey|surveys|poll|polls|data|figures|records?|"
    r"documents?|analysis|statistics|census|filings?|memo|letter|statement|e-?mails?|"
    r"papers?|results|estimates?|findings|video|videos|footage|clips?|images?|photos?|"
    r"tweets?|posts?|post|cctv|recording|release|research|guidelines|guidance|websites?|"
    r"accounts|transcripts?|testimony|bulletins?|updates?|ads?|adverts?|advertisements?|"
    r"commercials?|voice[- ]?overs?)\b",
    re.IGNORECASE,
)
# (compiled once: a pattern given as a string is looked up in re's cache at every call)
_GROUP_HEADS = frozenset(
    """officials sources people residents witnesses eyewitnesses authorities experts
    analysts critics protesters demonstrators locals neighbours neighbors survivors
    families parents students workers scientists researchers doctors activists
    investigators rescuers firefighters paramedics lawmakers legislators diplomats
    insiders aides staff crew fans voters family families jury colleagues team majorities
    outlets
    supporters opponents observers others politicians bystanders passengers shoppers
    volunteers countries nations
    members leaders citizens villagers victims relatives organisers organizers
    prosecutors officers troops soldiers rebels allies advocates friends employees
    crowd couple millennials commuters consumers customers patients teachers nurses
    farmers businesses companies firms
    parties groups unions agencies charities representatives""".split()
)  # (friends ... firms: the classes of unknown kinds on the PolNeAR and Wikinews texts;
# parties ... charities: bodies in the plural, "Opposition parties", "Rights groups say")
#: Singular heads of one person that no other list holds ("an Iowa voter", "a donor"):
#: person, after the role lists (people_gold_6.tsv).
_ONE_PERSON_HEADS = frozenset(
    "voter donor person narrator businessman businesswoman caller pal guest".split()
)  # (caller, pal, guest: a fifth probe of other newsrooms, "One pal said")
_PARTY_MEMBERS = frozenset(
    "democrats republicans conservatives liberals socialists tories greens".split()
)
#: Document heads besides ``_DOCUMENT_WORD``'s, counted only as the head of a name
#: ("Audit files from NGP VAN", "the complaint", "Recent polling", "Real Clear Politics
#: average"); "average" only after another word or with a poll ("an average of 10
#: percent of voters" is no document, nor is "the average voter", whose head is "voter").
_DOCUMENT_HEADS = frozenset(
    """files complaint complaints lawsuit polling average averages ledgers audio opinion
    ruling verdict judgment investigation investigations inquiry probe audit index
    indictment affidavit motion warrant subpoena petition
    book books article articles memoir essay column editorial op-ed
    message messages summary decision order policy law bill constitution treaty agreement
    contract proposal budget plan
    outline circular notice directive dossier gazette chargesheet review note memorandum
    profile inspection assessment evaluation excerpts projection projections calculation
    calculations examination forecast forecasts minutes""".split()
)  # (investigation ... index: "a USA TODAY investigation found", "one global index";
# indictment ... petition: the papers of a court case, "according to the indictment"
# (memos, filings, transcripts and testimony are _DOCUMENT_WORD's);
# book ... plan: writings and texts that speak, "In her book, she wrote", "the bill says";
# outline ... chargesheet: the papers of courts and ministries of other newsrooms, "the
# State outline" of a Zimbabwean prosecution, "a circular issued by the Ministry";
# minutes: a tenth probe, "Minutes of the previous meeting")
#: A body's acronym opening a name: three to six capitals ("RSPB Cymru", "NHS Lothian").
_BODY_ACRONYM = compile_pattern(r"[A-Z]{3,6}")
#: Acronyms of documents: the First Information Report of a South Asian police case.
_DOCUMENT_ACRONYMS = frozenset({"FIR"})
#: A website named by its domain: "PowerOutage.us", "FlightRadar24.com".
_WEB_DOMAIN = compile_pattern(
    r"[A-Za-z][\w\-]*(?:\.[\w\-]+)*\.(?:com|org|net|gov|edu|us|uk|io|co|info|news|eu|ca|au)"
)
#: The last word of a document's title: "World Malaria Report", "World Economic Outlook"
#: (an outlet so named, "U.S. News & World Report", is the source types' news outlet,
#: which comes first; "Survey" is left out: "the United States Geological Survey" is a body).
_TITLED_DOCUMENTS = frozenset(
    "Report Study Index Census Audit Assessment Outlook Barometer Yearbook".split()
)
_BODY_HEADS = frozenset(
    """ministry agency department government administration office company council
    commission court committee embassy service army navy force military party union
    group organisation organization bank firm authority board institute university
    hospital school network newspaper channel police rescue brigade trust tribunal
    directorate inspectorate secretariat services airline airlines airport railway
    museum observatory clinic laboratory institution pac city county town village borough
    municipality district state cooperative co-operative watchdog regulator prefecture
    prosecution defence defense club
    restaurant hotel cafe café bakery pharmacy shop store supermarket retailer insurer
    charity academy factory
    """.split()
)  # (a place acting as a body: "the city said", "the county said"; cooperative ...
# prefecture: a ninth probe of other newsrooms, "the police watchdog", "the Deux-Sèvres
# prefecture"; prosecution ... club: a twelfth, "the 11 witnesses listed by the
# prosecution", "the club said it had serious concerns"; restaurant ... factory: the
# eighteenth session, businesses and charities that speak as bodies, "the restaurant said
# it would reopen", from the thirteenth probe's review)
