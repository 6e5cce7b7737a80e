"""The extractor: article text -> kg.model.Fact objects with evidence.

Pipeline: sentences -> mentions (gazetteer, roles, pronouns) -> quotations and attribution ->
fact rules per sentence with the discourse context -> merging within the article (a dateless
repeat of an event joins the dated one; one event id, one fact).
"""

from __future__ import annotations

import re
import sys
import urllib.parse
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from datetime import date as date_cls
from datetime import timedelta
from typing import Any

from kg.errors import InputError
from kg.extract import numbers as N
from kg.extract import rules as R
from kg.extract.conflicts import Conflicts
from kg.extract.fastre import Rx, any_of, ci
from kg.extract.mentions import (
    PRONOUNS,
    SUBJECT_PRONOUNS,
    Index,
    Mention,
    Resolver,
    default_index,
    find_mentions,
)
from kg.extract.sentences import split_sentences
from kg.facts import check_value
from kg.model import Entity, Evidence, Fact, Source
from kg.schema import load_schema

QUOTES = re.compile(
    r"„([^“”\"]{3,2000}?)[“\"]|“([^”“]{3,2000}?)”|\"([^\"]{3,2000}?)\"|»([^«]{3,2000}?)«|«([^»]{3,2000}?)»"
)
_PERSONS = ("Person",)
# "MOSCOW (Reuters) –", "BERLIN, 12. März (dpa) –"; "Tel Aviv, 29 March 2023" on a line of its own
# ("Tashkent [Uzbekistan], May 9 (ANI):" with its state in square brackets)
_DATELINE = re.compile(
    r"^[\s,;·•|]*([A-ZÄÖÜ][\w.'’ -]{1,30}?)(?:/[\w.'’ -]{1,30}?)*(?:\s*\[[\w.'’ -]{1,30}\])?\s*(?:,\s*(?P<when>[^–—\n]{1,25}?))?\s*"
    # (the day may follow the brackets: "TASHKENT (Uzbekistan), Oct 19 —")
    r"(?:\([^)]{1,60}\)\s*(?:,\s*(?P<when2>[^–—\n(]{1,25}?)\s*(?=[–—-]{1,2}\s))?(?:[–—-]{1,2}\s)?|[–—-]{1,2}\s)"
)
# a dateline in capitals with its day and no dash: "ANKARA, Oct 3 Security was tight ..." (both after what a
# stripped byline may leave before them: ", WASHINGTON DC, Aug 26 –")
_DATELINE_CAPS = re.compile(
    r"^[\s,;·•|]*([A-ZÄÖÜ][A-ZÄÖÜ.'’ -]{2,30}),\s*(?P<when>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+[A-Z][a-zä]{2,8}))\s+(?=[A-ZÄÖÜ])"
)
# a web page's line that is no sentence: a photo credit ("Bild: EPA/SAUDI PRESS AGENCY"), a time stamp ("16.09.18, 19:59")
# a state named by a noun for it after a travel word: "to the East African nation", "in dem kleinen Golfemirat"
_COUNTRY_ANAPHOR = ci(
    r"\b(?:to|in|into|visit(?:s|ed|ing)?)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:nation|country|kingdom|republic|emirate)\b"
    r"|\b(?:in|nach)\s+(?:dem|das|den|die|der)\s+(?:[\w-]+,?\s+){0,3}?\w*(?:Land|Staat|Königreich|Republik|[Ee]mirat)\b"
)
# what the parties are members of: "beides Mitglieder des informellen BRICS-Blocks", "both members of NATO"
_MEMBERS_OF_BEFORE = ci(
    r"\b(?:Mitglieder|Mitgliedstaaten|Mitgliedsstaaten|members|member states)\s+(?:des|der|von|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
# whose guest a visit is: "hosted by Kenyan counterpart X", "at the invitation of", "auf Einladung von"
_INVITED_BY = ci(
    r"\b(?:hosted by|at the invitation of|on the invitation of|auf Einladung (?:von|des|der|seines|ihres))\b"
)
_CREDIT_OR_STAMP = re.compile(
    r"\s*(?:(?:Bild|Foto|Fotos|Photo|Image|Quelle|Source|Credit)\s*:|[\d.,:/ |–-]+(?:Uhr)?\s*$)"
)
# ("Tel Aviv, 29 March 2023"; "Ottawa, Canada" above "March 3, 2016")
_DATELINE_ALONE = re.compile(
    r"^\s*([A-ZÄÖÜ][\w.'’ -]{1,30}?)\s*(?:,\s*[A-ZÄÖÜ][\w.'’ -]{1,30}?\s*)?(?:,|\n)\s*(?P<when>[^–—\n]{1,25}?)\s*$"
)
_VISIT_NOUN_OWNED = ci(r"(?:['’]s|\b(?:bei|während|during|of|seines|ihres|des|dem)\s+\w+s?)\s+(?:\w+\s+){0,2}$")
_CAPITAL_AFTER = ci(r"\s+(?:Hauptstadt|capital)\b")
_CAPITAL_OF_BEFORE = ci(r"\b(?:capital|Hauptstadt)\s+(?:of\s+(?:the\s+)?|von\s+|des\s+|der\s+)?$")
_CITY_AFTER = ci(r"\s+(?:Stadt|Hafenstadt|Küstenstadt|Metropole|city|port city|port|coastal city|town|resort)\b")
# after a state's adjective, the town it names: a venue, not a party ("in the Tanzanian town of Arusha")
_VENUE_AFTER = ci(
    r"\s+(?:Hauptstadt|Stadt|Hafenstadt|Küstenstadt|Grenzstadt|Metropole|Badeort|Kurort|capital|city|town|port(?: city)?|resort|coastal city|border town)\b"
)
_LOCATIVE = ci(
    r"\b(?:in|nach|aus|to|from|at|im|near|bei|von|nahe|vor|into|via|über|outside|außerhalb)\s+(?:der |dem |den |the )?$"
)
_ARMS_ANAPHOR = re.compile(
    r"\b(?:the|this|das|dieses|die|diese) (?:system|systems|System|Systeme|weapons|Waffen|deal|Geschäft|Deal|purchase|Kauf)\b"
)
_CONFLICT_WORD = ci(
    r"Konflikt|Krieg|Kämpfe|Kampfhandlungen|Waffenstillstand|Waffenruhe|Feuerpause|Beilegung|Friedens|conflict|war\b|fighting|ceasefire|cease-fire|truce|settlement|peace"
    r"|umstritten\w*|Gebietsstreit\w*|Territorialstreit\w*|Souveränität|disputed|territorial dispute|sovereignty|claim(?:s|ed)? (?:to|over)"
)
_HOSTING = ci(r"empfing|empfangen|received|hosted|welcomed")
_PRONOUN_SAID = re.compile(r"\W{0,4}\s*(?:he|she|er|sie)\s+\w+|\W{0,4}\s*\w+\s+(?:er|sie)\b")
# the person right after it is the source of what the sentence reports, not an actor in it
_SOURCE_WORDS = r"nach Angaben|laut|according to|zufolge|citing"
_SOURCE_CUE = ci(rf"\b(?:{_SOURCE_WORDS})\b")
# (not after "zufolge", whose source stands before it: "Medienberichten zufolge nahmen Erdoğan und ...")
_SOURCE_OF = ci(r"\b(?:nach Angaben|laut|according to|citing)\s+(?:\w+\s+){0,3}$")
# who reports or says what a sentence tells: "according to TASS", "TASS zufolge", "laut Putin", "erklärte Putin",
# "Putin said"
_SOURCED_BY_BEFORE = ci(r"\b(?:according to|laut|citing)\s+(?:the\s+)?$")
_SOURCED_BY_AFTER = re.compile(r"\s*zufolge")
_SAYS_BEFORE = ci(r"\b(?:laut|according to|so)\s+(?:\w+\s+)?$")
_SAID_VERBS = "sagte|erklärte|betonte|versicherte|meinte|said|says|stated|told|added|noted"
_SAID_BEFORE = ci(rf"\b({_SAID_VERBS})\s+$")
_SAID_AFTER = ci(r"\s+(sagte|erklärte|betonte|versicherte|said|says|stated|told|added|noted)\b")
_SAID_WORDS = any_of(_SAID_VERBS)  # (a cheap test whether the sentence holds one of them)
# a year told right with a visit: "Besuch von Xi in Pakistan im Jahr 2015", "a visit to Sochi in the summer of 2014"
_VISIT_YEAR = ci(
    r"\b(?:Besuch\w*|visit)\b[^.;,]{0,60}?\s(?:im Jahr|in the year|(?:im|in the) (?:Sommer|Herbst|Winter|Frühjahr|Frühling|"
    r"summer|autumn|fall|winter|spring)(?: of)?)\s+(?P<y>(?:19|20)\d\d)\b"
    # "after Queen X visited China in 2014" (not "the first visit since independence in 1991")
    r"|\bvisited\b(?:(?!\bsince\b)[^.;,]){0,40}?\sin\s+(?P<y2>(?:19|20)\d\d)\b(?![-–/]\d)"
)
# the dead take no part: "since long-ruling leader X died in 2016", "the late X", "des verstorbenen X"
_DEAD_GATE = any_of("died|starb|verstorb|gestorb|late ")
_DIED_AFTER = ci(
    r"(?:,?\s+(?:who|der|die))?\s+(?:had\s+|has\s+|\d{4}\s+|im\s+\w+\s+\d{4}\s+)?(?:died|starb|gestorben|verstorben)\b"
)
_LATE_BEFORE = ci(
    r"\b(?:the\s+late|(?:des|der|dem|den|die)\s+(?:\w+\s+)?verstorbenen?|late\s+(?:president|leader|king))\s+(?:[\w.-]+\s+){0,3}$"
)
# one honoured takes no part: "an exhibition dedicated to the anniversary of Heydar Aliyev"
_HONOURED_GATE = any_of("anniversary|memory|memorial|dedicated|named after|jahrestag|gedenk|gewidmet|benannt")
_HONOURED_BEFORE = ci(
    r"\b(?:anniversary of|in (?:the )?memory of|memorial to|dedicated to|named after|Jahrestag\w*|Gedenk\w* an|"
    r"Gedenken an|gewidmet|benannt nach)\s+(?:the\s+|des\s+|der\s+|dem\s+)?(?:[\w-]+\s+){0,4}$"
)
# the meeting cue of attending a signing together ("attended the signing", "wohnten der Unterzeichnung bei")
_AT_SIGNING = ci(r"attended|wohnt|nahm")
# a live blog's entry: "**13:40** –", "16.40 Uhr –", "11:50 Mr Trump is now ..." at the start of a line
_LIVE_ENTRY = re.compile(
    r"^\W{0,3}(?:\d{1,2}[:.]\d{2}(?:\s*Uhr)?\W{0,3}\s*[–—-]|\d{1,2}:\d{2}(?:\s*Uhr)?\W{0,3}\s+(?=[A-ZÄÖÜ]))",
    re.MULTILINE,
)


def _live_entries(text: str, enough: int = 2) -> int:
    """How many lines open as a live blog's entries do (counted up to `enough`): as many as
    _LIVE_ENTRY.findall finds, trying only the starts of lines (where its "^" lets it match)."""
    found = end = pos = 0
    while pos >= 0:
        if pos >= end:  # matches do not overlap
            m = _LIVE_ENTRY.match(text, pos)
            if m:
                found, end = found + 1, m.end()
                if found >= enough:
                    break
        pos = text.find("\n", pos)
        pos = pos + 1 if pos >= 0 else -1
    return found


# the auxiliaries of a German passive after its participle ("empfangen worden", "bestellt wurden")
_PASSIVE_AUX_WORDS = "worden|wurde|wurden|werden"
# "X war von Y empfangen worden", "X wurde von Y empfangen", "X was received by Y": X is the guest (also with
# the agent after the participle: "wird er empfangen von Präsident Y")
_PASSIVE_AFTER = ci(rf"\s+(?:{_PASSIVE_AUX_WORDS}|by\b|von\b)")
_PAIR_GATE = any_of("beide|unsere|zwei|drei|both|two|three|our|bilateral")
_ATTR_GATE = any_of(
    "laut|according|zufolge|citing|agentur|agency|zeitung|newspaper|sender|broadcaster|sagte|erklärte|betonte|versicherte|meinte|said|says|stated|told|added|noted|so "
)
_ANAPHOR_GATE = any_of("rahmen|während|rande|bei |nach |vor|during|after|sideline|run-up|ahead|before")
_PARTIES = ("Country", "Organization")
_AID_AFTER = ci(
    r"\s*(?:(?:in|of|an|as|für|für die|als)\s+)?(?:[\w-]+\s+){0,2}?(?:lending|loans?|credits?|aid|grants?|assistance|Kredit\w*|Darlehen|Hilfe\w*|Finanzhilfe\w*|Hilfsgeld\w*|Militärhilfe\w*)\b"
)
_PEOPLE_PAIR = ci(
    r"\b(?:beide[nr]?|die zwei|the two|both|die drei|die vier|the three|the four)\s+(?P<noun>Präsidenten|Staatschefs|Politiker|Regierungschefs|Ministerpräsidenten|Premierminister|Minister|Außenminister|leaders|presidents|prime ministers|premiers|foreign ministers|ministers|heads of state|heads of government|men|Männer)\b"
    r"|\b(?:die beiden|the two|both)\s+(?=(?:sprachen|trafen|berieten|verhandelten|telefonierten|talked|met|held|spoke|discussed)\b)"
    r"|\bsich die beiden\b(?!\s+(?:Länder|Staaten|Seiten|Regierungen))"
)
_HOW_MANY = {"die drei": 3, "the three": 3, "die vier": 4, "the four": 4}


def _how_many(pair: re.Match[str]) -> int:
    """How many people a match of _PEOPLE_PAIR speaks of: "the three leaders" 3, "die beiden" 2 (the
    count is read off the words before the noun, so that the pattern has no group to keep its
    alternatives from being factored)."""
    if not pair["noun"]:
        return 2
    head = pair.string[pair.start() : pair.start("noun")]
    return _HOW_MANY.get(" ".join(head.split()).casefold(), 2)


# the office a pair of people holds ("both heads of government", "die beiden Außenminister")
_PAIR_OFFICES = {
    **dict.fromkeys(("präsidenten", "presidents", "staatschefs", "heads of state"), "head_of_state"),
    **dict.fromkeys(
        (
            "regierungschefs",
            "ministerpräsidenten",
            "premierminister",
            "prime ministers",
            "premiers",
            "heads of government",
        ),
        "head_of_government",
    ),
    **dict.fromkeys(("außenminister", "foreign ministers"), "foreign_minister"),
}
_BOTH_PATTERN = (
    r"\bsowohl\s+[^.;]{1,80}?\bals auch\s+(?:[\w.-]+\s+){0,4}?[A-ZÄÖÜ][\w-]*"
    r"|\b[Bb]oth\s+(?:[\w.-]+\s+){0,3}?[A-Z][^.;]{0,60}?\band\s+(?:[\w.-]+\s+){0,4}?[A-Z][\w-]*"
    r"(?=[^.;]{0,40}?\b(?:received|welcomed|hosted|greeted)\b)"
)
_BOTH = ci(_BOTH_PATTERN)
_SEPARATE = ci(
    r"\b(?:getrennt\w*|separate\w*|einzelne\w*|jeweils|nacheinander|one after (?:another|the other)|one by one"
    r"|bilaterale\w* (?:Gespräche|Treffen)|bilateral (?:talks|meetings)|(?:held|had) (?:[\w-]+ ){0,2}?meetings with"
    # German meetings in the plural, with no article: "hatte unlängst Treffen mit X und Y"
    r"|(?:hatte|hatten|hat|haben|führte|führten) (?:[\w-]+ ){0,3}?Treffen mit)\b"
    # "empfing neben Xi auch den indischen Premierminister Modi": one guest besides another
    r"|\bneben\s+[^.;,]{1,60}?\bauch\b|\bbesides\s+[^.;,]{1,60}?\balso\b"
    # "Sowohl Johnson als auch die Königin empfingen den Gast", "Both Johnson and the Queen received him": each
    r"|" + _BOTH_PATTERN
)
# talks of all together, not one pair at a time: "jointly", "zu dritt", "round table"
_TOGETHER = ci(r"\b(?:together|jointly|gemeinsam|zusammen mit|zu dritt|zu viert|round table|Runde)\b")
# "without X", "ohne ihn": who is left out of a meeting
_WITHOUT = ci(r"\b(?:without|ohne)\s+(?:\w+\s+)?$")
_WITHOUT_HIM = ci(r"\b(?:without|ohne)\s+(?:him|her|ihn|sie)\b")
# a meeting not held for someone: "stayed away from a planned meeting", "sagte das Treffen ab"
_STAYED_AWAY = ci(
    r"\b(?:stayed away from|stay away from|skipped|boycott\w*|cancel\w*|called off|pulled out of|fernblieb|fernbleib\w*|fernzubleiben|boykott\w*|abgesagt|absagte)\b[^.;]*$"
)
# states that each sign their own agreement with one organisation
_EACH = ci(
    r"\b(?:jeweils|each|respective|ihre\w* (?:eigenen? )?\w*(?:abkommen|verträge)|their (?:own )?(?:\w+ )?(?:agreements|treaties))\b"
)
_WITH_BODY = ci(r"\b(?:with|mit)\s+(?:der |dem |den |the )?(?:\w+\s+)?$")
# "aus Damaskus kommend in Istanbul": the place after the origin is the destination
_COMING = ci(r"\b(?:kommend|coming|arriving)\b")
_FROM_HERE = ci(r"\b(?:from|aus|von)\s+(?:[\w-]+\s+){0,3}(?:in|nach|to)\s+$")
# a figure right after "trade"/"Handel" is its volume, whatever else the clause names
_VOLUME_NOUN = ci(r"\b(?:trade|turnover|Handel|Handels\w*|Warenumsatz|Warenaustausch\w*|Außenhandel\w*)\b")
# "der Ukraine Waffen liefern": a German dative names the recipient
_DATIVE = ci(r"\b(?:der|dem)\s+$")
# a German preposition (and article) just before a state: no subject, no dative object
_PREPOSITION_BEFORE = ci(
    r"\b(?:in|im|nach|aus|von|vom|mit|bei|beim|zu|zum|zur|gegen|über|durch|auf)\s+(?:der |den |dem |die |das )?$"
)
# a verb coordinated with the clause's first (up to two words between: "und verkauft", "and will sell")
_AND_VERB = ci(r"\s(?:und|and)\s+(?:\w+\s+){0,2}$")
# more than a closing auxiliary after a verb: the German verb does not end its clause
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?!(?:und|oder|sowie|hat|hatte|haben|hatten|habe|wird|werde|werden|wurde|wurden|worden|sei|solle|soll|sollen|will|wollen|können|kann)\b)\w{3,}"
)
# troops sent are an invasion, not a delivery
_NOT_ARMS = ci(r"\b(?:Truppen|troops|soldiers|Soldaten|Kämpfer|fighters)\b")
# a place someone comes from is not where a meeting is
# (not a place's own "von": "auf dem Flughafen von Niamey", "im Hafen von Haifa")
_FROM = ci(r"\b(?:from|aus|(?<!flughafen )(?<!hafen )(?<!stadt )(?<!provinz )(?<!region )von)\s+$")
_LETTERS = re.compile(r"[^\W\d_]")
# a name joined to a pronoun: "he and Isaias", "Er und der senegalesische Präsident Macky Sall"
_AND_NAME = re.compile(r"\s+(?:and|und)\s+(?:(?:der|die|the)\s+(?:[\w-]+\s+){0,2}?)?[A-ZÄÖÜ]")
# arriving without a destination: "flew in", "gelandet" (to where the story is)
_ARRIVED = ci(
    r"\b(?:flew in|flies in|flown in|eingeflogen|arrived|arrives|eingetroffen|angereist|gelandet|landed|touched down)\b"
)
# the side of a delivery a preposition names: "from Russia", "by Downing Street"; "to Ukraine", "an die Ukraine"
# a state's armed forces named by its adjective: "the Indonesian navy", "die polnische Armee"
# a state's makers: "der südkoreanischen Hersteller Hyundai Rotem", "the French defence group", "US manufacturer"
_MAKER_AFTER = ci(
    r"\s+(?:Hersteller\w*|Rüstungs(?:konzern|firma|hersteller|unternehmen)\w*|Werft\w*|manufacturers?|makers?"
    # "Two Korean firms signed a deal with Romania to export howitzers"
    r"|companies|firms|Firmen|Konzerne"
    r"|(?:defence |defense |arms )(?:group|company|firm|contractor|maker)s?|shipyards?)\b"
)
_FORCE_AFTER = ci(
    r"\s+(?:Marine|Luftwaffe|Armee|Streitkräfte\w*|Heer\w*|Küstenwache|Truppen|Militär|navy|air force|army|armed forces"
    r"|coast ?guard|marines|troops|military)\b(?!\s+(?:aircraft|helicopters|jets|vehicles|equipment|hardware|Ausrüstung))"
)
# a comment on the signing after it, not its parties: ", a step that ...", ", which ...", ", as both face ..."
_ASIDE_AFTER = ci(
    r",\s+(?:(?:a|an|the)\s+(?:step|move|sign|deal|signal|gesture)\b|which\b|as\b|while\b|whereas\b|weeks\b|days\b|"
    r"ein(?:e|en)?\s+(?:Schritt|Zeichen|Signal)\b|was\b|während\b)"
)
# who did not sign: "Haftar left without signing", "Haftar reiste ab, ohne zu unterschreiben"
_REFUSED_AFTER = ci(
    r"[^.;]{0,40}?\b(?:without signing|refused to sign|declined to sign|did not sign|didn't sign|ohne zu unter(?:zeichnen|schreiben)"
    r"|verweigerte\w* (?:die|seine|ihre) Unterschrift|unterschrieb\w* nicht|unterzeichnete\w* nicht)\b"
)
# a negation right before a verb: "had not been allowed to buy", "never delivered"
# a German sale stopped, the participle at the clause's end: "hat die Rüstungsexporte an Saudi-Arabien gestoppt"
_STOPPED_AFTER = ci(r"[^.;,]{0,80}?\b(?:gestoppt|ausgesetzt|eingestellt|untersagt|verboten|eingefroren|blockiert)\b")
# a sale denied, or stopped: "had not been allowed to buy", "had restricted arms exports to Turkey"
_NEGATED_BEFORE = ci(
    r"\b(?:not|never|nicht|nie|niemals|restrict\w*|halt(?:s|ed|ing)?|suspend\w*|stopp\w*|stopped|ban|banned|bann\w*|block\w*|"
    r"froze|frozen|freez\w*|eingeschränkt|schränkt\w*|ausgesetzt|untersagt\w*|verbiete\w*|verbot\w*|gestoppt"
    # a deal undone: "Australia scrapped a contract for French-designed submarines", "kündigte den Vertrag"
    r"|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?|annul\w*|tore up|storniert\w*|kündigt\w*|aufgekündigt)\b"
    r"(?:\s+[\w-]+){0,3}\s+$"
)
_SOURCE_SIDE = ci(
    # (not a host: "während seines Besuchs bei seinem brasilianischen Kollegen", "zu Gast bei"; nor whom a figure
    # is told of: "einen Anstieg gab es bei Ägypten, das ... bezog")
    r"\b(?:from|aus|von|by|durch|(?<!such )(?<!suchs )(?<!gast )(?<! es )bei)\s+(?:the |die |der |den |dem |das )?(?:\w+\s+){0,2}$"
    r"|\b(?:built|made|produced|manufactured)\s+in\s+(?:the\s+)?$"  # "three JF-17 jets built in Pakistan"
)
# where one buys or where something happened: "40 Eurofighter in Deutschland kaufen", "talks in South Africa"
_IN_SIDE = ci(r"\b(?:in|im)\s+(?:der |den |dem |the )?$")
# the partner of a deal: "signed a deal with Azerbaijan", "einen Vertrag mit Polen"
_DEAL_PARTNER = ci(
    r"\b(?:deals?|agreements?|contracts?|accords?|pacts?|MoUs?|Vertr(?:ag|äge)\w*|Abkommen|Vereinbarung\w*)\s+"
    r"(?:with|mit)\s+(?:the |die |der |den |dem |das )?(?:\w+\s+){0,2}$"
)
_FROM_STATE = ci(r"\b(?:from|aus)\s+(?:the\s+|dem\s+|der\s+)?$")  # "receive JF-17 jets from China"
_TO_VERB = ci(r"\b(?:to|zu)\s+$")  # an infinitive: "to supply", "zu liefern"
_WITH_SIDE = ci(r"\b(?:with|mit)\s+(?:the |die |der |den |dem |das )?(?:\w+['’]s\s+)?(?:\w+\s+){0,2}$")
# one more delivery of the arms told of before: "eine zweite Lieferung", "a further shipment"
_ANOTHER_DELIVERY = ci(
    r"\b(?:second|third|another|further|new|fresh|zweite\w*|dritte\w*|weitere\w*|erneute\w*|neue\w*)\s+"
    r"(?:\w+\s+)?(?:deliver\w*|shipments?|consignments?|batch|tranche|Lieferung\w*|Tranche|Charge)\b"
)
# a state's sanctions or laws against buyers of arms: "US sanctions", "ein US-Gesetz" (the state takes no part)
_SANCTIONS_AFTER = ci(r"(?:-|\s+)(?:sanctions?|sanktion\w*|gesetz\w*|laws?|legislation|embargo)\b")
_NAMED_ACT = re.compile(r"\s+(?:[A-Z]\w+\s+){0,2}Act\b")
# a state's adjective before the word for a minister's peer: "with his Danish counterpart"
_COUNTERPART_AFTER = ci(r"\s+(?:counterpart|colleague|Amtskolleg\w*|Kolleg\w*)\b")
_TO_ACTOR = ci(r"\b(?:to|an|nach|für|for|into)\s+(?:the |die |der |den |dem |das )?$")
# the buyer an order comes from: "einen Auftrag aus Indien", "an order from India"
_ORDER_FROM = ci(
    r"\b(?:Auftrag|Aufträge|Großauftrag|Bestellung\w*|orders?)\s+(?:\w+\s+)?(?:aus|from)\s+(?:the |der |dem |den )?$"
)
# "supplied Russia with drones", "equipped Kyiv with ...": the state right after the verb, then "with"
_SUPPLIED_WITH = ci(r"[\w.-]+(?:\s+[\w.-]+)?\s+with\b")
# a threat from a state: "the threat from Russia", "die Bedrohung durch Russland" (no seller of arms)
_TO_STATE_DIRECT = ci(r"\b(?:to|an|nach)\s+(?:the |die |der |den |dem |das )?$")
_TARGET_SIDE = ci(r"\b(?:to|an|nach|für|for|into)\s+(?:the |die |der |den |dem |das )?(?:\w+\s+){0,2}$")
# German separable "blieb dem Treffen ... fern"
# a meeting called off after its noun: "Das Treffen ... wurde wegen Zeitmangels abgesagt", "werde nicht stattfinden",
# "the summit was postponed", "the talks will not take place"
_CALLED_OFF_AFTER = ci(
    r"(?:(?!,\s+(?:and|und|but|aber|while|während)\b)[^.;]){0,140}?\b(?:(?:wurde|wird|werde|würde|ist|sei|was|were|has been|had been|have been|is|will be)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:abgesagt|verschoben|cancel(?:l)?ed|called off|postponed)"
    r"|(?:wird|werde|würde|wurde)\s+nicht\s+stattfinden|fand\s+nicht\s+statt|will not take place|did not take place"
    r"|(?:won't|would not|will not) (?:be held|go ahead))\b"
)
_MEETING_NOUNS = ("treffen", "gipfel", "gespräch", "verhandlungen", "meeting", "talks", "summit")
_STAYED_AWAY_DE = ci(
    r"\bblieb\w*\b[^;]{0,80}\b(?:Treffen|Gipfel\w*|Gespräch\w*|Sitzung)\b[^;]{0,100}\bfern\b"
    # "sagte das Treffen ab" (not "sagte zu Beginn seines Treffens mit Putin, ...": he spoke)
    r"|\bsagte\w*\b[^.;,]{0,60}\b(?:Treffen|Gipfel\w*|Gespräch\w*|Sitzung|Besuch|Reise)\b[^.;,]{0,40}\bab\b"
)
_ENVOY = ci(
    r"\b(?:\w*envoys?|special representative|representative|mediators?|negotiators?|\w*gesandte\w*|\w*beauftragte\w*|Vermittler\w*|Unterhändler\w*|Vertreter\w*|chair|chairman|chairwoman|chairperson|pro tempore president|Vorsitzende\w*|(?:special )?advis[eo]rs?|\w*berater\w*|\w*[Ss]ekretär\w*|secretary[ -]general)\b"
)
_AND_WORD = ci(r"\s(?:und|and)\s")
_APOSTROPHE_S = re.compile(r"['’]s?\s")  # "Guterres' ", "the EU's "
_BODY_ROLE = re.compile(r"([A-ZÄÖÜ][\w.]*)-(\w+)\s")  # "OSZE-Generalsekretär ", "EU-Außenbeauftragte "
# acting for a body: "für die Vereinten Nationen", "on behalf of the EU", "im Auftrag der EU-Außenbeauftragten"
_FOR_BODY = ci(
    r"\b(?:für|for|on behalf of|im Auftrag|im Namen|in the name of)\s+(?:the |die |der |des |den |dem )?(?:[\w-]+\s+){0,2}$"
)
_BROKER_AFTER = ci(
    r"(?:-|\s+)(?:brokered|mediated|mediation|Vermittlung|vermittelt\w*)\b|(?:\s+and\s+\w+|\s+und\s+\w+)\s+(?:mediation|Vermittlung)\b"
)
_THEIR_HOST = ci(
    r"\b(?:their|ihre[sm]?|der beiden|of the (?:two|four|three))\s+(?:\w+\s+)?(?:host|Gastgeber\w*)\W{0,3}$"
)
_ALONG_WITH = ci(
    r"\b(?:together with|along with|as does|zusammen mit|gemeinsam mit|neben|wie auch)\s+(?:der |dem |the )?"
)
# words that quote a phrase of someone's: "sprach von „…“", "nannte ihn „…“", 'called it "…"', 'described … as "…"'
_CALLED = ci(
    r"\b(?:sprach\w* von|spricht von|nannte\w*|bezeichnete\w*|begründete\w*|warf\w*|called|calls|described|termed|spoke of|speaks of|referred to)\b"
)
# an organisation that is the setting of a signing, not its party: "at an OSCE summit", "at a session
# of the UN Security Council", "on the margins of the UN General Assembly", "am Rande des
# NATO-Gipfels", "who chairs the African Union", "brokered by the World Bank", "den Vertrag über die
# Eurasische Wirtschaftsunion" (the treaty's subject)
_SETTING_BEFORE = ci(
    r"\b(?:(?:session|sessions|margins?|sidelines?|fringes?|meeting|summit|conference|chairs?|chairman|chairwoman|"
    r"chairmanship|presidency|founding|headquarters)\s+of|chairs|chaired|brokered\s+by|mediated\s+by|"
    r"Rande|Sitzung|Tagung|Gipfel|Vorsitz|Vorsitzende[rn]?|Gründung|vermittelt\s+von|Vermittlung|"
    r"(?:Vertrag|Abkommen)\s+über|treaty\s+(?:on|establishing))\s+(?:the\s+|an?\s+|des\s+|der\s+|dem\s+|die\s+|eine[rn]?\s+)?$"
)
_SETTING_AFTER = ci(
    r"(?:-|\s+)(?:summit|session|conference|meeting|Gipfel\w*|Sitzung|Tagung|Konferenz|Treffen"
    # a body naming what a state is: "to a NATO country, Poland", "an EU member state", "dem EU-Partner"
    r"|(?:member\s+)?(?:country|countries|state|states|ally|allies)|Mitglied\w*|Staat\w*|Land|Länder\w*|Partner\w*)\b"
)
_DELEGATIONS_OF_BEFORE = ci(
    r"\b(?:delegations?|representatives?|envoys|Delegation\w*|Vertreter\w*|Gesandte\w*)\s+(?:of|from|der|des|aus)\s+"
    r"(?:the\s+|den\s+)?(?:\w+\s+)?$"
)
_PRESENCE_AFTER = ci(r"(?:['’]s?)?\s+presence\b")
_WITNESS_BEFORE = ci(
    r"\b(?:in the presence of|witnessed by|looking on|watched by|im Beisein|in Anwesenheit|unter den Augen|vor den Augen)\b(?:[^.;]{0,50}?(?:,|and|und)\s+)?(?:[^.;,]{0,30}?)$"
)
# who helps a signing or is only its setting: "facilitated by Norway", "under the auspices of Barbados' Prime
# Minister", "with Mexico as host", "the Netherlands and Russia as accompanying countries", "EU-backed",
# "bypassing Russia", "with Chancellor Scholz attending", "..., Saudi Arabia and the United States said"
_AIDE_BEFORE = ci(
    r"\b(?:facilitated|brokered|mediated|hosted|sponsored|backed|supported|guaranteed)\s+by\s+(?:the\s+)?(?:\w+\s+){0,2}"
    r"(?:(?:and|und)\s+(?:the\s+)?(?:\w+\s+){0,2})?$"
    r"|\b(?:under the auspices of|auspices of|unter (?:der )?(?:Schirmherrschaft|Vermittlung|Leitung)|"
    r"vermittelt (?:von|durch)|bypassing|without|except|excluding|ohne)\s+(?:the\s+|der\s+|des\s+|dem\s+)?(?:\w+\s+){0,2}$"
    # "Auf Vermittlung Chinas unterzeichneten Myanmar und Bangladesch" (one word between at most: not Myanmar)
    r"|\b(?:(?:auf|dank der|nach|mit) Vermittlung|(?:through|with|thanks to|after|following) (?:the )?mediation (?:of|by))\s+"
    r"(?:the\s+|der\s+|des\s+|dem\s+)?(?:\w+\s+)?$"
)
_AIDE_AFTER = ci(
    r"(?:'s?|’s?)?(?:(?:,|\s+and|\s+und)\s+(?:the\s+|die\s+)?[\w'’-]+){0,3}\s+(?:as|als)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:hosts?|Gastgeber\w*|guarantors?|Garant\w*|observers?|"
    r"Beobachter\w*|witness\w*|Zeugen?|mediators?|Vermittler\w*|accompanying|facilitators?|co-chairs?|countries|states|Staaten)\b"
    r"|-(?:backed|brokered|sponsored|mediated|hosted)\b|\s+(?:attending|looking on|watching)\b"
    # "with King Salman seated between them": the host of the ceremony
    r"|\s+(?:seated|sitting|standing|stood|sat)\s+(?:between|beside|next to|alongside)\b"
    r"|(?:(?:,|\s+and|\s+und)\s+(?:the\s+|die\s+)?[\w'’-]+){0,3}\s+(?:said|says|announced|erklärten|teilten)\b"
)
# "X wurde am Sonntag in Asmara von Präsident Y empfangen": the participle closes a passive clause
_GERMAN_PASSIVE = ci(r"\b(?:wurde|wurden|worden|wird|werden)\b[^,;]*\bvon\b[^,;]*$")
_MEDIATORS_FROM = ci(r"\w*\s+(?:from|aus)\s+(?:the |dem |der )?")
# taking part in the talks just told: "Also present at the talks were X", "An den Gesprächen nahmen auch X teil"
_ALSO_PRESENT = ci(
    r"\b(?:(?:also present|also took part|joined|also attended) (?:at |in )?the (?:talks|meeting|negotiations)|"
    r"joined (?:them|him|her|the two|the three|the leaders|the ministers)|"
    r"(?:gesellte\w*|stieß\w*) (?:[\w-]+ ){0,8}?(?:hinzu|dazu)|"
    r"(?:an|bei) den (?:Gesprächen|Verhandlungen)\b[^.;]*\b(?:auch|ebenfalls)\b[^.;]*\b(?:teil|dabei|anwesend)|"
    r"(?:am|an dem|beim|bei dem) Treffen\b[^.;]*\b(?:auch|ebenfalls)\b[^.;]*\b(?:teil|dabei|anwesend))\b"
)
_MILITARY_BASE = ci(
    r"\b(?:Militärstützpunkt\w*|Militärbasis|Militärbasen|Luftwaffenstützpunkt\w*|Marinestützpunkt\w*|military bases?|air bases?|naval bases?)\b"
)
# a base in another state: "im armenischen Gjumri", "in Armenien", "in Syria", "auf der Krim"
_BASE_ABROAD = ci(r"\b(?:in|im|auf)\s+(?:der |dem |den |the )?$")
_ENERGY_PLANT = ci(
    r"\b(?:Kernkraftwerk\w*|Atomkraftwerk\w*|AKW|nuclear power (?:plant|station)s?|nuclear plants?|Reaktor\w*|reactors?|\w*[Pp]ipeline\w*|Gasleitung\w*|Raffinerie\w*|refinery)\b"
)
_BUILT = ci(
    r"\b(?:gebaut|errichtet|betrieben|baut|bauen|built|builds|build|constructed|construct\w*|operated|operates)\b"
)
# a dispute of two states: "the border conflict between Ethiopia and Eritrea", "die Spannungen zwischen ..."
_DISPUTE_WORDS = (
    r"\w*[Kk]onflikt\w*|\w*[Ss]treit\w*|Spannungen|Krise|Feindschaft|Zerwürfnis|Kriegs?|"
    r"(?:border |territorial )?(?:disputes?|conflicts?|tensions|crisis|feud|rift|rivalry|hostilities|war)"
)
_DISPUTE_BETWEEN = ci(rf"\b(?:{_DISPUTE_WORDS})\s+(?:\w+\s+){{0,3}}?(?:zwischen|between)\b")
_DISPUTE_AFTER = ci(rf"\w*\s+(?:\w+\s+)?(?:{_DISPUTE_WORDS})\b")
_SEQUENCE = ci(
    r"[,;]\s*(?:anschließend|danach|dann|später|and then|then|later|afterwards|before)\b(?!\s+(?:[A-Z]\w+\s+)?(?:prime minister|president|foreign minister|chancellor|premier|secretary))"
    r"|\b(?:and|und)\s+(?:was|wurde)\s+(?:\w+\s+){0,6}?(?:received|welcomed|greeted|hosted|empfangen|begrüßt)\b"
    r"|\b(?:and|und)\s+(?:later|also|then|afterwards|später|anschließend|danach)\s+(?:met|traf)\b"
)
# what one side signs alone: "Putin signed a decree", "unterzeichnete das Gesetz"
_UNILATERAL = ci(
    r"\b(?:decrees?|Dekret\w*|Erlass\w*|Ukas|executive orders?|laws?|Gesetz\w*|bills?|Verordnung\w*|legislation)\b"
)
# an agreement to do more: "agreed to strengthen cooperation", "vereinbarten, die Zusammenarbeit auszubauen"
_AGREED_TO = ci(r"\b(?:agreed|agree|decided|vereinbart\w*|einigten sich|verständigten sich|beschlossen)\b")
# a cooperation the parties have: "ihrer militärischen Zusammenarbeit", "their energy cooperation"
_THEIR = ci(r"\b(?:ihrer|ihre|their|unserer|unsere|our)\s+(?:[\w-]+\s+){0,2}$")
# negotiations concluded are no signing: "die Verhandlungen ... abgeschlossen", "concluded talks on"
_TALKS_CONCLUDED = ci(
    r"\b(?:Verhandlungen|Gespräche)\b[^.;]{0,100}\b(?:abgeschlossen|geschlossen)\b|\b(?:concluded|completed|finali[sz]ed)\s+(?:the\s+|their\s+)?(?:negotiations|talks)\b"
)
# a place inside a "from ..." phrase with no "to ..." after it: where the visitor came from
_ORIGIN = ci(r"\b(?:from|aus|von)\b(?!.*\b(?:to|nach|into)\b)")
_BETWEEN = ci(r"\b(?:zwischen|between)\b.{0,60}")
_BY = ci(
    r"\s*(?:by|durch|von|der|des|of)\s+(?:the\s+)?"
    # (past a body's title: "unter der Schirmherrschaft von NATO-Generalsekretär Stoltenberg", "by UN envoy X")
    r"(?:[\w.]+[- ](?:Generalsekretär\w*|Sondergesandte\w*|Gesandte\w*|Secretary[- ]General|envoy|special envoy)\s+"
    r"|[A-ZÄÖÜ][\w.]*-[A-ZÄÖÜ][\wäöüß]+\s+)?"  # ("von US-Außenminister Marco Rubio")
)
# a call by its verb ("spoke by phone with", "telephoned", "telefonierte mit"), and a call of several at once
_PHONE_VERB = ci(r"\b(?:spoke by (?:tele)?phone|(?:tele)?phoned|telefoniert\w*|sprach\w* (?:am|per) Telefon)\b")
_ONE_CALL = ci(
    r"\b(?:conference call|joint (?:phone )?call|three-way|gemeinsam\w*|zusammen|Telefonkonferenz|together)\b"
)
_WITH_EACH = ci(r"\b(?:mit|with)\b[^.;]{3,120}?\b(?:und|and|sowie|as well as)\s+(?:auch\s+|also\s+)?(?:mit|with)\b")
_LIST_OPENING = ci(r":\s*|\s[–—]\s+(?:the\s+|die\s+)?")
_PLURAL_MEDIATORS = ci(r"Vermittler(?:innen)?|mediators|guarantors|Garanten|co-?chairs|Ko-?Vorsitzenden")
# after a person's name in the genitive: someone of theirs ("Lulas außenpolitischer Berater", "Kim's father")
_OWNERS_OF = (
    r"(?:Berater\w*|Sprecher\w*|Gesandte\w*|Sondergesandte\w*|Vater|Sohn|Tochter|Bruder|"
    r"Schwester|Ehefrau|Frau|Witwe|Vorgänger\w*|Nachfolger\w*|Schwiegersohn|advis[eo]r|aide|spokes(?:man|woman|person)|"
    r"envoy|father|son|daughter|brother|sister|wife|widow|predecessor|successor|son-in-law)\b"
)
_GENITIVE = ("'s ", "’s ", "s ")
# a prince's title before his name or in apposition after it, and the title alone standing for him
_PRINCE_TITLE = re.compile(
    r"\b(?:Crown Prince|Prince|Kronprinz|Prinz)\s+(?:(?:[A-Z][\w-]*|(?:of|von)\s+[A-Z][\w ]{1,30},)\s+)?$"
    r"|,\s+(?:the\s+)?Crown Prince\b"
)
# (not a title that introduces a name: "der Kronprinz von Abu Dhabi, Mohammed bin Zayed", "the crown prince, X")
_PRINCE_ANAPHOR = re.compile(
    r"\b(?:[Tt]he (?:[Cc]rown )?[Pp]rince|(?:[Dd]er|[Dd]es|[Dd]em|[Dd]en) (?:Kronprinz|Prinz)(?:en)?)\b"
    r"(?!\s+[A-Z]|\s+(?:of|von)\b|\s*,)"
)
_GOVERNMENT_AFTER = ci(r"\s+(?:administration|government|cabinet|presidency)\b")
_GOVERNMENT_BEFORE = ci(r"\b(?:Regierung|Administration|Ära)\s+$")


# a subordinate clause opening a sentence: "On the day he met Putin, ...", "When Xi received him, ...", "Als
# Scholz mit Macron sprach, ..."
_OPENING_CLAUSE = ci(r"^\W*(?:On the day|When|As soon as|While|Whilst|Als|Während|Nachdem|Sobald|Bevor|Before)\b")
# the participles of the German perfect meeting ("hatte ... getroffen", "mit X besprochen")
_PERFECT_WORDS = ("getroffen", "gesprochen", "besprochen", "beraten", "erörtert")
_CIVIL_WAR = ci(r"\b(?:civil war|Bürgerkrieg\w*)\b")


def _origin_before(s: R.Sentence, pos: int) -> bool:
    """Whether a place at `pos` is where someone came from ("flew in from Moscow"); not after the
    visit's agent ("der Besuch von Präsident Maduro in Moskau": Moscow is where he went)."""
    lo = max(0, pos - 40)
    origin = _last(_ORIGIN, s.text[lo:pos])
    if origin is None:
        return False
    at = lo + origin.end()
    return origin.group(0).casefold() != "von" or not any(
        m.entity is not None and m.entity.type == "Person" and at <= m.start < pos for m in s.mentions
    )


def _acting_state(person: Entity, res: Resolver) -> Entity | None:
    """The state a person receives guests for: their country, unless they hold a body's office on the day
    (Charles Michel, once Belgium's prime minister, receiving for the EU in Brussels in 2022)."""
    held = res.office_of(person)
    return None if held is not None and held[1].type != "Country" else res.country_of(person)


def _talks_before(t: str) -> int:
    """Where a sentence's opening clause on talks held before its main clause ends ("After talks with
    Medvedev," -> its comma; "Nach dem Gespräch mit Macron traf ...": the next meeting verb; "Nach seinem
    Treffen mit Scholz reiste Macron ...": the travel verb), else -1."""
    before = _TALKS_BEFORE.match(t)
    if before is None:
        return -1
    lead = t.find(",", before.end())
    verb = R.MEETING.search(t, before.end())
    if verb is None and lead < 0:  # "Nach seinem Treffen mit Scholz am Dienstag reiste Macron nach Warschau weiter"
        verb = R.VISIT.search(t, before.end())
    return verb.start() if verb is not None and (lead < 0 or verb.start() < lead) else lead


def _government_words(t: str) -> bool:
    """A cheap test before _GOVERNMENT_AFTER/_BEFORE (substring tests: fifteen times faster than a search)."""
    return (
        "overnment" in t or "dministration" in t or "egierung" in t or "abinet" in t or "residency" in t or "Ära" in t
    )


_OWNER_OF = ci(r"(?:['’]s|s)?\s+(?:[\w-]+\s+){0,2}?" + _OWNERS_OF)
# a look back at an earlier event ("war zuletzt im Juli 2000 in Nordkorea", "had last met in 2019")
_LOOK_BACK = ci(r"\b(?:zuletzt|damals|seinerzeit|last (?:visited|met|came|travell?ed|was)|back then|at the time)\b")
_LOOK_BACK_WORDS = ("zuletzt", "damals", "seinerzeit", "last ", "back then", "at the time")


def _month_of_a_clause_after(t: str, at: int) -> bool:
    """Whether the month named at `at` sits in an appositive or relative clause that follows an event's
    clause ("signed the agreement, the first of the deals promised ... last July"): a month of
    something else."""
    m = _APPOSITIVE.search(t, 0, at)
    return m is not None and bool(R.SIGN.search(t, 0, m.start()) or R.MEETING.search(t, 0, m.start()))


# the words before a trip's destination: a state ("nach Russland", "visiting Tonga"), a place ("to the
# resort of Sochi", "reached Honiara")
_TRIP_TO = (  # (not "according to US officials")
    r"nach|in|(?<!according )to|visit(?:ed|s|ing)?|besucht\w*|reached|erreichte\w*|toured|into"
    r"|(?:left|leaves|departed|departs|set off|sets off|headed|heads) for"
    # the states a tour goes through: "eine Rundreise durch Ghana, Togo und Benin", "a tour of Ghana"
    r"|(?<=Rundreise )durch|(?<=tour )(?:of|through)"
)
_TO_STATE = ci(rf"\b({_TRIP_TO}|into|Besuch in)\s+(?:die |den |das |the )?$")
_TO_PLACE = ci(rf"\b({_TRIP_TO}|Stadt|city|resort)\s+(?:\w+\s+)?$")
# ("im Kreml", "im Kanzleramt": a seat of government's town; "in der Hauptstadt Havanna", "to the capital, Hanoi")
_IN_TO = ci(r"\b(?:in|im|nach|to)\s+(?:(?:der|die|the)\s+(?:\w+\s+)?(?:Hauptstadt|capital|Stadt|city),?\s+)?$")
# where one stays, not where one goes ("in Ruanda", not "nach Israel")
_STAYING_IN = ci(r"\b(?:in|im)\s+(?:the\s+)?$")
# "Scholz, on a Tokyo visit", "during his China trip": the place named right before the trip noun
_DETERMINER_BEFORE = ci(r"\b(?:a|an|the|his|her|their|its)\s+$")
_NOUN_AFTER_PLACE = ci(r"\s+(?:(?:state|official|working|first|maiden|two-day|three-day)\s+)?$")


def _named_before_trip(t: str, m: Mention, mv: re.Match[str]) -> bool:
    """Whether a name stands right before the trip noun, after an article: "on a Tokyo visit", "his China trip"."""
    return (
        m.kind == "name"
        and m.end <= mv.start()
        and _NOUN_AFTER_PLACE.fullmatch(t, m.end, mv.start()) is not None
        and _DETERMINER_BEFORE.search(t, max(0, m.start - 8), m.start) is not None
    )


# a word before a name that makes it no object of "besuchen": "besuchte mit Macron ...", "in Kiew", "und Japan"
_NOT_OBJECT_BEFORE = ci(
    r"\b(?:aus|von|vom|mit|für|gegen|zwischen|über|bei|beim|nach|in|im|an|am|auf|zu|zur|zum|durch|seit|vor|wie|als|und|oder|sowie)\s+(?:\w+\s+)?$"
)
_GAP_STOP = re.compile(r"[,.;:!?„“\"()–]")
# a clause of its own after a German verb: "gereist und hatte Abbas getroffen"
_AND_CLAUSE = ci(r"\s+(?:und|sowie)\s+(?:hatte|hat|hatten|haben|war|ist|waren|sind|traf|trafen|sprach|sprachen)\b")


def _state_of_mention(m: Mention, res: Resolver) -> Entity | None:
    """The state a mention names: itself, by its adjective, or by its capital ("Washington's allies")."""
    if m.country is not None:
        return m.country
    if m.entity is not None and m.entity.type == "Place":
        return res.country_of(m.entity)
    return m.entity


def _mediation_cues(t: str, first: re.Match[str]) -> list[re.Match[str]]:
    """The sentence's first mediation word, and each later one past a clause break (a comma, colon, bracket
    or dash: "..., while Germany, Spain, Sweden and Switzerland accompany them"). Only "while"/"whereas"
    clauses as breaks was measured worse in session 22: 7 right fewer on the held-out articles."""
    cues = [first]
    for later in R.MEDIATE.finditer(t, first.end()):
        if _CLAUSE_BREAK.search(t, cues[-1].end(), later.start()):
            cues.append(later)
    return cues


def _paid_a_visit(t: str, mv: re.Match[str], m: Mention) -> bool:
    """Whether the name is the one a German "einen Besuch abstatten" is paid to, between the verb and the noun:
    "stattete Deutschland am Dienstag einen Besuch ab", "hatte Deutschland einen Staatsbesuch abgestattet"."""
    if mv.group(0).casefold().startswith("statte"):  # the split verb matched whole
        return mv.start() < m.start < mv.end()
    gap = t[m.end : mv.start()]
    return (
        0 <= len(gap) <= 40
        and not _GAP_STOP.search(gap)
        and (_PAYS.search(t, max(0, m.start - 60), m.start) is not None or _PAID.match(t, mv.end()) is not None)
    )


_PAYS = ci(r"\bstatte\w*\b")
_PAID = ci(r"\w*\s+(?:abgestattet|abzustatten|abstatten)\b")


def _visited_apart(t: str, mv: re.Match[str], m: Mention) -> bool:
    """Whether the name is the object of a German "besuchen" with words between them: "besuchte im Mai 2015
    Südkorea", "hatte Südkorea zuletzt im Mai 2015 besucht", "will im November Indien besuchen", "besuchte am
    14. März Tiflis"; `t` is the sentence with its people blanked out, so that a subject set off by commas may
    stand between ("besuchte die deutsche Außenministerin, Annalena Baerbock, Tiflis")."""
    verb = mv.group(0).casefold()
    if not verb.startswith("besuch") or verb.startswith("besuchs"):
        return False
    if m.start >= mv.end():
        gap = t[mv.end() : m.start]
    elif verb in ("besucht", "besuchen"):  # the participle or infinitive at the clause's end
        gap = t[m.end : mv.start()]
    else:
        return False
    gap = _APART_GAP_NOISE.sub(" ", gap)  # (a day's full stop, a blanked name set off by commas)
    return (
        len(gap) <= 40 and not _GAP_STOP.search(gap) and not _NOT_OBJECT_BEFORE.search(t, max(0, m.start - 24), m.start)
    )


_APART_GAP_NOISE = re.compile(r"(?<=\d)\.|,?\s*(?:(?:Dr|Prof)\.\s*)?\s{3,},")


# a live blog's time stamp opening an entry: "Mittwoch, 9.05 Uhr –", "Tuesday, 14:30 –", "**10:40** –"
_STAMP = re.compile(r"^[\W_]*(?:[A-Za-zÄÖÜäöüß]+,?\s+)?\d{1,2}[.:]\d\d(?:\s*(?:Uhr|h))?[\W_]*?\s*[–—-]\s+")
# a person after these words is the object or the agent of a clause, not its subject
_OBJECT_BEFORE = ci(r"\b(?:mit|with|von|by|bei|an|zu|to)\s+(?:[\w.-]+\s+){0,3}$")
# where a sentence's next clause begins: ", and received ...", ", und empfing ...", ", then met ..."
_NEXT_CLAUSE = ci(
    r",\s+(?:and|und|then|dann|before|bevor|later|später|anschließend|afterwards)\b"
    # a time of day opening the next main clause: "..., am späten Abend stand er in Tiflis neben ..."
    r"|,\s+(?:am|in der|on|in the|that|later that)\s+(?:\w+\s+)?(?:Abend|Morgen|Nachmittag|Vormittag|Nacht|evening|morning|afternoon|night)\b"
    # a later day: "..., einen Tag später sprach er in Kairo mit al-Sisi", ", two days later he met ..."
    r"|,\s+(?:einen|zwei|drei|a|one|two|three)\s+(?:Tag|Tage|days?)\s+(?:später|danach|darauf|later|after)\b"
)
# a title held of a town: "the Crown Prince of Abu Dhabi", "der Bürgermeister von Kiew"
# a relation with a state named by its capital: "close ties with Moscow", "pressure on Beijing", "Beziehungen zu Moskau"
_RELATION_BEFORE = ci(
    r"\b(?:ties|relations|relationship|links|pressure|rapprochement|Beziehungen|Verbindungen|Verhältnis|Druck"
    r"|Annäherung)\s+(?:[\w-]+\s+){0,2}?(?:with|on|to|mit|zu|auf)\s+$"
)
# (one person's name or title, "bei", the other's: the whole headline)
_HEADLINE_BEI = re.compile(r"(?<=[\w)])\s+bei\s+(?=(?:[\w-]+\s+){0,3}?[A-ZÄÖÜ][\w-]+\s*$)")


def _headline_call(t: str, persons: list[Entity]) -> bool:
    """A German headline of a call on someone: "Emir von Kuwait bei Olaf Scholz", "Selenskyj bei Macron" (a
    short line without a final stop, two people, "bei" between them)."""
    return (
        " bei " in t and len(t) <= 120 and t[-1:] not in ".!?:" and len(persons) == 2 and bool(_HEADLINE_BEI.search(t))
    )


# the days a tour runs: "vom 10. bis 15. Dezember", "December 10-15", "from 10 to 15 December"
_DAY_RANGE = ci(
    r"\b\d{1,2}\.?\s*(?:bis(?: zum)?|-|–|to)\s*\d{1,2}\.?\s+(?:Jan|Feb|Mär|Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b"
)
# the one a meeting was with: "after talks with Ghana's president, X", "nach einem Treffen mit X"
_MET_BEFORE = ci(
    r"\b(?:meeting|talks|Treffen|Gespräch\w*)\s+with\b[^.;]{0,50}$|\b(?:Treffen|Gespräch\w*)\s+mit\b[^.;]{0,50}$"
)
_TOWN_TITLE_BEFORE = ci(
    r"\b(?:Crown Prince|Prince|Emir|King|Sultan|Mayor|Governor|Kronprinz\w*|Prinz\w*|König\w*|Bürgermeister\w*"
    r"|Gouverneur\w*)\s+(?:of|von)\s+$"
)
# a vote whose day follows: "nach seiner Wiederwahl am 28. Mai", "der Präsidentschaftswahlen vom", "the election on"
_VOTE_BEFORE = ci(
    r"\b(?:\w*wahl(?:en)?|elections?|polls|vote|referendum|Referendum|Abstimmung|Volksabstimmung|inauguration"
    r"|Amtseinführung|Vereidigung|swearing-in)\s+(?:am|vom|on|of|held on)\s+(?:the\s+)?$"
)


# the story's own day: "Earlier in the day", "later in the day", "Im Laufe des Tages", "Später am Tag"
_IN_THE_DAY = ci(r"\b(?:(?:earlier|later) in the day|(?:früher|später|zuvor) am Tag|im Laufe des Tages)\b")
# the end of a stay ("ist bis 23. Oktober in Österreich", "stays until Friday"): the events began before it
_UNTIL_BEFORE = ci(r"\b(?:bis(?:\s+zum)?|until|till)\s+(?:next\s+|nächsten\s+)?$")


def _event_day(t: str, published: str | None, last_year: int | None = None) -> tuple[str, int, int] | None:
    """The first date of the text that is not a vote's ("nach seiner Wiederwahl am 28. Mai", "after the election on
    5 May": no day of the events told) nor a stay's end, as N.find_date gives it."""
    date = N.find_date(t, published, last_year)
    while date is not None and (
        _VOTE_BEFORE.search(t, max(0, date[1] - 40), date[1]) or _UNTIL_BEFORE.search(t, max(0, date[1] - 12), date[1])
    ):
        told = N.find_date(t[date[2] :], published, last_year)
        date = (told[0], told[1] + date[2], told[2] + date[2]) if told else None
    return date


_AGENT_BEFORE = ci(r"\b(?:by|von|durch)\s+(?:[\w-]+\s+){0,3}$")
# what may stand between "visited" and the one visited: a title ("President", "his Russian counterpart")
_AT_PERSON = ci(
    r"\s+(?:bei|beim|to)\s+(?:(?:dem|der|den|seinem|seiner|ihrem|ihrer|the|his|her)\s+)?(?:[\w.-]+\s+){0,3}"
)
_AT_PERSON_BEFORE = ci(r"\b(?:bei|beim)\s+(?:(?:dem|der|den|seinem|seiner|ihrem|ihrer)\s+)?(?:[\w.-]+\s+){0,3}$")
_TITLE_GAP = re.compile(r"\s?(?:(?:his|her|their|the)\s+)?(?:(?:[A-Z][\w.-]*|counterpart|host)\s+){0,4}")
# a concessive or causal clause, whose places are not the event's ("..., obwohl gegen sie in Moskau ...")
_ASIDE_CLAUSE = ci(r",\s+(?:obwohl|obgleich|wenngleich|weil|although|though|even though|because)\b")
# motion verbs that are a trip only when the place follows ("went to Kiribati", not "went to the polls")
_BEING_IN_EN = ("was in", "were in", "is in", "are in")  # "Modi is in Ghana for two days": a person there
_DESTINATION_NEXT = (
    "came to", "comes to", "coming to", "kam ", "kamen ", "kommt ", "kommen ", "went to", "goes to", "headed to",
    "heads to", "hurried to", "rushed to", "returned to", "reached", "stopped", "toured", "erreichte", "machte",
    "went on", "continued", *_BEING_IN_EN, "stop", "short stop", "brief stop", "unannounced stop", "surprise stop",
)  # fmt: skip


def _blank_people(s: R.Sentence) -> str:
    """The sentence with the names of its people replaced by spaces (same offsets)."""
    t = s.text
    spans = [(m.start, m.end) for m in s.mentions if m.entity is not None and m.entity.type == "Person"]
    if not spans:
        return t
    out, at = [], 0
    for a, b in sorted(spans):
        if a >= at and b <= len(t):
            out += [t[at:a], " " * (b - a)]
            at = b
    return "".join([*out, t[at:]])


def _states_named(s: R.Sentence, states: list[Entity], res: Resolver) -> list[Entity]:
    """The states a sentence names, by adjective or by their people too ("Chinese President Xi Jinping
    hosted the leaders of Kazakhstan, ...": China as well)."""
    people = (res.side_of(p) for p in s.ents(*_PERSONS, kinds=("name", "surname", "role")))
    return R._uniq([*s.adj_countries(), *(c for c in people if c is not None and c.type == "Country"), *states])


def _from_here(s: R.Sentence, pos: int) -> bool:
    """Whether the place at `pos` belongs to a place of origin ("flew in from the summit in X"), not after a
    participle of coming ("aus Baku kommend in X": the destination), someone's belongings ("Die Maschine von
    Wladimir Putin ist in Neu-Delhi gelandet") or the agent of a German passive ("wurde von seinem
    Amtskollegen Erdogan in Istanbul empfangen")."""
    found = _FROM_HERE.search(s.text[max(0, pos - 40) : pos])
    if found is None or _COMING.search(found.group(0)):
        return False  # ("von Baku kommend in Ankara", "coming from Baku, arrived in Ankara": the destination)
    after = max(0, pos - 40) + found.start() + len(found.group(0)) - len(found.group(0).split(None, 1)[1])
    agent = found.group(0)[:3].casefold() == "von"
    return not any(
        (m.start == after or (agent and after <= m.start < pos)) and m.entity is not None and m.entity.type == "Person"
        for m in s.mentions
    )


def _comes_to_place(s: R.Sentence, unpeopled: str, end: int) -> bool:
    """Whether a place or country is named right after "came to", "kam nach", "erreichte" (at `end`;
    the traveller's name may stand between: "erreichte Wang Yi Honiara")."""
    return any(
        m.entity is not None
        and m.entity.type in ("Place", "Country")
        and m.start >= end
        and len(unpeopled[end : m.start].strip()) <= 3
        for m in s.mentions
    )


# what may stand right before a traveller's "was in": "he was in", "who was in", "..., was in", "and was in"
_WAS_IN_SUBJECT = re.compile(r"(?:\b(?:he|she|they|who|and|already|then|also|still)|,)\s*$")


_FOLD_UMLAUTS = str.maketrans("äöü", "eou")


def _titled_as(person: Entity, word: str, day: str | None) -> bool:
    """Whether the person held, on the day, an office whose title begins as the office word does ("President",
    "Präsident"; not "King" for "the President")."""
    head = word.split()[-1].casefold().translate(_FOLD_UMLAUTS)[:5] if word.strip() else ""
    return any(
        (o.title or "").casefold().translate(_FOLD_UMLAUTS)[:5] == head and (day is None or o.held_on(day))
        for o in person.offices
    )


def _day_after(
    s: R.Sentence, date: tuple[str, int, int] | None, day: str | None, trig: re.Match[str], ctx: R.Context
) -> str | None:
    """The day of an event whose sentence's first date lies in commas after a person's name, right before
    the event's word: "Santos, sworn in only on Saturday, received Chávez" is not of Saturday; "Wong, sworn
    in on May 23, landed in Fiji on May 26" is of the date after the word. Otherwise `day`, the sentence's."""
    if date is None or day is None:
        return day
    t, at = s.text, trig.start()
    opening, closing = t.rfind(",", 0, date[1]), t.find(",", date[2], at) if date[2] < at else -1
    apposition = (
        opening > 0
        and closing > 0
        and not t[closing + 1 : at].strip()  # the event's word right after the closing comma
        and any(m.entity is not None and m.entity.type == "Person" and 0 <= opening - m.end <= 1 for m in s.mentions)
    )
    if not apposition:
        return day
    later = N.find_date(t[trig.end() :], ctx.published)
    return later[0] if later else None


_NOT_NAMES = frozenset(
    "Am Im In Der Die Das Den Dem Des Ein Eine On The At By For From With Von Mit Nach Seit Vor Bei Als When After "
    "Before Last This Next Mr Mrs Ms Dr Herr Frau".split()
)


_NAME_WORD = re.compile(r"[^- ]+")


def _unknown_name_before(s: R.Sentence, end: int) -> bool:
    """Whether a name kg does not know stands before `end`: two or more capitalised words, none of them a
    function word, weekday or month, that no mention covers ("Im November 2007 war Schimon Peres nach Ankara
    gereist")."""
    for m in _FULL_NAME.finditer(s.text, 0, end):
        run: list[int] = []  # the starts of the name's words in a row that are no function word or date
        for w in _NAME_WORD.finditer(m.group()):
            if (
                w.group() in _NOT_NAMES
                or w.group().casefold() in N.WEEKDAYS
                or w.group().casefold() in N.MONTHS
                or _PERSON_NOUN_WORD.fullmatch(w.group())  # "der Diplomat Tunesien": a noun, then a state
            ):
                run = []
                continue
            run.append(m.start() + w.start())
            if len(run) >= 2 and not any(x.start <= run[0] < x.end for x in s.mentions):
                return True
    return False


_BEING_IN = re.compile(r"(?:ist|war|sind|waren)\b", re.IGNORECASE)


_PERSON_AFTER_VERB = re.compile(r"\w+\s+(?:er|sie)\s")  # "war er in", "waren sie in"


def _someone_was_there(s: R.Sentence, mv: re.Match[str], lang: str) -> bool:
    """Whether "was in" says a person was at a place: "Two days later Petri was in Brussels" (the
    person right before, the place right after; not "the deal was in Canada's interest" nor the
    German "Was in Brüssel ...")."""
    t = s.text
    if lang == "de":  # "Auch Senegals Präsident Faye ist in Peking", "Scholz war am Montag in Kiew": the person first
        return (
            any(m.entity is not None and m.entity.type == "Person" and 0 <= mv.start() - m.end <= 2 for m in s.mentions)
            # or right after the verb: "Gestern war er in Saudi-Arabien", "Am Samstag war der Kanzler in Riad"
            or _PERSON_AFTER_VERB.match(t, mv.start(), mv.end()) is not None
            or any(
                (m.entity is not None and m.entity.type == "Person") or m.kind == "office"
                for m in s.mentions
                if mv.start() < m.start < mv.end()
            )
        ) and any(
            m.entity is not None and m.entity.type in ("Place", "Country") and 0 <= m.start - mv.end() <= 1
            for m in s.mentions
        )
    if not t[mv.start()].islower():
        return False
    person = _WAS_IN_SUBJECT.search(t, max(0, mv.start() - 12), mv.start()) is not None or any(
        m.entity is not None and m.entity.type == "Person" and 0 <= mv.start() - m.end <= 2 for m in s.mentions
    )
    return person and any(
        m.entity is not None
        and m.entity.type in ("Place", "Country")
        and m.start - mv.end() <= 1
        and m.start >= mv.end()
        and not t.startswith(("'s", "’s"), m.end)
        for m in s.mentions
    )


def _looks_back(t: str, low: str) -> bool:
    """Whether a sentence looks back at an earlier event (a substring test before the pattern)."""
    return any(map(low.__contains__, _LOOK_BACK_WORDS)) and _LOOK_BACK.search(t) is not None


_TALKS_OR_PEACE = ci(
    r"\b(?:talks|negotiations|Gespräche\w*|Verhandlung\w*|Friedens\w*|peace|ceasefire|truce|Waffenruhe|Waffenstillstand|Feuerpause)\b"
)
_CO_CHAIR = ci(r"Ko-?Vorsitz|Kovorsitz|co-?chair|gemeinsam\w* (?:den )?Vorsitz|jointly chair")
# "Russland gehört mit den USA und Frankreich zu den Kovorsitzenden", "Russia, along with the US and France, co-chairs"
_ALONG = r"(?:zusammen mit|gemeinsam mit|along with|together with)\s+(?:den|der|dem|the)?\s*"
_ALONG_BEFORE = ci(rf"\b{_ALONG}$")
# a state one arms against is no party to a deal: "the threat from Russia", "amid tensions with Russia"
_RIVAL_BEFORE = ci(
    r"\b(?:threats?|Bedrohung\w*|attacks?|Angriff\w*|pressure|Druck|aggression|Aggression|danger|Gefahr\w*)\s+"
    r"(?:from|aus|von|durch)\s+(?:the |die |der |den |dem |das )?(?:\w+\s+){0,2}$"
    r"|\b(?:tensions?|conflicts?|war|stand-?off|Spannungen|Konflikt\w*|Krieg\w*)\s+"
    r"(?:with|mit)\s+(?:the |die |der |den |dem |das )?(?:\w+\s+){0,2}$"
)
_THROUGH_BEFORE = ci(
    r"\b(?:mit|through|via|im Rahmen|within|in the framework of|als Teil|as part of|innerhalb)\s+(?:der|des|dem|the|ihrer|their)\s+"
    r"(?:sogenannten\s+|so-called\s+)?$"
)
_CLAUSE_BREAK = re.compile(r"[,;:(–—]")
# a mediator's title and the name after it: "UN mediator X", "der Vermittler der Vereinten Nationen (UN), X,"
_MEDIATOR_TITLE = ci(r"vermittler(?:in)?|mediator")
_MEDIATED_BY = ci(r"vermittelt|mediated|brokered|facilitated")
_NAME_GAP = re.compile(r"\s*,?\s*")
_BODY_OF_GAP = ci(r"\s+(?:der|des|of the|of)\s+")
_APPOSITION_GAP = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*,\s*")
_ALONG_OPENING = ci(rf"\s*{_ALONG}")
_ALONG_GAP = ci(
    r"\s*,?\s*(?:gehört|gehören|zählt|zählen|is|are|sits?)?\s*(?:mit|zusammen mit|gemeinsam mit|along with|together with)\s+(?:den|der|dem|the)?\s*"
    # in concert with another between the subject and its verb: "Katar hatte in Absprache mit den USA vermittelt"
    r"|\s+(?:hat|hatte|hatten|haben|has|have|had)?\s*(?:in (?:enger )?(?:Absprache|Abstimmung) mit|in (?:close )?coordination "
    r"with)\s+(?:den|der|dem|the)?\s*"
)
_SINCE = ci(r"\b(?:since|seit|seitdem)\b[^,.;:–]*$")  # (not "seit Jahrzehnten: Tsai ist am Mittwoch ...")
_PLAYS_A_ROLE = ci(
    r"\s+(?:playing|played|has played|had played|spielte|spielt)\s+(?:a|an|eine)\s+(?:\w+\s+){0,2}(?:role|Rolle)\b"
)
_SINCE_RIGHT_BEFORE = ci(r"\b(?:since|seit)\s+(?:dem\s+|the\s+)?$")
# an appositive or relative clause after the event's clause: "signed the agreement, the first of the deals
# promised at the summit in Vilnius last July"; "..., die im vergangenen Juli vereinbart wurden"
_APPOSITIVE = ci(r",\s+(?:the|a|an|which|who|whose|der|die|das|den|dem|welche\w*)\s[^,;:]*$")
# where the words of the next figure begin: ", die Einfuhren ..."
_NEXT_FIGURE = re.compile(r",\s")
# a state's trade with all partners ("Russia's total exports"), not with one
_ALL_PARTNERS = ci(r"\b(?:total|insgesamt|gesamte?n?|weltweit\w*|worldwide|global\w*|overall|all partners)\b")
_RAISED_TO = ci(
    r"\b(?:auf|to)\s+(?:(?:zunächst|erst|dann|rund|etwa|about|around|some|over|more than|mehr als|über)\s+)?$"
)
_WILL_RAISE = ci(
    r"\b(?:would|will|wants? to|plans? to|aims? to|seeks? to|hopes? to|agreed to|pledged to|vowed to)\s+(?:[\w-]+\s+)?"
    r"(?:increase|raise|boost|lift|double|triple|bring|expand|grow)\b"
)
_PAST_FIGURE = ci(r"\b(?:reached|erreichte\w*|amounted|belief|betrug|totalled|totaled|was|war|stood at|lag)\b")
# (the present of travelling on is a schedule: "Albanese flies on to Fiji on Wednesday", "reist am Mittwoch weiter")
_FUTURE = ci(
    r"\b(?:will|wird|werden|shall|is to|are to|is due to|are due to|soll|sollen"
    r"|(?:flies|travels|heads|goes|moves) on\b|(?:fliegt|reist|fährt)\b[^.;,]{0,40}\bweiter"
    # the present of a departure: "Blinken leaves for Senegal on Saturday"
    r"|(?:leaves|departs|heads|flies|travels) (?:for|to)\b"
    # a headline's infinitive: "PM to leave for Ankara on Friday"
    r"|to (?:leave|depart|fly|travel|head) (?:for|to)\b)\b"
)
# the people of a list: "Erdoğan and Georgian Prime Minister Kvirikashvili", "Alijew, Putin und Rohani",
# "Georgia's Saakashvili, Turkey's Sezer and Kazakhstan's Nazarbayev"
_PERSON_LIST_GAP = ci(  # (a state in brackets after a name: "Buhari (Nigeria), Mahama (Ghana) und ...")
    r"(?:\s*\([^()]{1,30}\))?\s*(?:,|and|und|sowie|as well as)\s*(?:(?:and|und)\s+)?(?:(?:der|die|the)\s+)?(?:[A-Z][\w.-]*['’]s\s+)?"
)
# a list's joint before a title ("..., Südsudans Präsident Salva Kiir"), and the lower-case words of titles
_LIST_JOIN = ci(r"\s*(?:,|and|und|sowie|as well as)\s+(?:(?:der|die|the)\s+)?")
_ARTICLES_BEFORE_TITLE = frozenset(
    ("der", "die", "dem", "den", "the", "a", "an", "ein", "eine", "einem", "einen")
)  # "und der EU-Sonderbeauftragte X"
_OF_STATE = re.compile(r"\s+(?:of|from|aus)\s+(?:the\s+)?X(?=\s*(?:,|and\b|und\b))")
_TITLE_WORDS = frozenset(
    "president prime minister foreign defence defense chancellor premier king emir crown prince leader head of "
    "state government vice deputy secretary general chief counterpart envoy special new neue neuer neuen former "
    "ehemalige ehemaliger ehemaligen frühere früherer früheren".split()
)
# one more of them after the verb: "..., as did US Energy Secretary Samuel Bodman", "..., ebenso wie"
# a place's name that is part of a document's or a process's name
_NAMES_A_DOCUMENT = ci(
    r"[\s-](?:Document|Declaration|Agreement|Accords?|Protocols?|Process|Format|Charter|Communiqué"
    r"|Dokument|Erklärung|Abkommen|Protokoll|Prozess|Format|Vereinbarung)\b"
)
# a verb of saying: what follows it is reported ("Misri said Abdullah had called ..."); fewer verbs than
# R.SPEECH: "announced the breakthrough alongside the presidents" is the event itself
_SAID_VERB = ci(
    r"\b(?:said|says|told reporters|sagte|sagt|erklärte|berichtete|announced that|confirmed that|bestätigte"
    r"|teilte (?:[\w-]+ ){0,3}?mit|gab (?:[\w-]+ ){0,6}?bekannt)\b"
)
# the bodies seated in a city, which visitors to it come to see ("in Brussels for talks with Barroso")
_SEATS = {"Brussels": ("European Union", "North Atlantic Treaty Organization")}
# a body and its co-chairs: "the Minsk Group, which was co-chaired by", "die Gruppe, die gemeinsam ... leiten"
_CHAIRED_BODY_GAP = ci(
    r"(?:,\s*(?:which|die|der|das)\s+|,\s*)?(?:(?:was|is|were|has been|had been|wurde|wird|werden)\s+)?(?:jointly\s+)?"
)
# who travels along: "mit ihren Amtskollegen", "with her counterparts", "accompanied by"
_WITH_BEFORE = ci(
    r"\b(?:(?:together|along|zusammen|gemeinsam)\s+)?(?:mit|with|accompanied by|begleitet von|in Begleitung (?:von|seine[rs]|ihre[rs]))\s+"
    r"(?:(?:seinen|seinem|seiner|ihren|ihrem|ihrer|den|dem|der|his|her|their|the)\s+)?(?:[\w-]+\s+){0,3}$"
)
_AS_DID = ci(r"[,;]\s+(?:as\s+did|as\s+had|ebenso\s+wie|wie\s+auch)\s+(?:[\w.'’-]+\s+){0,5}$")
# a meeting offered or proposed, not held
_OFFER = ci(
    r"\b(?:bot\w*\b[^.]*\ban\b|anzubieten|angeboten|Angebot\w*|offer\w*|propos\w*|vorgeschlagen|schlug\w*\b[^.]*\bvor\b|vorzuschlagen|suggest\w*)"
)
# a group of leaders meeting, named one by one afterwards
_LEADERS = ci(
    r"\b(?:Staats- und Regierungschefs|Staatschefs|Regierungschefs|Staatsoberhäupter|Präsidenten der|Außenminister der|leaders of|heads of state|heads of government|presidents of|foreign ministers of)\b"
)
# taking part in it: "Den Vorsitz führte X", "sprach dort", "schaltete sich zu", "X chaired", "joined the call"
_TOOK_PART = ci(
    r"\b(?:dort|there|Vorsitz|chaired|presided|zugeschaltet|schaltete\w* sich\b[^.]*\bzu|joined|took part|participated|attended|nahm\w*\b[^.]*\bteil|teilgenommen)\b"
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _months_before(month: str, published: str) -> int:
    """How many months `month` (YYYY-MM) lies before the month of `published`."""
    return int(published[:4]) * 12 + int(published[5:7]) - int(month[:4]) * 12 - int(month[5:7])


# a month to come: "soll im November unterzeichnet werden", and the present of a trip: "Modi reist im Juni nach
# Tokio", "Modi travels to Tokyo in June" (news tells what is under way in the present)
_FUTURE_MONTH = ci(
    r"\b(?:will|wird|werden|shall|is to|are to|is due to|are due to|soll\w*|should|planned|geplant"
    r"|reist|reisen|fliegt|fliegen|travels|flies|is travell?ing|are travell?ing|is visiting|are visiting)\b"
)
_PRONOUN = ci(r"\b(?:" + "|".join(sorted(PRONOUNS)) + r")\b")
_SUBJECT_PRONOUN = ci(r"\b(?:" + "|".join(sorted(SUBJECT_PRONOUNS)) + r")\b")
_OBJECT_PRONOUN = ci(r"\b(?:him|ihn|ihm)\b")
# a sentence that opens on the year before the news': "Last year, ...", "Vergangenes Jahr ...", "Im Vorjahr ..."
_LAST_YEAR_OPENING = ci(r"\W*(?:last year|(?:im )?vergangene[ns]? jahr|im vorjahr|letztes jahr)\b")
# the forms of address and titles that tell a person's sex (English titles are the same for both: "Prime Minister")
_WOMAN_BEFORE = ci(r"\b(?:Mrs|Ms|Madam|Queen|Princess|Lady)\.?\s+$")
_WOMAN_BEFORE_DE = ci(r"(?:präsidentin|kanzlerin|ministerin|chefin|königin|prinzessin|sprecherin|\bFrau)\s+$")
_MAN_BEFORE = ci(r"\b(?:Mr|King|Prince|Emir|Sultan|Sheikh)\.?\s+$")
_MAN_BEFORE_DE = ci(r"(?:präsident|kanzler|minister|chef|könig|prinz|sprecher|\bHerr|\bEmir|\bScheich)\s+$")
_MASCULINE = frozenset(("er", "he", "him", "his", "ihn", "ihm", "sein", "seine", "seinem", "seinen", "seiner"))
_MASCULINE_ARTICLE = re.compile(r"\b(?:des|dem|den)\s+$")  # (not "zum Kanzler gewählt": the office)
_FEMININE = frozenset(("she", "her"))  # (not the German "sie", "ihr": also "they", "their")


def _unlike(ctx: R.Context, pronoun: str) -> set[str]:
    """The people a pronoun cannot stand for: the women for "he" or "ihn", the men for "she"."""
    w = pronoun.casefold()
    return ctx.women if w in _MASCULINE else ctx.men if w in _FEMININE else set()


# a pronoun for the person who meets: "traf sie außerdem X", "he also met X", "wo sie mit X zusammentraf"
_MEETING_PRONOUN = ci(r"\b(?:er|sie|he|she)\b")
# a sentence that opens on talks with someone ("After talks with President Sall, the two governments
# signed ...", "Nach Gesprächen mit Erdoğan ..."): the traveller in view held them
_TALKS_OPENING = ci(
    r"^\W*(?:After|Following|During|In|Nach|Bei|Während)\s+(?:(?:his|her|their|seinen|ihren|den)\s+)?(?:\w+\s+)?(?:talks|meetings?|Gesprächen|Treffen|Unterredung(?:en)?)\s+(?:with|mit)\b"
)
# between two subjects of one verb: "Erdoğan and Iranian President Raisi signed"
_JOINT_GAP = ci(r"\s*,?\s*(?:and|und|sowie)\s+(?:[^\W\d][\w.-]*\s+){0,3}")
# a sentence that opens on talks held before its main clause ("After meeting Buhari, Blinken sat down
# with Onyeama", "Nach dem Gespräch mit Macron traf Scholz ..."): the main clause's subject held them
_TALKS_BEFORE = ci(
    r"^\W*(?:After|Following|Nach)\s+(?:(?:his|her|their|a|the|dem|den|seinem|seinen|ihrem|ihren|einem)\s+)?"
    r"(?:\w+\s+)?(?:meeting|meetings|talks|Treffen|Gespräch|Gesprächen|Beratungen|Unterredung)\b"
)
# a summit's sidelines: talks there are held one pair at a time ("Am Rande des Gipfels traf Putin auch
# A und B": a meeting with each)
_SIDELINES = ci(r"\b(?:am Rande|on the (?:sidelines|margins|fringes)|at the margins)\b")
# between a verb and its subject: a few words, no punctuation ("traf Kremlchef Putin", "traf der russische
# Präsident")
_VERB_THEN_SUBJECT = re.compile(r"\s+(?:[^\W\d][\w-]*\s+){0,4}")
# the gap between two names of one list ("A, B und C", "A and B")
_AND_GAP = ci(r"\s*(?:,|und|and|sowie|as well as)\s*(?:(?:und|and)\s+)?(?:der|dem|den|die|the)?\s*")
_GUEST = ci(
    r"\b(?:seine[nm]?|ihre[nm]?|den|dem|his|her|their|the)\s+(?:\w+\s+)?(?:Gast|Gäste|Gästen|guests?|visitors?|Besucher)\b"
)
_FULL_NAME = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:[- ][A-ZÄÖÜ][a-zäöüß]+)+\b")
_WAR_GATE = re.compile(r"invasion|war\b|offensive|aggression|attack|fighting|clashes|hostilities").search
_WAR_GATE_DE = any_of("krieg|invasion|einmarsch|überfall|angriff|offensive|aggression|kämpfe|gefecht|kampfhandlung")
_WAR = ci(
    r"\b(?:\w*krieg\w*|Invasion|Einmarsch\w*|Überfall\w*|Angriff\w*|Aggression|invasion|war|offensive|aggression|attack)\b(?:\s+\w+s)?\s*(?:gegen|auf|in|against|on|of|in|into)\s+(?:die |den |das |der |the )?"
    r"|\b(?:Kämpfe\w*|Kampfhandlungen|Gefechte\w*|fighting|clashes|hostilities)\b(?=\s+(?:zwischen|between)\b)"
    r"|(?<=['’]s )(?:full-scale )?(?:invasion|war|aggression)\b|\b(?:\w*krieg\w*s?|Invasion|Einmarsch\w*|Aggression)\b(?=\s+(?:\w+\s+)?(?:Russlands|Russland|Moskaus|der Russischen))"
)
_NEGATION = ci(r"\b(?:no|not|never|kein\w*|nicht|nie)\b")
# a trip that did not happen: "is not travelling to", "did not travel to", "reiste diesmal nicht nach"
_TRIP_DENIED = ci(
    r"\b(?:is|are|was|were|did|does|do|will|would|has|have|had)\s+(?:not|never)\s+(?:\w+\s+)?(?:travel\w*|visit\w*|go|going|fly|flying|gone)\b"
    r"|\b(?:reist\w*|flog|fliegt|besucht\w*|fährt|fuhr)\s+(?:\w+\s+)?(?:nicht|nie)\s+(?:nach|in|zu)\b"
)
_POSSESSIVE = ci(r"\b(?:its|seine[nmrs]?|ihre[nmrs]?|deren|dessen)\b")
# a sentence that opens none of these gates (and quotes no one, names no conflict) yields no fact
_RULE_GATES = (
    "visit",
    "meeting",
    "sign",
    "trade",
    "arms",
    "coop",
    "joint",
    "integrate",
    "supply",
    "energy",
    "base",
    "mediate",
    "member",
    "hope",
)


class Extractor:
    def __init__(self, index: Index | None = None):
        self.index = index or default_index()
        self.schema = load_schema()
        self._key_cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # international organisations (not bodies or news agencies): parties to trade as blocs
        kinds = {e.id: self.index.g.record(e.id).get("kind") for e in self.index.g.entities("Organization")}
        self.blocs = {i for i, k in kinds.items() if k == "international_organization"}
        # international organisations and their bodies (the Minsk Group, the Normandy format): what a mediator
        # may act through
        self.bodies = {i for i, k in kinds.items() if k in ("international_organization", "body")}
        # armed groups, movements and rival governments (groups.yaml): sides of a war, never its mediators;
        # each with the state it fights or negotiates with
        g = self.index.g
        self.groups = {
            e.id: g.country(str(rec["country"])) if rec.get("country") else None
            for e in g.entities("Organization")
            if (rec := g.record(e.id)).get("kind") in ("armed_group", "movement", "rival_government")
        }
        self.wars = Conflicts(self.index)
        # news agencies report; they sign, meet and mediate nothing ("..., Bloomberg reported at the time")
        self.agencies = {e.id for e in g.entities("Organization") if g.record(e.id).get("kind") == "news_agency"}

    # -- public ---------------------------------------------------------------------------------

    def extract(self, text: str, source: Source, lang: str | None = None) -> list[Fact]:
        lang = lang or source.lang or "en"
        dateline, filed, credit, dateline_end = self._dateline(text, source.published)
        # the day "on Tuesday" counts from: the report's, else its dateline's, else the one its address or text
        # tells (_page_day)
        published = source.published or filed or _page_day(text, source.url)
        if filed and published and len(filed) == len(published) == 10 and 0 < _days_between(filed, published) <= 3:
            # "ANKARA, Oct 3 – ... met Aliyev this afternoon" published on 4 October: the text's own day is its
            # dateline's
            published = filed
        # who held an office: on the report's day, else in the latest year its text dates by month (no event is
        # dated by that guess)
        resolver = Resolver(self.index, published or _reference_day(text))
        ctx = R.Context(
            published=published,
            lang=lang,
            dateline=dateline,
            dateline_end=dateline_end,
            home=_home_state(source.url, self.index.g),
        )
        spans = split_sentences(text)
        all_mentions = find_mentions(text, self.index, resolver)
        if dateline_end:
            # the credit of a dateline ("MOSKAU (dpa) –", "WASHINGTON (Pakistan Point News / Sputnik ...)") names
            # who filed the story, no party to it
            all_mentions = [m for m in all_mentions if not credit <= m.start < dateline_end]
        sentences = self._sentences(text, spans, all_mentions, ctx)
        ctx.states = self._states(all_mentions, resolver)
        ctx.lead = sentences[:3]
        self._quotes(text, sentences, ctx)
        # the lead's date: a live blog's entries are of its day; else the first date of the lead past its dateline
        live = _live_entries(text) >= 2
        if live:
            # (unless its opening line, before the first entry, names the day: "Our live coverage of Friday's events")
            first = sentences[0].text if sentences else ""
            told = N.find_date(first, ctx.published) if first and not _LIVE_ENTRY.match(first) else None
            ctx.lead_date = told[0] if told else source.published
        # (the first four sentences: a web page's photo credit and time stamp lines are none)
        lead = [s for s in sentences[:12] if not _CREDIT_OR_STAMP.match(s.text)][:4]
        for s in lead if ctx.lead_date is None else ():
            if s.text.count(" ") <= 6:
                continue
            # past the dateline: "PUTRAJAYA, July 29 (kfw) – ... after talks on Monday" is Monday's news
            found = _event_day(s.text[max(0, dateline_end - s.start) :], ctx.published)
            if (
                found
                and len(found[0]) == 7
                and ctx.published
                and found[0] < ctx.published[:7]
                and _FUTURE_MONTH.search(s.text)
            ):
                continue  # "Im Oktober wird Peru Gastgeber des Gipfels sein": a month to come, not the news'
            if (
                found
                and len(found[0]) == 7
                and len(ctx.published or "") >= 7  # (a page dated by its year alone: no month to count from)
                and _months_before(found[0], ctx.published) > 3
                and not _A_YEAR.search(s.text)
            ):
                continue  # "eine erste Lieferung Ende Dezember" on a page of September: a month to come, no news' month
            if found and ctx.published and int(found[0][:4]) < int(ctx.published[:4]) - 1:
                continue  # "his first trip there was in May 2005" in a lead of 2024: the past, not the news'
            if found:
                at = max(0, dateline_end - s.start)
                # ("PM to leave for a two-day tour of Turkey on Friday"; not "X will visit Prague, Y said after
                # meeting Putin on Sunday": the future word near)
                to_come = _weekday_to_come(s.text, at + found[1], at + found[2], reach=60)
                ctx.lead_date = N.next_weekday(found[0], ctx.published) if to_come else found[0]
                break
        ctx.lead_date = ctx.lead_date or filed
        cands: list[R.Candidate] = []
        gatherings = []
        for s in sentences:
            if live and _LIVE_ENTRY.match(s.text):
                # each entry of a live blog is news of its own: an event's day stays in its entry
                ctx.event_date = ctx.last_day = None
            elif live and len(s.text.strip(" *#")) < 40 and (told := N.find_date(s.text, ctx.published)) is not None:
                # a day's heading ("**Donnerstag, 4. Oktober**"): the entries below it are of that day
                ctx.lead_date, ctx.event_date, ctx.last_day = told[0], None, None
            before = ctx.gathering
            cands += self._sentence(s, ctx, resolver, lang)
            ctx.last_year = N.last_year_named(s.text) or ctx.last_year
            ctx.previous = s.text
            if before is not None and before is not ctx.gathering:
                gatherings.append(before)
        gatherings.append(ctx.gathering)
        cands += [g for g in gatherings if g is not None and len(g.roles["participants"]) >= 2]
        cands.sort(key=lambda c: c.start)
        # a spokesperson tells of a meeting and takes no part in it ("teilte Regierungssprecher Steffen Hebestreit
        # nach einem Telefonat von Scholz und Macron mit Putin mit")
        spokes = _spokespeople(text, all_mentions)
        # (where two others are left: "für die TPLF deren Sprecher Getachew Reda" signed and met for his side)
        for c in cands if spokes else ():
            if c.type == "meeting" and len(others := [p for p in c.roles["participants"] if p not in spokes]) >= 2:
                c.roles["participants"] = others
        # people of one state meeting among themselves are no event between states ("Bush and Clinton")
        cands = [
            c
            for c in cands
            if c.type != "meeting"
            or (len(c.roles["participants"]) >= 2 and not _one_state(c.roles["participants"], resolver))
        ]
        # a figure of one state's trade alone is no relation between states ("Uganda erhielt Kredite über $200 Mio.")
        cands = [c for c in cands if c.type != "trade" or len(c.roles.get("parties", ())) >= 2]
        _one_direction(cands, text, self._names_of)
        cands = self._merge(cands, resolver)
        if ctx.lead_date is None and ctx.published and not live:
            _date_the_undated(cands, sentences[4:], ctx.published, text)
        # (after the undated are dated: "Xi arrived from Moscow, where he met Putin" on a day the lead leaves untold)
        cands += self._guests(cands, resolver, lang, sentences, dated=published is not None)
        cands = [c for c in cands if not _visit_elsewhere(c, resolver)]
        _via_the_one_body(cands, self.bodies)
        facts = []
        for c in cands:
            f = self._fact(c, text, source)
            if f is not None:
                facts.append(f)
        return facts

    # -- preparation ----------------------------------------------------------------------------

    def _sentences(
        self, text: str, spans: list[tuple[int, int]], mentions: list[Mention], ctx: R.Context
    ) -> list[R.Sentence]:
        out = []
        k = 0
        for a, b in spans:
            ms = []
            while k < len(mentions) and mentions[k].start < a:
                k += 1
            j = k
            while j < len(mentions) and mentions[j].end <= b:
                m = mentions[j]
                ms.append(Mention(m.start - a, m.end - a, m.entity, m.kind, m.text, m.country, m.office))
                j += 1
            out.append(R.Sentence(a, b, text[a:b], ms))
        return out

    def _dateline(self, text: str, published: str | None) -> tuple[Entity | None, str | None, int, int]:
        """The place and date of a dateline ("Tel Aviv, 29 March 2023 –", "BERLIN, 12. März (dpa) –",
        "WASHINGTON (Pakistan Point News / Sputnik - 11th December, 2019)"), where its credit in brackets starts
        and where it ends."""
        at = 0
        for para in text.split("\n\n", 3)[:3]:
            at = text.find(para, at)
            alone = len(para) < 60 and _DATELINE_ALONE.match(para)
            dash = "–" in para[:90] or "—" in para[:90] or "-" in para[:90] or "(" in para[:40]
            m = alone or (_DATELINE.match(para) if dash else None) or _DATELINE_CAPS.match(para)
            if m:
                told = m["when"] or m.groupdict().get("when2")
                when = N.find_date(told, published) if told else None
                if alone and when is None:
                    continue  # a short line of its own is a dateline only with a date
                found = self.index.g.lookup(m.group(1).strip(), ["Place"])
                if found or when:
                    credit = para.find("(", 0, m.end())
                    return (
                        (found[0] if found else None),
                        (when[0] if when else None),
                        at + (credit if credit >= 0 else m.end()),
                        at + m.end(),
                    )
        return None, None, 0, 0

    def _capital(self, country: Entity | None) -> Entity | None:
        if country is None:
            return None
        name = self.index.g.record(country.id).get("capital")
        found = self.index.g.lookup(str(name), ["Place"]) if name else []
        return found[0] if found else None

    def _is_capital(self, place: Entity) -> bool:
        return bool(self.index.g.record(place.id).get("capital"))

    def _states(self, mentions: list[Mention], resolver: Resolver) -> list[Entity]:
        """The states the article speaks of, the most named first (adjectives count half)."""
        c: Counter[Entity] = Counter()
        for m in mentions:
            if m.entity is not None and m.entity.type == "Country":
                c[m.entity] += 1.0
            elif m.kind == "adj" and m.country:
                c[m.country] += 0.5
            elif m.entity is not None and m.entity.type == "Person":
                country = resolver.side_of(m.entity)  # von der Leyen in 2023 counts for no state (not Germany)
                if country is not None and country.type == "Country":
                    c[country] += 1.0
        return [e for e, _ in c.most_common()]

    def _quotes(self, text: str, sentences: list[R.Sentence], ctx: R.Context) -> None:
        """Attribute quotations to their speaker; mark sentences inside a quote."""
        for m in QUOTES.finditer(text):
            qs, qe = m.start(), m.end()
            quote = next(g for g in m.groups() if g is not None)
            speaker = None
            embedded = False  # introduced by a speech verb: 'said the two countries had set "really ambitious ..."'
            said_after = (
                False  # followed by one: '"There was no hostility," he said' (a short quote is a statement too)
            )
            phrase = False  # a few words someone is said to have used: 'spoke of "unfriendly states"'

            # the sentence holding the closing mark: "…“, erklärte Putin." / "…," he said.
            for s in sentences:
                if s.start <= qe <= s.end:
                    after = qe - s.start
                    tail = s.text[after : after + 90]
                    if R.SPEECH.search(tail):
                        said_after = True
                        # '"…," he said, describing Biden as …': the pronoun speaks, not the person after it
                        pronoun_first = _PRONOUN_SAID.match(tail)
                        speaker = (
                            None
                            if pronoun_first
                            else next(
                                (
                                    x.entity
                                    for x in s.mentions
                                    if x.start >= after
                                    and x.entity is not None
                                    and x.entity.type in ("Person", "Organization")
                                ),
                                None,
                            )
                        )
                        if speaker is None and re.search(r"\b(er|sie|he|she)\b", tail):
                            speaker = _last_person(sentences, qs) or (ctx.persons[-1] if ctx.persons else None)
                if speaker is None and s.start <= qs < s.end:
                    before = s.text[max(0, qs - s.start - 120) : qs - s.start]
                    lead_in = R.SPEECH.search(before) or _CALLED.search(before)
                    phrase = phrase or bool(_CALLED.search(before))
                    if lead_in or before.rstrip().endswith(":"):
                        cand = [
                            x.entity
                            for x in s.mentions
                            if x.end <= qs - s.start
                            and x.entity is not None
                            and x.entity.type in ("Person", "Organization")
                        ]
                        people = [e for e in cand if e.type == "Person"]
                        # "lobte er in einem Interview mit Xinhua ... und sagte: „…“": an agency reports, the pronoun speaks
                        cand = (
                            cand
                            if people
                            else [e for e in cand if self.index.g.record(e.id).get("kind") != "news_agency"]
                        )
                        speaker = people[-1] if people else cand[-1] if cand else None
                        if speaker is None and lead_in and _SPEAKER_PRONOUN.search(before):
                            speaker = _last_person(sentences, s.start)  # "He recalled that „...“"
                        if (
                            speaker is None
                            and lead_in
                            and any(
                                x.kind == "office" and x.entity is None and x.end <= qs - s.start for x in s.mentions
                            )
                        ):
                            speaker = _last_person(sentences, s.start)  # "Der Minister sprach von „…“": the one named
                        # the quotation is what the verb says: a few words after it
                        verbs = [*R.SPEECH.finditer(before), *_CALLED.finditer(before)]
                        last_verb = max(verbs, key=lambda v: v.end()) if verbs else None
                        gap = before[last_verb.end() :] if last_verb is not None else None
                        embedded = embedded or (
                            gap is not None and (len(gap) <= 45 or (len(gap) <= 160 and "," not in gap))
                        )
                if speaker:
                    break
            for s in sentences:
                if s.start >= qs and s.end <= qe + 90 and s.start < qe:
                    s.speaker = s.speaker or speaker
            full = quote.strip()
            words = full.split()
            long_enough = len(words) >= 5 or (said_after and len(words) >= 3)
            if phrase and speaker and len(words) >= 2:
                long_enough = embedded = True  # "Chrenin sprach von „unfreundlichen Staaten“": his words
            if speaker and long_enough and (full[:1].isupper() or (embedded and (len(words) >= 6 or phrase))):
                host = next((s for s in sentences if s.start <= qs < s.end), None)
                if host is not None:
                    host.quote_span = (qs, qe)
                    s_end = next((s.end for s in sentences if s.start <= qe <= s.end), qe)
                    host.mentions.append(Mention(-1, -1, speaker, "quote", full))
                    host.quote_span = (qs, qe if qe <= host.end else max(qe, s_end))

    # -- rules ----------------------------------------------------------------------------------

    def _sentence(self, s: R.Sentence, ctx: R.Context, res: Resolver, lang: str) -> list[R.Candidate]:
        t = s.text
        persons = s.ents(*_PERSONS)
        if persons and _SOURCE_CUE.search(t):
            # "Nach Angaben von Regierungssprecher X traf Scholz ...", "according to spokesman X": a source
            # (the first name after the words: in "Laut Reuters traf Erdoğan" the source is Reuters)
            sources = {
                m.entity
                for m in s.mentions
                if m.entity is not None
                and (cue := _SOURCE_OF.search(t, max(0, m.start - 40), m.start)) is not None
                and not any(o.entity is not None and cue.start() < o.start < m.start for o in s.mentions)
            }
            persons = [p for p in persons if p not in sources] or persons
        if persons and _HONOURED_GATE(t):
            # "an exhibition dedicated to the anniversary of Heydar Aliyev", "zum Gedenken an
            # Jitzchak Rabin": one honoured takes no part
            honoured = {
                m.entity
                for m in s.mentions
                if m.entity is not None and _HONOURED_BEFORE.search(t, max(0, m.start - 60), m.start)
            }
            persons = [p for p in persons if p not in honoured] or persons
        if persons and _DEAD_GATE(t):
            # "since long-ruling leader X died in 2016", "the late X", "des verstorbenen X": the dead take no part
            dead = {
                m.entity
                for m in s.mentions
                if m.entity is not None
                and (_DIED_AFTER.match(t, m.end) or _LATE_BEFORE.search(t, max(0, m.start - 40), m.start))
            }
            persons = [p for p in persons if p not in dead]
        if persons:
            # "Lulas Berater Celso Amorim reiste ...", "Trump's envoy Steve Witkoff": the one whose adviser,
            # envoy or father it is takes no part (a string test first: the name in the genitive)
            owned_at = [
                m
                for m in s.mentions
                if m.entity is not None
                and m.entity.type == "Person"
                and (t.startswith(_GENITIVE, m.end) or (m.text.endswith("s") and t.startswith(" ", m.end)))
                and _OWNER_OF.match(t, m.end)
            ]
            # (not one named as an actor too: "empfing Xi Macron in Guangzhou, wo einst Xis Vater lebte")
            owners = {m.entity for m in owned_at} - {m.entity for m in s.mentions if m not in owned_at}
            persons = [p for p in persons if p not in owners] or persons
            # "the Bush administration", "die Regierung Merkel": a government named after its head, not the person
            if _government_words(t):
                named_for = {
                    m.entity
                    for m in s.mentions
                    if m.entity in persons
                    and (_GOVERNMENT_AFTER.match(t, m.end) or _GOVERNMENT_BEFORE.search(t, 0, m.start))
                }
                persons = [p for p in persons if p not in named_for]
        seen = ctx.mentioned
        for m in s.mentions:
            if m.entity is not None and m.entity.type == "Person":
                seen[m.entity.id] = seen.get(m.entity.id, 0) + 1
                if m.start > 2:  # a title or form of address right before the name: "Kanzlerin", "Mr"
                    if (_WOMAN_BEFORE if lang == "en" else _WOMAN_BEFORE_DE).search(t, max(0, m.start - 16), m.start):
                        ctx.women.add(m.entity.id)
                    elif (_MAN_BEFORE if lang == "en" else _MAN_BEFORE_DE).search(t, max(0, m.start - 18), m.start):
                        ctx.men.add(m.entity.id)
                if (
                    m.text.startswith(("Crown Prince ", "Kronprinz ", "Prince ", "Prinz "))
                    or _PRINCE_TITLE.search(t, max(0, m.start - 24), m.start)
                    or _PRINCE_TITLE.match(t, m.end)
                ):
                    ctx.princes.append(m.entity)  # "Crown Prince Mohammed bin Salman", "Tamim, Crown Prince of Qatar"
        if ctx.princes and ("prin" in t or "Prin" in t):
            # "the crown prince flew on to Tokyo", "der Kronprinz": the prince the article named last
            for pa in _PRINCE_ANAPHOR.finditer(t):
                prince = ctx.princes[-1]
                if prince not in persons and not any(m.start <= pa.end() <= m.end for m in s.mentions):
                    k = len({m.entity for m in s.mentions if m.entity in persons and m.start < pa.start()})
                    persons.insert(k, prince)
                    s.mentions.append(Mention(pa.start(), pa.end(), prince, "role", pa.group(0)))
                    s.mentions.sort(key=lambda m: m.start)
        # pronoun subjects: "traf er sich", "he met" (one pass over the pronouns of the sentence); a politician's or
        # diplomat's noun stands for one too: "will der CDU-Politiker mit Premierminister Wong Gespräche führen"
        sp = (_SUBJECT_PRONOUN.search(t) or _POLITICIAN_NOUN.search(t)) if ctx.persons else None
        if sp is not None and any(
            m.entity is not None and m.entity.type == "Person" and m.kind != "quote" and 0 <= m.end <= sp.start()
            for m in s.mentions
        ):
            # "Khamenei raised it when he received ...", "Adel al-Dschubair pendelte ...: Am Donnerstag traf er
            # Jaishankar": the pronoun is the person named before it
            sp = None
        if ctx.persons and (sp or (not persons and _PRONOUN.search(t))):
            said = sp or _PRONOUN.search(t)
            avoid = _unlike(ctx, said.group(0)) if said is not None else set()
            last = next((p for p in reversed(ctx.persons) if p.id not in avoid), ctx.persons[-1])
            if (
                sp is not None
                and ctx.subject_person not in (None, last)
                and ctx.subject_person in ctx.event_persons
                and ctx.subject_person.id not in avoid
            ):
                last = ctx.subject_person  # "X held talks with Y. She also met Z": the subject goes on
            if last not in persons:
                # in the order of the text: "Dort führte sie Gespräche mit König Salman, Kronprinz ... und ..."
                # has her first (the one who meets each of the others)
                k = (
                    len({m.entity for m in s.mentions if m.entity in persons and m.start < sp.start()})
                    if sp is not None
                    else len(persons)
                )
                persons = [*persons[:k], last, *persons[k:]]
            elif sp is not None and persons.index(last) > (
                k := len({m.entity for m in s.mentions if m.entity in persons and m.start < sp.start()})
            ):
                # named again after the pronoun: "..., wo er den chinesischen Präsidenten traf, anschließend führte
                # Prabowo Gespräche mit ...": the subject stays first
                persons.remove(last)
                persons.insert(k, last)
        elif (
            persons
            and ctx.persons
            and ("ih" in t or "him" in t)
            and (op := _OBJECT_PRONOUN.search(t)) is not None
            and not _WITHOUT_HIM.search(t)
            # not one of two people named before it: "Zelenskyy met the crown prince ... and thanked him"
            and len({m.entity for m in s.mentions if m.entity in persons and m.end <= op.start()}) < 2
        ):
            # "Tokayev greeted him", "Alijew empfing ihn": the object is the last other person named
            avoid = _unlike(ctx, op.group(0))
            other = next((p for p in reversed(ctx.persons) if p not in persons and p.id not in avoid), None)
            if other is not None:
                persons = [*persons, other]
        # unresolved office words ("der Präsident") -> the last person in that office (not a pair's: "mit beiden
        # Regierungschefs" are the holders in the two states in view, worked out with the meeting)
        pair, looked = None, False  # (looked for only when an office word is unresolved)
        for m in s.mentions:
            if m.kind == "office" and m.entity is None:
                if not looked:
                    pair, looked = _PEOPLE_PAIR.search(t), True
                if pair is not None and pair.start() <= m.start < pair.end():
                    continue
                # in a government's own release, its holder ("The Prime Minister met Prime Minister Kristen Michal"
                # on gov.uk); else "the President": whoever in that office the article has spoken of most (ties:
                # the latest), one with that title first (not "King Salman" for "the President")
                own = res.holder(m.office, ctx.home) if ctx.home is not None and m.office else None
                for p in (
                    [own]
                    if own is not None
                    else sorted(
                        reversed(ctx.persons),
                        key=lambda e: (
                            not _titled_as(e, m.text, ctx.published),
                            # ("die Reise des Regierungschefs": a man's, not the woman's the article called Kanzlerin)
                            e.id in ctx.women
                            and _MASCULINE_ARTICLE.search(t, max(0, m.start - 5), m.start) is not None,
                            -ctx.mentioned.get(e.id, 0),
                        ),
                    )
                ):
                    held = res.office_of(p)
                    if held and held[0] == m.office:
                        if p not in persons:
                            # in the order of the text: "the President travelled on to Ankara for talks
                            # with President Erdoğan" is about the president named before
                            k = len({e.entity for e in s.mentions if e.entity in persons and e.start < m.start})
                            persons.insert(k, p)
                            if p is own:
                                ctx.remember(p)  # (a pronoun later is theirs: "his successful visit to Norway")
                        break
        low_text = t.casefold()
        low = R.gates(low_text)
        ctx.sent_no += 1
        if (
            ctx.last_meeting is not None
            and persons
            and ctx.sent_no - ctx.last_meeting_at <= 2
            and _ALSO_PRESENT.search(t)
        ):
            # "Also present were X and Y", "An den Gesprächen nahmen auch X und Y teil": more of the same meeting
            ps = ctx.last_meeting.roles["participants"]
            ps += [p for p in s.ents(*_PERSONS, kinds=("name", "surname", "role")) if p not in ps]
        if ctx.gathering is not None and persons and ctx.sent_no - ctx.gathering_at <= 4:
            # "Den Vorsitz führte X", "Y sprach dort", "Z schaltete sich zu": the people of that summit
            if _TOOK_PART.search(t) or R.SPEECH.search(t):
                ps = ctx.gathering.roles["participants"]
                ps += [p for p in s.ents(*_PERSONS, kinds=("name", "surname", "role")) if p not in ps]
        if not (
            not low.isdisjoint(_RULE_GATES)
            or s.speaker
            or ctx.sent_no - ctx.arms_at <= 2
            or (_WAR_GATE if lang == "en" else _WAR_GATE_DE)(low_text)
            or (("between" in low_text or "zwischen" in low_text) and _DISPUTE_BETWEEN.search(t))
            or any(m.kind == "quote" or (m.entity is not None and m.entity.type == "Conflict") for m in s.mentions)
            or (ctx.sent_no - ctx.trade_at == 1 and _IT_FIGURE.search(t))  # "Er betrug 190 Milliarden Dollar."
            or _headline_call(t, persons)
        ):
            self._track_states(s, ctx, [], res)
            self._region(t, low_text, ctx)
            # the figure of an arms deal a few sentences before ("Insgesamt wird für die Beschaffung ... veranschlagt")
            _deal_price(ctx, t, lang)
            for p in persons:  # no trigger of any rule: only the discourse context moves on
                ctx.remember(p)
            if persons:
                ctx.subject_person = persons[0]
            return []
        # "in der russischen Hauptstadt", "the Kazakh capital": the country's capital
        capital_named = "capital" in low_text or "hauptstadt" in low_text
        for m in list(s.mentions):
            if m.kind == "adj" and capital_named and _CAPITAL_AFTER.match(t, m.end):
                cap = self._capital(m.country)
                if cap is not None:
                    s.mentions.append(Mention(m.start, m.end, cap, "name", m.text))
            elif (
                m.entity is not None
                and m.entity.type == "Country"
                and capital_named
                and (of := _CAPITAL_OF_BEFORE.search(t, max(0, m.start - 24), m.start)) is not None
                and (cap := self._capital(m.entity)) is not None
            ):
                # "arrived in the capital of Georgia", "in der Hauptstadt von Georgien": that capital, named by the
                # words from "capital" on
                s.mentions.append(Mention(of.start(), m.end, cap, "name", t[of.start() : m.end]))
            elif (
                m.kind == "adj"
                and ctx.dateline is not None
                and ctx.dateline.type == "Place"
                and m.country is not None
                and _CITY_AFTER.match(t, m.end)
                and res.country_of(ctx.dateline) == m.country
            ):
                # "JEDDAH – ... signed a peace agreement in the Saudi port city": the city the story was filed from
                s.mentions.append(Mention(m.start, m.end, ctx.dateline, "name", m.text))
        s.mentions.sort(key=lambda m: m.start)
        # capitals standing for their state ("Moskau und Peking vereinbarten", "Moscow brokered")
        metonym_places = [
            m.entity
            for m in s.mentions
            if m.entity is not None
            and m.entity.type == "Place"
            and m.kind == "name"
            and self._is_capital(m.entity)
            and m.start >= ctx.dateline_end - s.start  # "ADDIS ABEBA, 12. September (kg) –": where it was filed
            and (not _LOCATIVE.search(t[max(0, m.start - 14) : m.start]) or _BROKER_AFTER.match(t, m.end))
            and (t[m.end : m.end + 1] != "-" or _BROKER_AFTER.match(t, m.end))  # "the Baku-Tbilisi-Ceyhan pipeline"
            # names a route; "der von Moskau vermittelte Waffenstillstand", "a Moscow-brokered truce": Russia
            and t[m.start - 1 : m.start] != "-"
            and not _NAMES_A_DOCUMENT.match(t, m.end)  # "the Doha Document for Peace", "the Jeddah Declaration"
            # a seat of government or capital that is a source stands for no party: "laut Bundeskanzleramt",
            # "according to the Kremlin"
            and not _SOURCED_BY_BEFORE.search(t, max(0, m.start - 20), m.start)
        ]
        metonyms = R._uniq(res.country_of(e) for e in metonym_places)
        # the date matters to events and statements only
        need_day = "visit" in low or "meeting" in low or "sign" in low or "hope" in low or s.quote_span
        date = _event_day(t, ctx.published, ctx.last_year) if need_day else None
        if date is not None and s.start + date[1] < ctx.dateline_end:
            # "PUTRAJAYA, July 29 (kfw) – ... after talks on Monday": the day the sentence tells, not the one the story
            # was filed (that one when it tells none)
            lo = ctx.dateline_end - s.start
            told = N.find_date(t[lo:], ctx.published)
            date = (told[0], told[1] + lo, told[2] + lo) if told else date
        while date is not None and (
            named := next((m for m in s.mentions if m.entity is not None and m.start <= date[1] < m.end), None)
        ):
            # "the rebel March 23 Movement (M23) signed ... on Saturday": a date inside a name is none; the next one
            told = N.find_date(t[named.end :], ctx.published, ctx.last_year)
            date = (told[0], told[1] + named.end, told[2] + named.end) if told else None
        # (a stamp is short: its date starts within the first dozen characters, tested before the pattern)
        if date is not None and date[1] < 12 and (stamp := _STAMP.match(t)) is not None and date[1] < stamp.end():
            # "Mittwoch, 9.05 Uhr – Was bisher geschah: Biden war am Montag nach Kiew gereist": a live blog's
            # time stamp dates the entry; the day the entry names is the event's
            told = N.find_date(t[stamp.end() :], ctx.published)
            if told is not None:
                date = (told[0], told[1] + stamp.end(), told[2] + stamp.end())
        if need_day and date is None and "shift" in low:
            # "two days later", "tags darauf": from the day the sentence before told, else the event's in view
            told = N.find_date(ctx.previous, ctx.published, ctx.last_year) if ctx.previous else None
            # (with no event dated before it: from the news' day, "The day before, X held talks with Y")
            anchor = told[0] if told and len(told[0]) == 10 else ctx.event_date or ctx.lead_date or ctx.published
            date = N.shifted_date(t, anchor)
        if date and s.quote_span and s.quote_span[0] <= s.start + date[1] < s.quote_span[1]:
            date = None  # „… bis zum 15. Oktober …“: a date the quote speaks of, not the day of the event
        day = date[0] if date else None
        if (
            need_day
            and day is None
            and ctx.last_day
            and len(ctx.last_day) < 10
            and ctx.sent_no - ctx.last_day_at <= 1
            and _IN_THE_DAY.search(t)
        ):
            # "Earlier in the day, X welcomed Y" after a sentence that names only a month (of an earlier visit): the
            # day of the event in view, not that month
            day = next((d for d in (ctx.event_date, ctx.lead_date) if d and len(d) == 10), None)
        since_at = None  # where a clause of "since" begins whose day is its own ("since Putin visited Helsinki in
        # August 2019": that visit's, not the news')
        if (
            date
            and (since := _SINCE.search(t, max(0, date[1] - 60), date[1])) is not None
            # (not a span that began that day: "hatten seit Mittwochabend in Minsk verhandelt", "ist seit Montag in
            # China": the talks, the stay began then)
            and not _SINCE_RIGHT_BEFORE.search(t, max(0, date[1] - 12), date[1])
        ):
            since_at, since_day = since.start(), day
            day = None  # "the first leader to travel to Kyiv since the invasion began on 24 February"
        elif day and len(day) == 7 and _month_of_a_clause_after(t, date[1]):
            day = None  # "..., the first of the deals promised at the summit in Vilnius last July"
        if ctx.published and (opening := _LAST_YEAR_OPENING.match(t)) is not None:
            # "Vergangenes Jahr unterzeichneten beide ein Abkommen, das im Juli starten soll": the year before the
            # news' (a day of that year the sentence names stays)
            last_year = f"{int(ctx.published[:4]) - 1:04d}"
            if day is None or day[:4] != last_year:
                day, date = last_year, (last_year, opening.start(), opening.end())
        modality = quote_mood = R.modality_of(t, low, lang)
        quoted = (0, 0)
        if modality != "asserted" and s.quote_span:
            # "„Wir wollen helfen“, sagte die Kanzlerin nach dem Treffen mit X": the quote's mood
            # is its speaker's; an event told outside the quote has the mood of the words outside it
            quoted = (max(0, s.quote_span[0] - s.start), min(len(t), s.quote_span[1] - s.start))
            modality = R.modality_of(t[: quoted[0]] + " " * (quoted[1] - quoted[0]) + t[quoted[1] :], lang=lang)
        if day and date and _weekday_to_come(t, date[1], date[2]):
            day = N.next_weekday(day, ctx.published)  # "will travel on Tuesday": the Tuesday to come
        elif (
            day
            and date
            and len(day) == 7
            and ctx.published
            and day < ctx.published[:7]
            and _FUTURE_MONTH.search(t)
            and not _YEAR.search(t, date[1], date[2])
        ):
            # "soll im November unterzeichnet werden": the coming November ("in December 2020" keeps its year)
            day = f"{int(day[:4]) + 1:04d}{day[4:]}"
        elif (
            day
            and date
            and len(day) == 10
            and ctx.published
            and day > ctx.published
            and modality == "asserted"
            and not _YEAR.search(t, date[1], date[2])
            and _PAST_TENSE.search(t)
            and not _FUTURE.search(t)
        ):
            # "die Abiy und Muse Bihi Abdi am 1. Januar unterzeichnet hatten" in December: the January past
            day = f"{int(day[:4]) - 1:04d}{day[4:]}"
        speaker, reported = self._attribution(s, ctx) if s.speaker or _ATTR_GATE(low_text) else (None, None)
        out: list[R.Candidate] = []

        def cand(
            ftype: str, roles: dict[str, list[Entity]], trig: re.Match[str], conf: float = 0.8, **kw: Any
        ) -> R.Candidate:
            mood = kw.pop("modality", modality)
            if mood == modality and quoted[0] <= trig.start() < quoted[1]:
                mood = quote_mood  # an event the quote tells: "„Wir werden Moskau besuchen“, sagte sie"
            c = R.Candidate(
                ftype,
                roles,
                start=s.start,
                end=s.end,
                rule=R.trigger_id(lang, ftype, trig),
                confidence=conf,
                modality=mood,
                speaker=kw.pop("speaker", speaker),
                reported_by=reported,
            )
            c.properties.update(kw.pop("properties", {}))
            c.values.update(kw.pop("values", {}))
            if since_at is not None and trig.start() > since_at and ftype in ("visit", "meeting"):
                c.properties["date"] = since_day  # a visit told inside the clause of "since" is of its day
            elif (
                ftype == "visit"
                and (year := _VISIT_YEAR.search(t)) is not None
                and str(c.properties.get("date") or "")[:4] != (year["y"] or year["y2"])
            ):
                # "erinnerte an den Besuch von Xi in Pakistan im Jahr 2015", "a visit to Sochi in the summer of
                # 2014": the year told with the visit, not the day of the news in view
                c.properties["date"] = year["y"] or year["y2"]
            out.append(c)
            return c

        countries = s.ents("Country", kinds=("name",))
        # the dateline's own words ("ANKARA –") place the article, not the events of its first sentence
        # (not a place of a concessive or causal clause: "traf Putin Timoschenko, obwohl gegen sie in Moskau ermittelt
        # wird", "..., because talks in Geneva had failed")
        aside = _ASIDE_CLAUSE.search(t) if "," in t else None
        places = s.ents(
            "Place", kinds=("name",), lo=max(0, ctx.dateline_end - s.start), hi=aside.start() if aside else None
        )
        if places and (" of " in t or " von " in t):
            # "the Crown Prince of Abu Dhabi", "der Bürgermeister von Kiew": a title's town is no venue
            places = [
                p
                for p in places
                if any(
                    m.entity == p and not _TOWN_TITLE_BEFORE.search(t, max(0, m.start - 30), m.start)
                    for m in s.mentions
                )
            ]
        if places and metonym_places:
            # "urged Delhi to loosen its ties with Moscow": a capital one has ties with stands
            # for its state, no venue
            places = [
                p
                for p in places
                if p not in metonym_places
                or any(
                    m.entity == p and not _RELATION_BEFORE.search(t, max(0, m.start - 40), m.start) for m in s.mentions
                )
            ]
        if len(places) > 1 and metonym_places and (opening := s.mentions[0] if s.mentions else None) is not None:
            # "Athens believes that ... the meeting in Vilnius": a capital opening the sentence for its state is no
            # venue while another place is named
            if opening.start == 0 and opening.entity in metonym_places:
                places = [*(p for p in places if p != opening.entity), opening.entity]
        orgs = s.ents("Organization", kinds=("name",))
        region = any(m.kind == "region" for m in s.mentions)
        # "a ceasefire in Gaza": a place that names a conflict's region (a dictionary look-up per place)
        place_wars = (
            [c for m in s.mentions if m.entity in places and (c := self.wars.region(m.text, ctx.published))]
            if places
            else []
        )
        war_or_peace = (region or bool(place_wars)) and _CONFLICT_WORD.search(t) is not None
        conflicts = s.ents("Conflict", kinds=("name", "region") if war_or_peace else ("name",))
        if region and war_or_peace:
            # a region names the war of its time only ("Darfur" in 2023 is not the war of 2003-2020)
            named = set(s.ents("Conflict", kinds=("name",)))
            conflicts = [c for c in conflicts if c in named or self.wars.in_time(c, ctx.published)]
        if war_or_peace and place_wars:
            conflicts = R._uniq([*conflicts, *place_wars])
        if conflicts:
            ctx.conflict = conflicts[-1]
        elif ctx.conflict is None and (
            groups := [g for g in s.ents("Organization", kinds=("name",)) if g.id in self.groups]
        ):
            # "peace talks with the FARC": an armed group's war with its state is the conflict in view (the
            # war inside the state when the sentence names it too: "der Regierung des Jemen und der Huthi"; on an
            # undated page one still going on: "the DRC government and M23" is not the crisis of 2016-2019)
            named = {*s.ents("Country", kinds=("name",)), *s.adj_countries()}
            ctx.conflict = next(
                (
                    war
                    for g in groups
                    if (
                        war := (
                            inside
                            if (st := self.groups[g.id]) is not None
                            and st in named
                            and (inside := self.wars.internal_war(st, ctx.published)) is not None
                            and (ctx.published or self.wars.going(inside))
                            else None
                        )
                        or self.wars.of_group(g, st, ctx.published)
                        or (self.wars.internal_war(st, ctx.published) if st is not None else None)
                    )
                ),
                None,
            )
        pair_at = R.PAIR.search(t) if _PAIR_GATE(low_text) else None
        pair = pair_at is not None
        # a bloc that names the pair's noun ("zwischen den beiden Brics-Staaten", "the two BRICS members") is no party
        in_pair = (
            {m.entity for m in s.mentions if m.entity is not None and pair_at.start() <= m.start < pair_at.end()}
            if pair_at is not None
            else set()
        )
        # (its nouns open the visit or the meeting gate: "während des Besuchs", "on the sidelines of the summit")
        anaphor = (
            bool(R.VISIT_ANAPHOR.search(t))
            if ("visit" in low or "meeting" in low) and _ANAPHOR_GATE(low_text)
            else False
        )

        def parties(
            lo: int = 0, hi: int | None = None, min_n: int = 2, blocs: bool = False
        ) -> tuple[list[Entity], bool]:
            """Countries of the clause (with `blocs`, also the international organisations and the regions it
            names: "EU imports from China", "trade with Africa"); from the dyad or the current event when it
            says 'both'."""
            found = R._uniq(
                [
                    *s.ents("Country", kinds=("name",), lo=lo, hi=hi),
                    *(
                        o
                        for o in (s.ents("Organization", "Region", kinds=("name",), lo=lo, hi=hi) if blocs else ())
                        if (o.id in self.blocs or o.type == "Region") and o not in in_pair
                    ),
                    *s.adj_countries(lo, hi, unless_before=_VENUE_AFTER),  # not "in der tansanischen Stadt Aruscha"
                    *(res.side_of(p) for p in (persons if lo == 0 and hi is None else s.ents(*_PERSONS, lo=lo, hi=hi))),
                    *(
                        metonyms
                        if lo == 0 and hi is None
                        else (
                            res.country_of(e)
                            for e in s.ents("Place", kinds=("name",), lo=lo, hi=hi)
                            if e in metonym_places
                        )
                    ),
                ]
            )
            if len(found) > min_n and (cited := _cited_states(s)):
                # "Nach Ländern wie Polen und Albanien unterzeichnete die Türkei auch mit Rumänien": examples of
                # earlier deals take no part in this one
                found = [e for e in found if e not in cited] if len(set(found) - cited) >= min_n else found
            if blocs and sum(e.type == "Country" for e in found) >= 2:
                # "Nigeria, Brasiliens viertgrößter Handelspartner in Afrika": a region a figure of two states is
                # placed in takes no part
                placed = {
                    m.entity
                    for m in s.mentions
                    if m.entity is not None
                    and (
                        (m.entity.type == "Region" and _IN_REGION.search(t, max(0, m.start - 30), m.start))
                        # "der bilaterale Handel der NATO-Verbündeten", "the two NATO allies": what the states are
                        or (m.entity.type == "Organization" and _MEMBERS_AFTER.match(t, m.end))
                    )
                }
                found = [e for e in found if e not in placed]
            numbered = (
                _NUMBERED.search(t, lo, hi if hi is not None else len(t))
                if len(found) < 10 and _NUMBER_WORD(low_text)
                else None
            )
            if numbered is not None and len(found) < (n := N.count_word(numbered.group(1)) or 0):
                # "Xi hosted the leaders of Kazakhstan, ..., Uzbekistan. The six presidents signed ...": the event's
                # states, or those the sentence before named, when they are as many
                before = _states_named(*ctx.named_states, res) if ctx.sent_no - ctx.named_states_at <= 1 else []
                for named in (ctx.event_countries, before):
                    if len(named) == n and set(found) <= set(named):
                        return list(named), True
            if pair and len(found) > len(ctx.event_countries) == 2 and set(ctx.event_countries) <= set(found):
                # "The two sides signed ... a railway from China via Kyrgyzstan to Uzbekistan": the event's two
                return list(ctx.event_countries), True
            if len(found) >= min_n:
                return found, False
            if pair and len(ctx.event_countries) >= 2 and set(found) <= set(ctx.event_countries):
                return list(ctx.event_countries), True  # "die drei Staatschefs", "both countries": the event's
            if pair and ctx.dyad:
                return R._uniq([*found, *ctx.dyad])[: max(2, len(found))], True
            if (anaphor or not found) and ctx.event_countries:
                return R._uniq([*found, *ctx.event_countries]), True
            return found, False

        # ---- visit
        mv = R.VISIT.search(t) if "visit" in low else None
        if mv is None and lang == "de" and "visit" in low and R.split_visit_possible(low_text):
            mv = R.VISIT_SPLIT.search(t)
        # the sentence with its people blanked out: "besuchte Wang Yi Tonga" reads as "besuchte ... Tonga"
        unpeopled = _blank_people(s) if mv and (persons or ctx.persons) else t
        if (
            mv
            and (mv.group(0) in _BEING_IN_EN or (lang == "de" and _BEING_IN.match(mv.group(0))))
            and not _someone_was_there(s, mv, lang)
        ):
            mv = None  # "Was in Brüssel als Erfolg gilt", "the deal was in Canada's interest"
        if mv and mv.group(0).casefold().startswith(_DESTINATION_NEXT) and not _comes_to_place(s, unpeopled, mv.end()):
            mv = None  # "came to power", "went to war", "reached an agreement": a trip only to a place named next
        if mv and _TRIP_DENIED.search(t, max(0, mv.start() - 24), mv.end() + 40):
            mv = None  # "Modi is not travelling to Ramallah", "reiste diesmal nicht nach Ramallah": no trip
        if (
            mv
            and not persons
            and ctx.persons
            and mv.group(0).casefold() not in ("visit", "besuch", "besuchs", "reise", "trip")
            and (not countries or _noun_for_person_first(s, mv.start()))
            and not _unknown_name_before(s, mv.start())  # "war Schimon Peres nach Ankara gereist": not known
        ):
            # "Zunächst flog der Franzose nach Moskau.", "Zuvor hatte der Diplomat Tunesien und Togo besucht."
            persons = [ctx.persons[-1]]
        guest = _visiting_guest(s, mv) if mv and mv.group(0).casefold() == "visiting" else None
        if guest is not None:
            # "Harper and visiting Mongolian Prime Minister Batbold agreed": the one the participle names is the
            # guest, of the place the sentence or its dateline names, else of the others named with them
            own = res.country_of(guest)
            where = next(
                (m.entity for m in s.mentions if m.entity is not None and m.entity.type == "Place"), ctx.dateline
            )
            hosts = [res.country_of(where)] if where is not None else []
            hosts += [res.country_of(p) for p in persons if p != guest]
            host = next((h for h in hosts if h is not None and h != own), None)
            if host is not None:
                cand(
                    "visit",
                    {"visitor": [guest], "host": [host], **({"place": [where]} if where is not None else {})},
                    mv,
                    0.7,
                    properties={"date": day or ctx.event_date or ctx.lead_date},
                )
            mv = None
        if mv and not persons and _ARRIVED.search(mv.group(0)) and _DELEGATION_WORD(low_text):
            # "Die russische und die ukrainische Delegation sind in Istanbul eingetroffen": each state visits the
            # place it arrived in
            where = next(
                (
                    m.entity
                    for m in s.mentions
                    if m.entity is not None
                    and m.entity.type == "Place"
                    and _IN_TO.search(t, max(0, m.start - 12), m.start)
                ),
                None,
            )
            host = res.country_of(where) if where is not None else None
            for state in _delegations(s, t):
                if host is not None and state != host:
                    cand(
                        "visit",
                        {"visitor": [state], "host": [host], "place": [where]},
                        mv,
                        0.6,
                        properties={"date": day or ctx.lead_date},
                    )
            mv = None
        # "Im Rahmen des Staatsbesuchs von Xi Jinping", "during the visit of President Erdoğan": a visit in view
        # that names its visitor is told here too
        owner = _owner_of_visit(s, t, mv) if mv and persons else None
        owned = mv is not None and persons and _owned_trip(s, t, mv, persons)
        if (
            mv
            and persons
            and (owner is not None or owned or not R.VISIT_ANAPHOR.search(t[max(0, mv.start() - 40) : mv.end() + 5]))
        ):
            after = t[mv.start() :]
            host = None
            host_at: Mention | None = None
            place = None
            place_at: Mention | None = None
            # the travel verb's clause ends the search: "..., and decided to resume sales of F-16s to Pakistan" (not
            # in German, where the destination may follow a list: "reiste mit X, Y, und Z in die Hauptstadt")
            clause_end = (
                next((hi for lo, hi in _clauses(t) if lo <= mv.start() < hi), len(t))
                if lang == "en"
                else t.find(";", mv.end()) % (len(t) + 1)  # German: up to a semicolon ("flogen sie nach X; von dort")
            )
            if _ARRIVED.search(mv.group(0)) and (earlier := _EARLIER_TRIP.search(t, mv.end(), clause_end)):
                clause_end = earlier.start()  # "flew in last night from Scotland after ... a visit to Britain"
            # a destination after the verb first ("traf in Neu-Delhi Jaishankar und reiste nach Islamabad weiter":
            # Islamabad), then one before it ("ist in Aserbaidschan eingetroffen", "hat Putin Iran besucht")
            comma = t.find(",", mv.end()) % (len(t) + 1)  # (not past a comma: "eingetroffen, nachdem ... nach Ottawa")
            # (the German objects apart from their verb, looked for only where such a verb is: once per sentence)
            verb_word = mv.group(0).casefold()
            noun_word = verb_word.rstrip("s") in _TRIP_NOUNS
            apart = lang == "de" and verb_word.startswith("besuch") and not verb_word.startswith("besuchs")
            paying = lang == "de" and "statte" in low_text
            noun_before = lang == "en" and noun_word  # ("on a Tokyo visit": an English trip noun after its place)
            flying = lang == "de" and verb_word.startswith(("reis", "flieg", "flog", "geflogen", "gereist"))
            # (a noun's destination follows it closely: "a working visit with Lavrov that dealt with ... the
            # fighting in Ukraine" is no visit to Ukraine)
            reach = mv.end() + 110 if verb_word in ("visit", "visits") else len(t)
            # (in English too, a destination after the verb before one named ahead of it: "After three days in Kenya,
            # Lula flew on to Lusaka")
            for m in sorted(
                s.mentions, key=lambda m: not mv.start() <= m.start < comma if lang == "de" else m.start < mv.start()
            ):
                if m.entity is None or m.start < mv.start() - 60 or m.start >= min(clause_end, reach):
                    continue
                pre = unpeopled[max(0, m.start - 25) : m.start]
                if (
                    m.entity.type == "Country"
                    and m.kind == "name"
                    and (
                        _TO_STATE.search(pre)
                        or (
                            0 <= mv.start() - m.end <= 1
                            and lang == "de"
                            and not _FROM.search(t, max(0, m.start - 6), m.start)
                        )
                        or (apart and _visited_apart(unpeopled, mv, m))
                        or (paying and _paid_a_visit(t, mv, m))
                        or (noun_before and _named_before_trip(t, m, mv))
                    )
                ):
                    # "nach Iran", "visited Iran"; the German verb after its object: "hat Putin Iran besucht"
                    host_at = host_at if host is not None else m
                    host = host or m.entity
                if (
                    m.entity.type == "Place"
                    and _TO_PLACE.search(pre)
                    and not _origin_before(s, m.start)
                    or m.entity.type == "Place"
                    and _IN_TO.search(pre)
                    and not _from_here(s, m.start)
                    # the German verb after its object: "hatte Netanjahu Berlin besucht"
                    or m.entity.type == "Place"
                    and lang == "de"
                    and mv.group(0).casefold().startswith("besuch")
                    and (0 <= mv.start() - m.end <= 1 or (apart and _visited_apart(unpeopled, mv, m)))
                    or m.entity.type == "Place"
                    and paying
                    and _paid_a_visit(t, mv, m)
                    or m.entity.type == "Place"
                    and noun_before
                    and _named_before_trip(t, m, mv)
                ):
                    if (
                        place is not None
                        and place_at is not None
                        and flying
                        and _STAYING_IN.search(t, max(0, place_at.start - 12), place_at.start)
                        and t.endswith("nach ", 0, m.start)
                        and place_at.start < m.start
                    ):
                        # "reist nach der Konferenz in Rom nach Teheran": where one travels to, not where one was
                        place = None
                    place_at = place_at if place is not None else m
                    place = place or m.entity
            if (
                host_at is not None
                and place_at is not None
                and host_at.start < mv.start() <= place_at.start
                and _STAYING_IN.search(t, max(0, host_at.start - 12), host_at.start)
                and res.country_of(place) not in (None, host)
            ):
                host = host_at = None  # "After three days in Kenya, Lula flew on to Lusaka": the place after it
            # "visiting Tonga, Vanuatu, Papua New Guinea and East Timor": each state of the list is a host
            listed = [m for m in s.mentions if m.entity is not None and m.entity.type == "Country" and m.kind == "name"]
            k = listed.index(host_at) if host_at in listed else -1
            more_hosts = [m.entity for m in listed[k + 1 : _list_end(t, listed, k, R.TRIP_LIST_GAP)]] if k >= 0 else []
            if k > 0 and host_at is not None and host_at.start < mv.start():
                # a list before a German verb at the end, its first stops out of reach: "ist nach Katar, Saudi-Arabien,
                # in die Emirate und nach Ägypten gereist"
                first = _list_start(t, listed, k, R.TRIP_LIST_GAP)
                # (or the objects of "besucht": "hatte im November Vietnam, Singapur und Indonesien besucht")
                if first < k and (
                    apart or _TO_STATE_DIRECT.search(t, max(0, listed[first].start - 12), listed[first].start)
                ):
                    more_hosts = [m.entity for m in listed[first:k]] + more_hosts
            if host is None and place is not None:
                host = res.country_of(place)
            elif (
                host is None
                and len(ctx.dyad) == 2
                and _COUNTRY_ANAPHOR.search(t, mv.start(), min(clause_end, mv.end() + 60))
            ):
                # "is on a state visit to the East African nation", "zu Besuch in dem Golfemirat": of the article's
                # two states, the one that is none of the travellers'
                theirs = {res.country_of(p) for p in persons}
                other = [d for d in ctx.dyad if d not in theirs]
                host = other[0] if len(other) == 1 else None
            elif place is not None and res.country_of(place) not in (None, host):
                place = None  # "landed in Fiji on May 26, the same day Wang reached Honiara": not Fiji's place
            if host is None and owner is not None:
                # "Im Rahmen des Staatsbesuchs von Xi haben China und Kirgisistan ... unterzeichnet": the one other
                # state the sentence names hosts
                theirs = {res.country_of(p) for p in persons}  # (not "Indiens Premierminister Modi")
                others = R._uniq(
                    m.entity
                    for m in s.mentions
                    if m.kind == "name"
                    and m.entity is not None
                    and m.entity.type == "Country"
                    and m.entity not in theirs
                )
                host = others[0] if len(others) == 1 else None
            # a known office holder travels before someone named only by a title ("The chancellor will fly
            # to Ottawa for talks with Prime Minister X": the chancellor)
            # one of the host country's people, or someone named after the destination, receives rather than
            # visits ("hurried to Honiara to meet Prime Minister X")
            dest = next((m.start for m in s.mentions if m.entity in (host, place) and m.start >= mv.start()), len(t))
            named_after = {
                m.entity
                for m in s.mentions
                if m.start >= dest
                and m.entity in persons
                and not _AGENT_BEFORE.search(t, max(0, m.start - 40), m.start)
            } - {m.entity for m in s.mentions if m.start < dest}  # "a visit to Hanoi by President Obama": the visitor
            if lang == "de" and _ARRIVED.search(mv.group(0)) and not _LETTERS.search(t, 0, mv.start()):
                named_after = set()  # "Eingetroffen sind in Addis Abeba X, Y und Z": the German verb before them
            elif owned:
                named_after = set()  # "Bei seinem Besuch in Kenia hat Xi ...": the pronoun's person is named next
            # "World leaders arrived in Cuba for the event, including Ban Ki-moon, ...", "nahmen ... teil, unter
            # anderen X und Y": no one named before the verb, the ones the list after it names travelled
            incl = _INCLUDING.search(t, mv.end()) if named_after else None
            if incl is not None and _AND_CLAUSE.search(t, mv.end(), incl.start()):
                incl = None  # "war nach Katar gereist und hatte unter anderem Abbas getroffen": whom he met
            included = (
                [m.entity for m in s.mentions if m.entity in named_after and m.start > incl.end()]
                if incl is not None and not any(m.entity in persons and m.start < mv.start() for m in s.mentions)
                else []
            )
            named_after -= set(included)
            named_before = {p for p in persons if p not in named_after}  # a pronoun's person counts as before
            pool = [p for p in persons if (host is None or res.country_of(p) != host) and p in named_before]
            if pool and _OWN_TRIP_BEFORE.search(t, max(0, mv.start() - 60), mv.start()) is not None:
                # "after talks with President X ..., on the first leg of a tour that takes him on to Senegal": the one
                # met is not whose trip it is; the pronoun's is (the person the text spoke of before)
                met = {m.entity for m in s.mentions if _MET_BEFORE.search(t, max(0, m.start - 60), m.start)}
                pool = (
                    [p for p in pool if p not in met]
                    or [p for p in reversed(ctx.persons) if p not in met and p not in persons][:1]
                    or pool
                )
            if len(pool) > 1 and (lead := _talks_before(t)) > 0:
                # "After talks with Medvedev, Sarkozy flew on to Tbilisi": who held the talks before travels
                pool = [p for p in pool if any(m.entity == p and m.start > lead for m in s.mentions)] or pool
            if not pool and any(p in named_before for p in persons):
                pool = persons  # the host's own people named first: the checks below decide
            visitor = next((p for p in pool or persons if p.offices), (pool or persons)[0])
            # the visitor the trip's noun names ("the visit of Prime Minister Modi to Egypt", "a state visit to Kenya by
            # President Xi"), not the sentence's subject who tells of it
            agent = owner or (_agent_after_destination(s, t, host_at or place_at) if noun_word else None)
            # the traveller a relative clause tells of: its antecedent ("Schoigu, der eigens nach Istanbul gereist
            # war", "Shoigu, who had flown to Istanbul")
            agent = agent or _antecedent(s, t, mv)
            if agent is not None and agent in pool:
                visitor = agent
            own = res.country_of(visitor)
            del after
            # where one arrived: the place the sentence itself names ("Xi, who flew in on Wednesday, was greeted
            # ... at Yamamah Palace"), not one it came from; else the place of the story
            here = next(
                (
                    m.entity
                    for m in s.mentions
                    if m.entity in places
                    and _LOCATIVE.search(t, max(0, m.start - 14), m.start)
                    and not _origin_before(s, m.start)
                ),
                None,
            )
            # (one who came from a place the sentence names arrived where the story is, not at the place named
            # last: "Der Sondergesandte war direkt aus Sankt Petersburg angereist" in a story filed in Muscat)
            came_from = any(m.entity in places and _origin_before(s, m.start) for m in s.mentions)
            recent = ctx.last_place if ctx.sent_no - ctx.last_place_at <= 2 else None
            there = here or (ctx.dateline if came_from else None) or ctx.event_place or recent
            if (
                host is None
                and there is not None
                and _ARRIVED.search(mv.group(0))
                and res.country_of(there) not in (None, own)
            ):
                place = there  # "In a ballroom of a Doha hotel ... Pompeo flew in to witness it"
                host = res.country_of(place)
            visited = next(  # the one right after the verb: "visited Bush", "visited President Donald Trump"
                (
                    m.entity
                    for m in s.mentions
                    if m.entity is not None
                    and m.entity.type == "Person"
                    and m.entity != visitor
                    and (
                        0 <= m.start - mv.end() <= 40
                        and _TITLE_GAP.fullmatch(t, mv.end(), m.start) is not None
                        # the one a German visit is paid to: "stattete ihrem Amtskollegen Lawrow einen Besuch ab"
                        or paying
                        and _paid_a_visit(t, mv, m)
                        # the one a trip is to: "war zu Besuch beim jordanischen König", "a visit to King Abdullah"
                        or noun_word
                        and _AT_PERSON.fullmatch(t, mv.end(), m.start) is not None
                        # the German order: "war bei seinem türkischen Amtskollegen Erdoğan zu Besuch", "bei X zu Gast"
                        or lang == "de"
                        and (t[m.end : mv.start()] == " zu " or t[m.end : mv.end()].casefold() == " zu gast")
                        and _AT_PERSON_BEFORE.search(t, max(0, m.start - 60), m.start) is not None
                    )
                ),
                None,
            )
            if host is None and visited is not None and res.country_of(visited) not in (None, own):
                # "when Musharraf visited Bush at Camp David": the one visited is the host, where he receives
                host = res.country_of(visited)
                place = next(
                    (
                        m.entity
                        for m in s.mentions
                        if m.entity is not None
                        and m.entity.type == "Place"
                        and m.start > mv.end()
                        and res.country_of(m.entity) == host
                        and _AT_PLACE.search(t, max(0, m.start - 8), m.start)
                    ),
                    None,
                )
            if host is None and (inv := _INVITED_BY.search(t, mv.end(), min(len(t), mv.end() + 80))) is not None:
                # "a state visit hosted by Kenyan counterpart William Ruto", "auf Einladung von Präsident X": the
                # state of the one who invites or hosts
                inviter = next(
                    (
                        m.entity
                        for m in s.mentions
                        if m.entity in persons and m.entity != visitor and 0 <= m.start - inv.end() <= 40
                    ),
                    None,
                )
                if inviter is not None and res.country_of(inviter) not in (None, own):
                    host = res.country_of(inviter)
            if host is None and ctx.dateline is not None and res.country_of(ctx.dateline) != own:
                place = ctx.dateline
                host = res.country_of(place)
            elif (
                place is None and ctx.dateline is not None and host is not None and res.country_of(ctx.dateline) == host
            ):
                place = ctx.dateline  # "BAKU – ... ist in Aserbaidschan eingetroffen"
            guessed = False
            if (
                noun_word
                and day
                and _VISIT_NOUN_OWNED.search(t[: mv.start()])
                and (R.SIGN.search(t) or (R.MEETING.search(t) and len(persons) > 1))
            ):
                visit_day = None  # the date is the signing's or the meeting's, not the arrival's ...
            elif day and (
                own_day := _day_of_clause(t, mv.start(), date, ctx.published)
                or (
                    None
                    if date
                    and date[1] > mv.end()
                    and (where := _WHERE_CLAUSE.search(t, mv.end(), date[1])) is not None
                    # (not a clause of the place visited: "war zuvor in Belarus, wo er am Dienstag Lukaschenko traf")
                    and not any(
                        m.entity is not None
                        and (m.entity == host or m.entity == place or res.country_of(m.entity) == host)
                        and 0 <= where.start() - m.end <= 1
                        for m in s.mentions
                    )
                    else _day_after(s, date, day, mv, ctx)
                )
            ):
                visit_day = _arrival(t, own_day)
                # the day of the dateline is the day the story was filed: a meeting there may tell the visit's own
                guessed = date is not None and s.start + date[1] < ctx.dateline_end
            else:
                # no date, or only one of a clause of place after the trip ("came to India from Sri Lanka, where
                # he held talks in Colombo on Tuesday"): the event's; a trip to come has none ("Moon soll im Herbst
                # Pjöngjang besuchen")
                to_come = modality == "planned" and not _PAST_TENSE.search(t)
                visit_day = None if to_come else ctx.event_date if visitor in ctx.event_persons else ctx.lead_date
                guessed = not to_come
                if not to_come and len(years := _YEAR.findall(t)) == 1 and _looks_back(t, low_text):
                    # "Xi selbst war zuletzt 2009 in Ungarn", "last visited Cuba in 2016": the year the text looks
                    # back to
                    visit_day, guessed = years[0], False
            if host is not None and host != own and pool:
                kind = (
                    "state"
                    if ci(r"Staatsbesuch|state visit").search(t)
                    else "working"
                    if ci(r"Arbeitsbesuch|working visit").search(t)
                    else "official"
                    if ci(r"(?<!in)offiziell|(?<!un)official").search(t)  # (not "inoffiziell", "unofficial")
                    else None
                )
                # "Erdoğan and Georgian Prime Minister Kvirikashvili travelled to Baku": every visitor of the list
                pms = [m for m in s.mentions if m.entity is not None and m.entity.type == "Person" and m.start >= 0]
                k = next((i for i, m in enumerate(pms) if m.entity == visitor), None)
                visitors = [visitor]
                if k is not None:
                    # the verb right before its subjects: "Am Freitag reisten Buhari und Sirleaf nach Banjul"
                    # (also past a few words: "Nach Berlin gereist waren unter anderem der russische Präsident Putin, ...")
                    inverted = 0 <= pms[k].start - mv.end() <= 1 or (
                        lang == "de"
                        and 0 < pms[k].start - mv.end() <= 80
                        and not _GAP_STOP.search(t, mv.end(), pms[k].start)
                    )
                    # (the place may come first: "Eingetroffen sind in Addis Abeba unter anderem X, Y und Z")
                    for prev, nxt in zip(pms[k:], pms[k + 1 :], strict=False):
                        if (
                            nxt.start > mv.start() and not (inverted and (nxt.start < dest or dest < pms[k].start))
                        ) or not _listed_next(s, prev, nxt):
                            break
                        if res.country_of(nxt.entity) not in (None, host) and nxt.entity not in visitors:
                            visitors.append(nxt.entity)
                visitors += [p for p in included if p not in visitors and res.country_of(p) not in (None, host)]
                # "... travelled to Baku for the ceremony, as did US Energy Secretary Samuel Bodman"
                visitors += [
                    m.entity
                    for m in pms
                    if m.start > mv.start()
                    and _AS_DID.search(t, max(0, m.start - 60), m.start)
                    and res.country_of(m.entity) != host
                    and m.entity not in visitors
                ]
                # "reiste Sirleaf mit ihren Amtskollegen Buhari und Mahama nach Banjul", "flew to Banjul with
                # Buhari": who travels with the visitor visits too (not "flew to Moscow for talks with")
                dest_end = next((m.end for m in s.mentions if m.start == dest), dest)
                along = next(
                    (
                        i
                        for i, m in enumerate(pms)
                        if m.entity not in visitors
                        and m.start < clause_end
                        and (w := _WITH_BEFORE.search(t, max(0, m.start - 50), m.start)) is not None
                        and w.start() - 1
                        in (mv.end(), dest_end, pms[k].end if k is not None and pms[k].start > mv.start() else -9)
                    ),
                    None,
                )
                if along is not None:
                    company = [pms[along]]
                    for prev, nxt in zip(pms[along:], pms[along + 1 :], strict=False):
                        if nxt.start >= clause_end or not _listed_next(s, prev, nxt):
                            break
                        company.append(nxt)
                    visitors += R._uniq(
                        m.entity
                        for m in company
                        if res.country_of(m.entity) not in (None, host) and m.entity not in visitors
                    )
                if place is not None and place.name in _SEATS and host == res.country_of(place):
                    # "Erdoğan visited Brussels for talks with Barroso": the body seated there that the sentence
                    # names (or whose people it names) is the host, not Belgium
                    seated = _SEATS[place.name]
                    body = next(
                        (
                            b
                            for b in (
                                *s.ents("Organization", kinds=("name",)),
                                *(res.side_of(p) for p in s.ents(*_PERSONS)),
                            )
                            if b is not None and b.name in seated
                        ),
                        None,
                    )
                    host = body or host
                stops = [(host, place), *((h, None) for h in more_hosts if h not in (host, own))]
                if place is not None and place_at is not None and not more_hosts:
                    # "hatte Ende Mai Bamako und Ouagadougou besucht": each town of the list is a stop in its state
                    towns = [
                        m for m in s.mentions if m.entity is not None and m.entity.type == "Place" and m.kind == "name"
                    ]
                    j = towns.index(place_at) if place_at in towns else -1
                    stops += [
                        (c, m.entity)
                        for m in (towns[j + 1 : _list_end(t, towns, j)] if j >= 0 else [])
                        if (c := res.country_of(m.entity)) not in (None, host, own)
                    ]
                later = _later_stop(s, t, dest_end, res, {host, own, *more_hosts}, visitors, ctx.published)
                began = _began(t, visit_day)
                for v, (to, at) in ((v, stop) for v in visitors for stop in stops):
                    cand(
                        "visit",
                        {"visitor": [v], "host": [to], **({"place": [at]} if at else {})},
                        mv,
                        0.85 if day else 0.7,
                        # (the day a tour begins is its first stop's: "reist vom 10. bis 15. Dezember nach Nigeria,
                        # Südafrika und Lesotho" is in South Africa and Lesotho later that month)
                        properties={
                            "date": began[:7] if began and to != stops[0][0] and _DAY_RANGE.search(t) else began
                        },
                        values={"kind": kind} if kind else {},
                    )
                    if _INVITED_TO.search(t, max(0, mv.start() - 90), mv.start()):
                        # "invited Putin to pay a state visit to Kazakhstan", "lud Putin ein, ... zu einem
                        # Staatsbesuch nach Kasachstan zu kommen": a visit to come, of no day yet
                        out[-1].modality, out[-1].properties["date"] = "planned", None
                    elif visit_day is None:
                        out[-1].fallback_date = _began(t, day)  # ... unless no sentence dates the visit itself
                        if s in ctx.lead and out[-1].modality not in _TO_COME:
                            out[-1].news_day = ctx.published
                    out[-1].date_guessed = guessed
                if later is not None:
                    # "hat am Montag seine Reise in Saudi-Arabien begonnen, am Dienstag setzte er sie in Doha fort":
                    # a later clause's stop of the same traveller, of that clause's day
                    to, at, when, cue = later
                    cand(
                        "visit",
                        {"visitor": [visitors[0]], "host": [to], **({"place": [at]} if at else {})},
                        cue,
                        0.7,
                        properties={"date": when or _began(t, visit_day)},  # ("anschließend": the same day)
                    )
                if visited is None and noun_word and modality == "asserted":
                    # "Medwedew machte beim Staatsbesuch von Wulff in Moskau deutlich": the host's one leader the
                    # sentence names during the visit met the visitor (when no meeting word tells it)
                    at_home = [p for p in persons if p not in visitors and res.country_of(p) == host]
                    visited = at_home[0] if len(at_home) == 1 and not R.MEETING.search(t) else None
                if visited is not None and host == res.country_of(visited):
                    # "when Musharraf visited Bush at Camp David": the one visited meets the visitor
                    cand(
                        "meeting",
                        {"participants": [visitor, visited], **({"place": [place]} if place else {})},
                        mv,
                        0.75,
                        properties={"date": visit_day},
                    )
                if modality in ("planned", "expected", "hoped", "speculated"):
                    pass  # "he would soon travel to Baku": not the visit the article is about
                else:
                    ctx.event_persons = (
                        R._uniq([*ctx.event_persons, visitor]) if visitor in ctx.event_persons else [visitor]
                    )
                    ctx.event_persons += [v for v in visitors if v not in ctx.event_persons]
                    # "auf Einladung von Präsident Alijew", "with his host X": the host country's people join the event
                    ctx.event_persons += [p for p in persons if p != visitor and res.country_of(p) == host]
                    ctx.event_countries = R._uniq([own, host])
                    if not _looks_back(t, low_text) and not _after(visit_day or day, ctx.published):
                        # ("war zuletzt im Juli 2000 in Nordkorea": not the event in view; nor a visit to come)
                        ctx.event_date = visit_day or day or ctx.event_date
                        if visit_day and len(visit_day) == 10 and _ARRIVED.search(mv.group(0)) and _AT_NIGHT.search(t):
                            # "Obama had flown in late on Wednesday", "landed last night": what follows is the next day's
                            ctx.event_date = (date_cls.fromisoformat(visit_day) + timedelta(days=1)).isoformat()
                    ctx.event_place = place
                    ctx.place_stated = place is not None and place in places

        # ---- meeting
        mm = R.MEETING.search(t) if "meeting" in low else None
        if mm is None and _headline_call(t, persons):
            mm = _HEADLINE_BEI.search(t)
        if mm is None and "konsultationen" in low_text:
            mm = R.CONSULTATIONS.search(t)
        if mm is None and any(w in low_text for w in _PERFECT_WORDS):
            mm = R.MEETING_PERFECT.search(t)
        if mm and ctx.last_meeting is not None and ctx.sent_no - ctx.last_meeting_at <= 3 and _ALSO_PRESENT.search(t):
            mm = None  # "An den Gesprächen nahmen auch X teil": the last meeting's, added above
        if mm and _OFFER.search(t, 0, mm.start()):
            # "bot an, ein Treffen ... auszurichten", "offered to host talks": no meeting (yet); but "proposed
            # the meeting in a phone call with Putin": the call was held
            mm = next(
                (
                    c
                    for c in R.MEETING.finditer(t, mm.end())
                    if R.PHONE.search(c.group(0)) or R.VIDEO.search(c.group(0))
                ),
                None,
            )
        elif mm and (
            _STAYED_AWAY.search(t, max(0, mm.start() - 50), mm.start())
            or _STAYED_AWAY_DE.search(t)
            or (
                mm.group(0).casefold().startswith(_MEETING_NOUNS)
                and _CALLED_OFF_AFTER.match(t, mm.end(), mm.end() + 160) is not None
            )
        ):
            # "stayed away from a planned meeting with X", "sagte das Treffen ab", "Das Treffen ... wurde abgesagt",
            # "the talks will not take place": none held
            mm = None
        if mm and _AT_SIGNING.match(mm.group(0)) and len({m.entity for m in s.mentions if m.entity in persons}) < 2:
            mm = None  # "Auch Museveni wohnte der Unterzeichnung bei": an onlooker, not a meeting of two named
        if mm and ("ohne" in low_text or "without" in low_text):
            # "X met Y there without him", "ohne Alijew": whoever the text leaves out is no participant
            absent = {
                m.entity
                for m in s.mentions
                if m.entity is not None and _WITHOUT.search(t, max(0, m.start - 8), m.start)
            }
            persons = [p for p in persons if p not in absent]
        clause_groups: list[tuple[list[Entity], str, str | None, Entity | None]] = []
        if mm:
            parts = list(persons)
            bosses = {  # "Nimetz, the Personal Envoy of the UN Secretary-General, has led these talks": not Guterres
                m.entity
                for m in s.mentions
                if m.entity in parts and _TITLE_OF_BEFORE.search(t, max(0, m.start - 50), m.start)
            }
            parts = [p for p in parts if p not in bosses] or parts
            said = _SAID_VERB.search(t, 0, mm.start()) if len(parts) >= 3 else None
            if said is not None:
                # "Misri said Abdullah had called his counterpart Ghai": who reports the meeting takes no part
                told = {m.entity for m in s.mentions if m.start >= said.end()}
                # (also one inside the verb: "gab der Außenminister X bekannt, dass ...")
                reporters = {m.entity for m in s.mentions if m.end <= said.end()} - told
                if len([p for p in parts if p not in reporters]) >= 2:
                    parts = [p for p in parts if p not in reporters]
            if len(parts) >= 3:
                # "X has received Y; he is due to meet Z later", "Vance called Modi on Friday, and Rubio spoke
                # with Jaishankar": one meeting per clause with a meeting verb of its own (only three or more
                # people can be split between two clauses)
                clause_groups = self._meeting_clauses(s, t, parts, ctx)
            opening = _OPENING_CLAUSE.match(t) if len(parts) >= 3 and not clause_groups else None
            comma = t.find(",", opening.end()) if opening is not None else -1
            if clause_groups:
                parts = R._uniq(p for group, *_ in clause_groups for p in group)
            elif comma > mm.end() and (
                _SUBJECT_PRONOUN.search(t, opening.end(), mm.start())
                or any(m.entity in parts and opening.end() <= m.start < mm.start() for m in s.mentions)
            ):
                # "On the day he met Putin, a Russian missile hit ... and Zelenskyy called it ...": the meeting of
                # an opening clause with a subject of its own is that clause's
                named = {m.entity for m in s.mentions}
                inside = R._uniq(
                    [p for p in parts if p not in named]  # the subject a pronoun stands for
                    + [m.entity for m in s.mentions if m.entity in parts and m.start < comma and m.kind != "quote"]
                )
                if len(inside) >= 2:
                    parts = inside
            elif ";" in t:
                # "X has received Y; he is due to hold talks with Z": the people of the trigger's clause
                lo = t.rfind(";", 0, mm.start()) + 1
                hi = t.find(";", mm.end())
                hi = len(t) if hi < 0 else hi
                named = {m.entity for m in s.mentions}
                inside = R._uniq(
                    [p for p in parts if p not in named]  # the subject a pronoun stands for
                    + [m.entity for m in s.mentions if m.entity in parts and lo <= m.start < hi]
                )
                if len(inside) >= 2:
                    parts = inside
            pair_office = _PEOPLE_PAIR.search(t) if len(parts) == 1 and len(ctx.dyad) == 2 else None
            office = (
                _PAIR_OFFICES.get((pair_office["noun"] or "").casefold())
                if pair_office and _how_many(pair_office) == 2
                else None
            )
            holders = [res.holder(office, st) for st in ctx.dyad] if office else []
            if (
                len(holders) == 2
                and None not in holders
                and parts[0] not in holders
                and res.country_of(parts[0]) not in ctx.dyad
            ):
                # "Trump hatte mit beiden Regierungschefs telefoniert": the holders of that office in the two states
                # in view, with the one who speaks to them
                parts = [*parts, *holders]
            with_ = re.search(r"\b(mit|with)\b", t)
            if (
                len(parts) == 1
                and (anaphor or R.CONFLICT_ANAPHOR.search(t) is None)
                and with_
                and ctx.event_persons
                and not self._someone_unknown(s, t, with_.end())
            ):
                parts = R._uniq([*parts, *ctx.event_persons]) if parts[0] in ctx.event_persons else parts
            if (
                parts
                and ctx.event_persons
                and (_TALKS_OPENING.search(t) or (len(parts) == 1 and _MEETING_PRONOUN.search(t)))
                and len({res.country_of(p) for p in parts}) == 1
                and res.country_of(ctx.event_persons[0]) not in (None, res.country_of(parts[0]))
            ):
                # "Während ihres Aufenthalts traf sie außerdem Präsident X", "After talks with President X, ...":
                # the traveller in view meets X
                parts = [ctx.event_persons[0], *parts]
            guest = _GUEST.search(t) if len(parts) == 1 else None
            if guest is not None and ctx.event_persons and parts[0] not in ctx.event_persons:
                # "Alijew empfing seinen Gast": the visitor; "his guests": everyone of the event
                plural = guest.group(0).casefold().endswith(("gäste", "gästen", "guests", "visitors"))
                parts = R._uniq([*parts, *(ctx.event_persons if plural else ctx.event_persons[:1])])
            pair_of_people = _PEOPLE_PAIR.search(t) if len(parts) < 2 else None
            if pair_of_people is not None:
                # "die beiden Präsidenten", "the two leaders": the event's people, else the two named last (not
                # when someone is named after them: "die beiden Regierungschefs kamen mit Reinfeldt zusammen")
                # ("the three leaders": the event's three people, else the three named last)
                n = _how_many(pair_of_people)
                two = R._uniq([*parts, *reversed(ctx.persons)])[:n]
                named_after = any(m.entity in parts and m.start > pair_of_people.start() for m in s.mentions)
                # "the two prime ministers": the last ones named who hold that office, when the event's people do not
                nouned = pair_of_people  # ("sich die beiden Ministerpräsidenten": the noun of the match after it)
                while nouned is not None and not nouned["noun"]:
                    nouned = _PEOPLE_PAIR.search(t, nouned.start() + 1)
                office = _PAIR_OFFICES.get(nouned["noun"].casefold()) if nouned is not None else None
                holders = (
                    R._uniq(p for p in reversed(ctx.persons) if (held := res.office_of(p)) and held[0] == office)[:n]
                    if office
                    else []
                )
                if (
                    len(holders) == n
                    and all(p in holders for p in parts)
                    and not all((held := res.office_of(p)) and held[0] == office for p in ctx.event_persons)
                ):
                    parts = holders
                elif len(ctx.event_persons) >= 2 and (n == 2 or len(ctx.event_persons) == n):
                    parts = list(ctx.event_persons)
                elif len(two) == n and not named_after:
                    parts = two
            if len(parts) >= 3:
                # "under the eyes of their host, Alexander Lukashenko": who hosts the others' talks looks on
                onlookers = {
                    m.entity
                    for m in s.mentions
                    if m.entity in parts
                    and (
                        _THEIR_HOST.search(t, max(0, m.start - 30), m.start)
                        # "held talks before the contracts were signed in the presence of Minister X"
                        or _WITNESS_BEFORE.search(t, max(0, m.start - 60), m.start)
                        or _PRESENCE_AFTER.match(t, m.end)  # "spoke directly in Albusaidi's presence"
                    )
                }
                parts = [p for p in parts if p not in onlookers]
            kind = (
                "phone_call"
                if R.PHONE.search(t) or mm.group(0) == "called"  # "Vance called Modi" ("called on X": in person)
                else "video_call"
                if R.VIDEO.search(t)
                else None
            )
            if len(parts) == 1 and not clause_groups and (lead := _LEADERS_OF.search(t)) is not None:
                # "traf Putin mit weiteren Staats- und Regierungschefs zusammen, darunter denen des Iran
                # und Pakistans": leaders unnamed, their states meet him, each apart
                listed = [
                    m
                    for m in s.mentions
                    if m.kind == "name"
                    and m.entity is not None
                    and m.entity.type == "Country"
                    and m.start >= lead.end()
                ]
                states = [
                    m.entity
                    for m in (
                        listed[: _list_end(t, listed, 0)] if listed and listed[0].start - lead.end() <= 40 else []
                    )
                    if m.entity != res.country_of(parts[0])
                ]
                where = next(
                    (
                        m.entity
                        for m in s.mentions
                        if m.entity in places and not _FROM.search(t, max(0, m.start - 6), m.start)
                    ),
                    None,
                )
                clause_groups = [([parts[0], st], modality, None, where) for st in states]
                parts = [parts[0], *states] if states else parts
            if not clause_groups and len(parts) >= 3 and not R.TRILATERAL.search(t):
                # "hatte in Moskau Präsident Putin und in Kiew Staatschef Selenskyj getroffen", "met Putin in Moscow
                # and Zelenskyy in Kyiv": one meeting with each, in each one's place
                spread = _each_in_a_place(s, t, parts[1:])
                clause_groups = [([parts[0], o], modality, None, where) for o, where in spread]
            groups = [parts]
            if clause_groups:
                groups = [group for group, *_ in clause_groups]
            elif len(parts) >= 3 and not R.TRILATERAL.search(t) and (_SEPARATE.search(t) or _SEQUENCE.search(t)):
                # "getrennte Gespräche mit Alijew und mit Rohani", "empfing ihn X, anschließend wurde er von Y
                # begrüßt": one meeting of the person at the centre with each of the others
                pivot = next((p for p in parts if p in ctx.event_persons), parts[0])
                sep = _SEPARATE.search(t)
                if sep is not None and sep.group(0).casefold().startswith(("neben", "besides")):
                    # "Kagame empfing neben Xi auch Modi": the one named before receives each
                    pivot = next((m.entity for m in s.mentions if m.entity in parts and m.start < sep.start()), pivot)
                elif (both := _BOTH.search(t)) is not None:
                    # "Sowohl Johnson als auch die Königin empfingen den Gast": the one not of the pair meets each
                    second = next((m for m in s.mentions if m.entity in parts and m.end >= both.end()), None)
                    last = second.end if second is not None else both.end()
                    pair = {m.entity for m in s.mentions if both.start() <= m.start < last}
                    pivot = next((p for p in parts if p not in pair), pivot)
                met = R._uniq(
                    m.entity
                    for m in s.mentions
                    if m.entity in parts
                    and _WITH_BEFORE.search(t, max(0, m.start - 40), m.start)
                    and not _ALONG_BEFORE.search(t, max(0, m.start - 60), m.start)
                )
                if (
                    len(met) == 1
                    and _SEPARATE.search(t)
                    and all(  # "Albanese and Sunak held separate talks with Biden": the one met
                        m.start < next(x.start for x in s.mentions if x.entity == met[0])
                        for m in s.mentions
                        if m.entity in parts and m.entity != met[0]
                    )
                ):
                    pivot = met[0]
                groups = [[pivot, o] for o in parts if o != pivot]
            elif len(parts) >= 3 and not R.TRILATERAL.search(t) and _SIDELINES.search(t):
                # "Am Rande des Gipfels traf Putin auch A und B", "On the sidelines, he met A and B": the one
                # named apart from the list (or the subject a pronoun stands for) meets each of the others
                first: dict[Entity, Mention] = {}
                for m in s.mentions:
                    if m.entity in parts and m.entity not in first:
                        first[m.entity] = m
                unnamed = [p for p in parts if p not in first]
                named = sorted(first.values(), key=lambda m: m.start)
                # the verb between the one and the list ("Putin met A and B"), or before both and the two
                # apart ("traf Putin auch A und B")
                pivot = (
                    unnamed[0]
                    if len(unnamed) == 1
                    else named[0].entity
                    if not unnamed
                    and any(
                        named[0].end <= v.start() < named[1].start
                        or (
                            _VERB_THEN_SUBJECT.fullmatch(t, v.end(), named[0].start)
                            and not _AND_GAP.fullmatch(t, named[0].end, named[1].start)
                        )
                        for v in R.MEETING.finditer(t)
                    )
                    else None
                )
                if pivot is not None:
                    groups = [[pivot, o] for o in parts if o != pivot]
            elif len(parts) >= 3 and not R.TRILATERAL.search(t) and not _TOGETHER.search(t):
                # "Blinken met President Zelenskiy, Prime Minister Shmyhal and Foreign Minister Kuleba": a
                # guest's talks with several people of one host state are one meeting with each of them
                guest = _lone_guest(s, parts, res)
                if guest is not None:
                    groups = [[guest, o] for o in parts if o != guest]
            if (
                kind == "phone_call"
                and len(groups) == 1
                and len(parts) >= 3
                and (_WITH_EACH.search(t) or (len(parts) == 3 and _PHONE_VERB.search(t) and not _ONE_CALL.search(t)))
                and not clause_groups
            ):
                # ("Trump spoke by phone with Hun Manet and Phumtham", "telefonierte mit A und B": a call with each)
                # "Biden had spoken by phone with the emir of Qatar and with Egypt's president": one call of
                # the caller with each ("a call with Scholz, Macron and Meloni" is one call of them all)
                groups = [[parts[0], o] for o in parts[1:]]
            if (len(parts) >= 3 and not clause_groups) or R.TRILATERAL.search(t):
                kind = kind or ("trilateral" if R.TRILATERAL.search(t) or len(parts) == 3 else None)
            if len(parts) >= 2:
                # "From Cairo the President travelled on to Ankara for talks": not where he came from
                here = [
                    p
                    for p in places
                    if not any(
                        m.entity == p
                        and (
                            _FROM.search(t, max(0, m.start - 6), m.start)
                            or _from_here(s, m.start)  # "flew in from the summit in X"
                        )
                        for m in s.mentions
                    )
                ]
                place = (here or [None])[0]  # where they came from is not where they meet
                where = _last(_WHERE_CLAUSE, t[max(0, mm.start() - 60) : mm.start()])
                said_where = False  # the place is the one a clause of place names
                if where is not None:
                    # "hours after a stop in Kabul, where he met President Karzai": the place before "where" (also
                    # one come from: "came to Abuja from Nairobi, where on Wednesday he met Kenyatta")
                    at = max(0, mm.start() - 60) + where.start()
                    before = next((m.entity for m in reversed(s.mentions) if m.entity in places and m.end <= at), None)
                    place, said_where = (before, True) if before is not None else (place, False)
                calls = kind in ("phone_call", "video_call")  # a call or video summit has no one place
                lead_dateline = False  # the place is the dateline's, of the sentence that opens with it
                if place is None and not ctx.event_place and ctx.dateline is not None and not calls:
                    place = ctx.dateline
                    lead_dateline = s.start < ctx.dateline_end
                use_ctx = not day and (anaphor or set(parts) & set(ctx.event_persons))
                meeting_day = _day_of_clause(t, mm.start(), date, ctx.published) or _day_after(s, date, day, mm, ctx)
                if date is not None and meeting_day == day and date[2] <= mm.start() and "shift" in low:
                    # "arrived on the evening of March 31 and held talks with Yushchenko the next morning" (not
                    # "meeting Sarkozy on May 20 before travelling on to Berlin the following day"; nor "traf er
                    # Jaishankar, tags darauf reiste er weiter": the shift is in the meeting's part of the sentence
                    comma = t.find(",", mm.end())
                    later = N.shifted_date(t[date[2] : comma if comma >= 0 else len(t)], day)
                    meeting_day = later[0] if later else meeting_day
                # each clause's own modality, day and place ("met A on Wednesday, and received B in X on Thursday")
                own = [(mood, d, p) for _, mood, d, p in clause_groups] or [(modality, None, None)] * len(groups)
                # the sentence's place is every clause's when it comes first ("In Xi'an, Xi met A on Wednesday, and
                # received B on Thursday"), else only its own clause's ("hatte dort X getroffen, einen Tag später
                # sprach er in Kairo mit Y")
                place_before_clauses = any(m.entity == place and m.start < mm.start() for m in s.mentions)
                for group, (mood, own_day, own_place) in zip(groups, own, strict=True):
                    # (a single clause's talks are those before the main clause: "After talks with Medvedev,
                    # Sarkozy flew on to Tbilisi" does not say they were held in Tbilisi)
                    at = own_place or (
                        place if not clause_groups or (len(clause_groups) > 1 and place_before_clauses) else None
                    )
                    c = cand(
                        "meeting",
                        {"participants": group, **({"place": [at]} if at else {})},
                        mm,
                        0.85 if not use_ctx else 0.75,
                        modality=mood,
                        properties={
                            "date": own_day
                            or meeting_day
                            or (ctx.event_date if use_ctx else None)
                            # the day the sentence before named: "The high point came on Friday in Beijing.
                            # Lula held talks with Xi ...", "met X there"
                            or (ctx.last_day if ctx.sent_no - ctx.last_day_at <= 1 else None)
                            or ctx.lead_date
                        },
                        values={"kind": kind} if kind and (len(groups) == 1 or kind == "phone_call") else {},
                    )
                    # ("New Delhi, Feb 18 (PTI) ... as Modi held talks with Amir Sheikh Tamim": the story's lead
                    # tells what happened where it was filed)
                    c.place_stated = (bool(places) and (place is places[0] or said_where)) or lead_dateline
                    if not place and use_ctx and ctx.event_place and not calls:
                        c.roles["place"] = [ctx.event_place]
                        # "hosted the leaders ... in the Kremlin. After four hours of talks ...": stated before
                        c.place_stated = ctx.place_stated
                hosting = _HOSTING.match(mm.group(0)) and kind not in ("phone_call", "video_call")
                passive = hosting and (
                    _PASSIVE_BEFORE.search(t[: mm.start()])
                    or (lang == "de" and _GERMAN_PASSIVE.search(t[: mm.start()]))
                    or _PASSIVE_AFTER.match(t, mm.end())
                )
                if passive and len(parts) == 2 and not (clause_groups and len(clause_groups[0][0]) != 2):
                    # "Li Keqiang ist vom kenianischen Präsidenten Kenyatta empfangen worden", "X was received by
                    # President Y": the one received visits the state of the one receiving
                    guest, host_person = parts
                    host_country = _acting_state(host_person, res)
                    at = c.roles["place"][0] if c.roles.get("place") else None
                    if at is not None and res.country_of(at) not in (None, host_country):
                        host_country = None  # received abroad: "was received by Putin in Tianjin"
                    if host_country is not None and res.country_of(guest) not in (None, host_country):
                        cand(
                            "visit",
                            {"visitor": [guest], "host": [host_country], **({"place": [at]} if at is not None else {})},
                            mm,
                            0.7,
                            properties={"date": c.properties.get("date")},
                        )
                if hosting and not passive:
                    # "Gastgeber Alijew empfing in Baku den iranischen Präsidenten ...": the guests visit
                    # (the participants when the sentence names no one: "The President received ..." resolved from
                    # its office words; an empty list here once stopped a whole run)
                    host_person = (persons or parts)[0]
                    host_country = _acting_state(host_person, res)
                    at = c.roles["place"][0] if c.roles.get("place") else None
                    if at is not None and not c.place_stated and res.country_of(at) not in (None, host_country):
                        # a place the sentence does not name lies outside the host's state: the dateline's or the
                        # story's ("ZAGREB - ... Conte received Plenković", "DHAKA - ... Xi received Khaleda Zia at
                        # his hotel"), no visit to the host's state
                        host_country = None
                    for guest in (clause_groups[0][0] if clause_groups else parts)[1:]:
                        if host_country is not None and res.country_of(guest) not in (None, host_country):
                            cand(
                                "visit",
                                {
                                    "visitor": [guest],
                                    "host": [host_country],
                                    **({"place": [at]} if at is not None else {}),
                                },
                                mm,
                                0.7,
                                properties={"date": c.properties.get("date")},
                            )
                if not _looks_back(t, low_text):
                    ctx.event_persons = parts
                ctx.last_meeting, ctx.last_meeting_at = (c if len(groups) == 1 else None), ctx.sent_no
                ctx.event_countries = R._uniq(res.country_of(p) for p in parts)
                if (
                    not _looks_back(t, low_text)
                    and modality not in _TO_COME
                    and not _after(c.properties["date"], ctx.published)
                ):
                    # (a meeting to come dates nothing after it: "is due to hold talks with Trọng on Friday")
                    ctx.event_date = c.properties["date"] or ctx.event_date
                ctx.place_stated = c.place_stated if place else ctx.place_stated
                ctx.event_place = place or ctx.event_place
            elif day and len(day) == 10 and not parts and len(ctx.event_persons) >= 2 and not countries:
                # "Am Dienstag folgten die offiziellen Verhandlungen": the current event's people
                place = places[0] if places else ctx.event_place
                cand(
                    "meeting",
                    {"participants": list(ctx.event_persons), **({"place": [place]} if place else {})},
                    mm,
                    0.65,
                    properties={"date": day},
                )
                ctx.event_date = day
            else:
                if anaphor and places and not ctx.event_place:
                    ctx.event_place = places[0]
                    ctx.place_stated = True
                if _LEADERS.search(t):
                    # "Am Montag berieten die Staatschefs der OVKS per Videokonferenz": who took part follows
                    calls = kind in ("phone_call", "video_call")
                    c = R.Candidate(
                        "meeting",
                        {"participants": list(parts), **({"place": [places[0]]} if places and not calls else {})},
                        properties={"date": day or ctx.lead_date},
                        values={"kind": kind} if kind else {},
                        start=s.start,
                        end=s.end,
                        rule=R.trigger_id(lang, "meeting", mm),
                        confidence=0.65,
                        modality=modality,
                    )
                    ctx.gathering, ctx.gathering_at = c, ctx.sent_no
                if day and parts:  # "Putin hosted the leaders of ... on Monday": the date of what follows
                    ctx.event_date, ctx.event_persons = day, parts
                    ctx.place_stated = bool(places) or (ctx.place_stated and ctx.event_place is not None)
                    ctx.event_place = places[0] if places else ctx.event_place or ctx.dateline

        # ---- agreement signing
        ms = R.SIGN.search(t) if "sign" in low else None
        md = None
        if ms:  # the document noun near the signing verb ("signed two agreements", "Abkommen ... unterzeichnet")
            reach = 170 if lang == "de" else 80  # German puts the participle at the end of the clause
            near = [d for d in R.DOCS.finditer(t) if -reach <= d.start() - ms.start() <= reach]
            md = min(near, key=lambda d: abs(d.start() - ms.start())) if near else None
            if md is None and ctx.previous and R.DOCS.search(ctx.previous):
                # "Kamikawa and Teodoro put their names to it": the document the sentence before named
                md = _SIGNED_IT.match(t, ms.end())
            if md is not None:
                uni = [u for u in _UNILATERAL.finditer(t) if abs(u.start() - ms.start()) < abs(md.start() - ms.start())]
                lo, hi = min(ms.start(), md.start()), max(ms.end(), md.end())
                talks = _TALKS_CONCLUDED.search(t, max(0, ms.start() - 120), ms.end() + 60)
                if uni or _NEGATION.search(t, max(0, lo - 20), hi) or talks:
                    md = None  # "signed a decree", "no final agreement had been signed": no agreement signed
        sign_parties = None
        if ms and md:
            ps, from_ctx = parties(min_n=2)
            sign_parties = list(ps), from_ctx
            settings = {
                m.entity
                for m in s.mentions
                if m.entity in orgs
                and (_SETTING_BEFORE.search(t, max(0, m.start - 40), m.start) or _SETTING_AFTER.match(t, m.end))
            }
            ps = R._uniq(
                [
                    *ps,
                    *(
                        o
                        for o in orgs
                        if not AGENCY_NAME(o, t)
                        and o.id not in self.agencies
                        and o is not reported
                        and o not in settings
                    ),
                ]
            )
            brokers = {
                m.country or m.entity
                for m in s.mentions
                if (m.entity is not None or m.country is not None) and _BROKER_AFTER.match(t, m.end)
            }
            ps = [p for p in ps if p not in brokers] or ps  # "under Saudi mediation, A and B signed": not a party
            onlookers = {
                res.side_of(m.entity) if m.entity.type == "Person" else m.entity
                for m in s.mentions
                if m.entity is not None and _WITNESS_BEFORE.search(t, max(0, m.start - 60), m.start)
            }
            onlookers |= {
                res.side_of(m.entity) if m.entity.type == "Person" else m.entity
                for m in s.mentions
                if m.entity is not None
                and (_AIDE_BEFORE.search(t, max(0, m.start - 40), m.start) or _AIDE_AFTER.match(t, m.end))
            }
            onlookers |= {  # "in Bridgetown, Barbados": the state of the city before it
                m.entity
                for prev, m in zip(s.mentions, s.mentions[1:], strict=False)
                if m.entity is not None
                and m.entity.type == "Country"
                and prev.entity is not None
                and prev.entity.type == "Place"
                and t[prev.end : m.start] == ", "
                and res.country_of(prev.entity) == m.entity
            }
            venues = {  # "signed peace agreement in Pretoria after talks in South Africa": the venue's state
                m.entity
                for m in s.mentions
                if m.entity is not None
                and m.entity.type == "Country"
                and m.kind == "name"
                and _IN_SIDE.search(t, max(0, m.start - 12), m.start)
            }
            named_elsewhere = {
                m.entity
                for m in s.mentions
                if m.entity in venues and not _IN_SIDE.search(t, max(0, m.start - 12), m.start)
            }
            onlookers |= venues - named_elsewhere - {res.side_of(p) for p in persons}
            onlookers |= {  # "a sign of how seriously Warsaw takes the threat from Russia": no party
                m.entity
                for m in s.mentions
                if m.entity is not None and _RIVAL_BEFORE.search(t, max(0, m.start - 40), m.start)
            }
            onlookers |= {  # "beides Mitglieder des informellen BRICS-Blocks", "both members of NATO": no party
                m.entity
                for m in s.mentions
                if m.entity is not None
                and m.entity.type == "Organization"
                and _MEMBERS_OF_BEFORE.search(t, max(0, m.start - 40), m.start)
            }
            # "the Eurasian Union Agreement, signed by the presidents of ...": a body that names the document
            onlookers |= {
                m.entity
                for m in s.mentions
                if m.entity is not None and m.entity.type == "Organization" and _NAMES_DOCUMENT.match(t, m.end)
            }
            # "Ägypten, das mit Äthiopien seit Jahren streitet, hat mit Somalia ... unterzeichnet": a state only a
            # relative clause closed before the verb names
            clauses = [(c.start(), c.end()) for c in _RELATIVE_CLAUSE.finditer(t, 0, ms.start())]
            if clauses:
                at = [(m.start, _state_of_mention(m, res)) for m in s.mentions]
                onlookers |= {
                    e
                    for e in ps
                    if any(x == e for _, x in at)
                    and all(any(a <= pos < b for a, b in clauses) for pos, x in at if x == e)
                }
            # "unter Vermittlung von UN-Generalsekretär António Guterres und der Türkei", "witnessed by the leaders of
            # Kenya, Uganda and Djibouti": whoever only the helping clause names is no party
            onlookers |= _aides(t, s, res)
            # "Sarraj signed, but Haftar left without signing": who refused to sign is no party
            refused = {
                res.side_of(m.entity) if m.entity.type == "Person" else m.entity
                for m in s.mentions
                if m.entity is not None and _REFUSED_AFTER.match(t, m.end)
            }
            ps = [p for p in ps if p not in refused]
            aside = _ASIDE_AFTER.search(t, max(ms.end(), md.end()))
            if aside is not None:
                # "signed a defence pact on Monday ..., a step that brings two of Washington's allies closer as both
                # face an assertive China": the states only the aside names are no parties
                at = [(m.start, _state_of_mention(m, res)) for m in s.mentions]
                onlookers |= {
                    e for e in ps if any(x == e for _, x in at) and all(pos >= aside.start() for pos, x in at if x == e)
                }
            if len([p for p in ps if p not in onlookers]) >= 2:
                # "signed in Jeddah in the presence of King Salman", "after talks facilitated by Norway", "with
                # Mexico as host", "in Bridgetown, Barbados": not parties
                ps = [p for p in ps if p not in onlookers]
            named = _states_signing(s, t, ms, res)
            if named and all(p in ps for p in named):
                # "Norway and Japan on Tuesday signed a fisheries pact, bringing a neighbour of Moscow closer", "Peru
                # signed an agreement with France ... amid a race with Pakistan": the states right before the verb
                # and whom they sign with
                ps = [p for p in ps if p in named]
            # the signatories: named before the verb, else between it and the document ("unterzeichneten der
            # US-Sondergesandte Khalilzad und der Taliban-Politchef Baradar ein Abkommen")
            sig_lo, sig_hi = (
                (0, ms.start())
                if any(m.entity in persons and m.end <= ms.start() for m in s.mentions)
                else (ms.end(), max(ms.end(), md.start()))
            )
            signatories = R._uniq(m.entity for m in s.mentions if m.entity in persons and sig_lo <= m.start < sig_hi)
            sides = R._uniq(res.side_of(p) for p in signatories)
            if (
                len(sides) >= 2
                and None not in sides
                and not any(
                    m.entity not in sides
                    and m.entity.type == "Country"
                    and m.kind == "name"
                    and sig_lo <= m.start < sig_hi
                    for m in s.mentions
                    if m.entity is not None
                )
            ):
                # "US special envoy Khalilzad and the Taliban's political chief Baradar signed an agreement in a Doha
                # hotel ... US military involvement in Afghanistan": the signatories' sides (and whom they sign
                # with) are the parties, not the places and topics named after them
                partners = {  # "signed with the EU", "together with European Council President Van Rompuy"
                    res.side_of(m.entity) if m.entity.type == "Person" else m.entity
                    for m in s.mentions
                    if m.entity is not None
                    and m.start > ms.start()
                    and _WITH_BEFORE.search(t, max(0, m.start - 50), m.start)
                }
                ps = [p for p in ps if p in sides or p in partners] if set(sides) <= set(ps) else ps
            ps = [p for p in ps if p.type in _PARTIES] or ps
            if len(ps) == 1 and (state := self.groups.get(ps[0].id)) is not None:
                # "Die Rebellengruppe SLA unterzeichnete ein Friedensabkommen": with the state it fights
                ps.append(state)
            if len(ps) >= 2 or (ps and ps[0].type != "Country"):  # a state signs with someone
                count = N.count_before(t[: md.start()], lang)
                topics = [f"{d} cooperation" for d in R.domains_of(t[md.start() :])][:3]
                bodies = [p for p in ps if p.type == "Organization"]
                states = [p for p in ps if p.type == "Country"]
                each = (
                    len(bodies) == 1
                    and len(states) >= 2
                    and len(ps) == len(states) + 1
                    and not R.TRILATERAL.search(t)
                    and (
                        _EACH.search(t)
                        or _WITH_BODY.search(t, 0, next((m.start for m in s.mentions if m.entity == bodies[0]), 0))
                        # "The European Union signed association agreements with Ukraine, Georgia and Moldova"
                        or _WITH_BODY.search(t, 0, next((m.start for m in s.mentions if m.entity in states), 0))
                    )
                )
                # "Ein 2018 unterzeichneter Vertrag", "in 2018 signed": the year right before the verb, when the
                # sentence tells no day
                year_signed = _YEAR_BEFORE.search(t, max(0, ms.start() - 8), ms.start()) if not day else None
                if year_signed is None and (after := _YEAR_AFTER_SIGNED.match(t, ms.end())) is not None:
                    # "a contract signed between Baykar and the Polish ministry in 2021, SSB said on Friday": the
                    # year the signing clause gives, unless the sentence's day is told inside that clause
                    # (not another signing's: "sign a protocol upgrading the agreement the countries concluded in 2009")
                    other = R.SIGN.search(t, ms.end(), after.start(1))
                    if other is None and (not day or (date is not None and not ms.start() <= date[1] < after.end())):
                        year_signed = after
                signed_on = year_signed.group(1) if year_signed else day or ctx.event_date or ctx.lead_date
                # "Georgien und Moldau unterzeichneten jeweils ihre Abkommen mit der EU": one signing per state
                for group in [[st, bodies[0]] for st in states] if each else [ps]:
                    c = cand(
                        "agreement_signing",
                        {"parties": group},
                        ms,
                        0.7 if from_ctx else 0.85,
                        properties={"date": signed_on},
                        values={k: v for k, v in {"count": count, "topics": topics or None}.items() if v},
                    )
                    if ctx.event_place and (from_ctx or anaphor):
                        c.roles["place"] = [ctx.event_place]
                signers = [p for p in s.ents("Person", kinds=("name", "surname", "role")) if p in persons]
                pronoun = _SUBJECT_PRONOUN.search(t, 0, ms.end() + 4) if len(signers) == 1 else None
                if pronoun is not None and _AND_NAME.match(t, pronoun.end()):
                    # "On July 9 he and Isaias signed a declaration": the one the pronoun stands for signs too
                    signers += [p for p in persons if p not in signers and not any(m.entity == p for m in s.mentions)][
                        :1
                    ]
                if len(signers) >= 2 and mm is None and modality in ("asserted", "reported"):
                    # "Abiy and Isaias signed the accord in Jeddah in the presence of King Salman": a ceremony
                    # with named people is a meeting of them
                    meet = cand(
                        "meeting",
                        {"participants": signers, **({"place": [places[0]]} if places else {})},
                        ms,
                        0.6,
                        properties={"date": day or ctx.event_date or ctx.lead_date},
                    )
                    meet.place_stated = bool(places)
        elif (
            ms
            and len(persons) >= 2
            and modality in ("asserted", "reported")
            and ctx.previous
            and R.DOCS.search(ctx.previous)
            and _SIGNED_FOR.search(t, max(0, ms.start() - 40), ms.end() + 40)
        ):
            # "Das Abkommen wurde in Pretoria unterzeichnet. Für die Regierung unterschrieb X, für die TPLF Y", "X
            # signed for the government and Y for the rebels": the signatories of the document before meet
            signers = R._uniq(  # (not whose adviser signed: "der Sicherheitsberater von Ministerpräsident Abiy")
                m.entity
                for m in s.mentions
                if m.entity in persons
                and m.kind in ("name", "surname", "role")
                and not _WHOSE_BEFORE.search(t, max(0, m.start - 30), m.start)
            )
            sides = {res.side_of(p) for p in signers}
            if len(signers) >= 2 and (len(sides) >= 2 or None in sides):  # (not two of one side: "Tusk and Juncker
                # signed for the European Union")
                place = (
                    places[0]
                    if places
                    else ctx.event_place or (ctx.last_place if ctx.sent_no - ctx.last_place_at <= 1 else None)
                )
                meet = cand(
                    "meeting",
                    {"participants": signers, **({"place": [place]} if place else {})},
                    ms,
                    0.6,
                    properties={"date": day or ctx.event_date or ctx.last_day or ctx.lead_date},
                )
                meet.place_stated = bool(places) or ctx.place_stated

        # ---- trade (clause by clause)
        is_arms = ("arms" in low and R.ARMS.search(t)) or ("system" in low and R.ARMS_SYSTEM.search(t))
        arms_named = bool(is_arms)  # (not only referred to: "das Geschäft")
        if is_arms:
            ctx.arms_at = ctx.sent_no
            named_period = N.find_period(t, ctx.published) or N.bare_year(t)
            if named_period is not None and _YEARS.fullmatch(named_period):
                ctx.arms_period, ctx.arms_period_at = named_period, ctx.sent_no
        elif (
            ctx.sent_no - ctx.arms_at <= 2
            and _ARMS_ANAPHOR.search(t)
            and (R.ARMS_BUY.search(t) or R.ARMS_SELL.search(t))
        ):
            is_arms = _ARMS_ANAPHOR.search(t)
        trade_ok = "trade" in low and (R.TRADE.search(t) or (ctx.sent_no - ctx.trade_at <= 2 and R.TARGET.search(t)))
        # "In 2022 it reached $9 billion": the figure of the trade told in the sentence before
        it_figure = _IT_FIGURE.search(t) if not trade_ok and ctx.sent_no - ctx.trade_at == 1 else None
        trade_ok = trade_ok or it_figure is not None
        if trade_ok and (not is_arms or arms_named):
            no_figure = not N.money(t, lang) and not N.percents(t, lang)
            # "Es war im vergangenen Jahr der größte Handelspartner.", "China ist 2019 der wichtigste
            # Handelspartner gewesen.": the period of the figures that follow
            sentence_period = N.find_period(t, ctx.published) or (N.bare_year(t) if no_figure else None)
            if sentence_period:
                ctx.trade_period, ctx.trade_period_at = sentence_period, ctx.sent_no
            prev_parties: list[Entity] = list(ctx.trade_parties) if not R.TRADE.search(t) else []
            if no_figure:
                # "China ist Südkoreas größter Handelspartner.": the pair the figures of the next sentences are about
                partners, partners_from_ctx = parties(min_n=2, blocs=True)
                if len(partners) == 2 and not partners_from_ctx:
                    ctx.trade_at, ctx.trade_parties = ctx.sent_no, partners
            for lo, hi in _clauses(t):
                clause = t[lo:hi]
                if arms_named and any(
                    p.search(clause) for p in (R.ARMS, R.ARMS_SYSTEM, R.ARMS_BUY, R.ARMS_SELL, R.ARMS_GIVE)
                ):
                    # the clause is about weapons: "..., and warned Beijing against sending weapons", "New Delhi
                    # ordered five squadrons under a $5.43bn contract"
                    continue
                mt = R.TRADE.search(clause) or R.TARGET.search(clause)
                pcts = _dedupe_amounts(N.percents(clause, lang))
                money = N.money(clause, lang)
                if not (pcts or money) or not (mt or prev_parties):
                    continue
                ps, from_ctx = parties(lo, hi, min_n=2, blocs=True)
                if from_ctx and hi - lo < len(t):
                    # "China is Saudi Arabia's largest trading partner ...; ..., bilateral trade reached $87 billion":
                    # the states of the sentence before those of the context
                    whole, whole_from_ctx = parties(min_n=2, blocs=True)
                    if not whole_from_ctx:
                        ps, from_ctx = whole, False
                if from_ctx and len(ctx.trade_parties) >= 2 and ctx.sent_no - ctx.trade_at <= 2:
                    # "Das gesamte Handelsvolumen lag damit bei ...", "both sides": the parties of the figures before
                    ps = list(ctx.trade_parties)
                region = self._region(clause, clause.casefold(), ctx, anaphor=True)
                if region and not from_ctx and not set(ps).isdisjoint(region):
                    # "Kazakhstan, Germany's first partner in Central Asia": a state of the region is the partner,
                    # the region only the frame of its share
                    region = []
                if region:  # "trade between China and the five countries", "ein Investitionspaket für die Region"
                    ps, from_ctx = R._uniq([*parties(lo, hi, min_n=1, blocs=True)[0], *region]), False
                if not ps and prev_parties:
                    ps, from_ctx = prev_parties, True
                elif not ps and len(ctx.trade_parties) >= 2 and ctx.sent_no - ctx.trade_at == 1:
                    # "Bilateral trade between A and B rose by 20 percent. Trade reached $85 billion.": the pair of
                    # the sentence before
                    ps, from_ctx = list(ctx.trade_parties), True
                elif not ps and mt and len(ctx.pair) == 2 and ctx.sent_no - ctx.pair_at == 1:
                    # "Japan und Deutschland sind eng verflochten. Der Warenaustausch erreichte 2019 rund 40 Milliarden
                    # Euro.": the two states of the sentence before
                    ps, from_ctx = list(ctx.pair), True
                if not ps:
                    continue
                if len(ps) >= 3 and not from_ctx:
                    # "Mexico overtook China as the first trading partner of the US": a state compared with trades
                    # in no figure of the clause
                    compared = {
                        m.country or m.entity
                        for m in s.mentions
                        if lo <= m.start < hi
                        and (
                            _COMPARED_BEFORE.search(t, max(lo, m.start - 24), m.start)
                            # "war nach Deutschland und vor Italien ihr zweiter Partner": ranked after one
                            or (_AFTER_RANKED.search(t, max(lo, m.start - 12), m.start) and _AND_BEFORE.match(t, m.end))
                        )
                    }
                    ps = [p for p in ps if p not in compared] if len(set(ps) - compared) >= 2 else ps
                if len(ps) == 1 and len(ctx.dyad) == 2 and ps[0] in ctx.dyad and not _ALL_PARTNERS.search(clause):
                    # "exports to China", "der Warenaustausch" in an article about Georgia and China: the pair
                    ps, from_ctx = [ps[0], *(d for d in ctx.dyad if d != ps[0])], True
                elif len(ps) == 1 and len(ctx.trade_parties) >= 2 and ctx.sent_no - ctx.trade_at <= 3:
                    # "Die USA führten Waren aus Mexiko ein ... Die Importe aus China sanken": the economy the
                    # figures before were about, with its new partner
                    home = ctx.trade_parties[0] if ctx.trade_parties[0] != ps[0] else ctx.trade_parties[1]
                    ps, from_ctx = [home, ps[0]], True
                prev_parties, earlier = ps, ctx.trade_parties
                ctx.trade_at, ctx.trade_parties = ctx.sent_no, ps
                period = (
                    N.find_period(clause, ctx.published)
                    or sentence_period
                    or N.bare_year(clause)
                    or _month_of(clause, ctx.published)
                    or (ctx.trade_period if ctx.sent_no - ctx.trade_period_at <= 2 else None)
                    # "now stands at $27 billion", "beträgt derzeit": the year of the report
                    or (
                        ctx.published[:4]
                        if ctx.published and _NOW.search(clause) and not R.TARGET.search(clause)
                        else None
                    )
                )
                if period and ctx.trade_period_at != ctx.sent_no:
                    # "haben 2023 Waren ... eingeführt. Die Importe aus China sanken ...": the year of what follows
                    ctx.trade_period, ctx.trade_period_at = period, ctx.sent_no
                trig = mt or R.TRADE.search(t) or R.TARGET.search(t) or it_figure
                assert trig is not None
                prev_pct = 0
                tariff_rate = False  # the percent before was a rate of tariff
                for p in pcts:
                    if _STAKE_AFTER.match(clause, p.end) or _STAKE_BEFORE.search(clause, max(0, p.start - 30), p.start):
                        continue  # "a 33.5 percent stake in the plant", "eine Beteiligung von 49 Prozent": ownership
                    if (
                        _TARIFF_AFTER.match(clause, p.end)
                        or _TARIFF_BEFORE.search(clause, max(0, p.start - 60), p.start)
                        or (tariff_rate and _RATE_REPLACED.search(clause, max(0, p.start - 20), p.start))
                    ):
                        tariff_rate = True
                        continue  # "a 15 percent tariff", "Zölle von 50 Prozent": a rate of duty
                    tariff_rate = False
                    # "Anteil", "share"; "rund 80 Prozent der mexikanischen Exporte", "75 percent of its exports"
                    measure = "share" if R.SHARE.search(clause) or _PERCENT_OF.match(clause, p.end) else "growth"
                    # its own verb: "die Exporte stiegen um 30 Prozent, die Einfuhren gingen um 7 Prozent zurück"
                    own_pct = clause[prev_pct : p.end + 60]
                    own_pct = own_pct[
                        : next((m.start() for m in _NEXT_FIGURE.finditer(own_pct, p.end - prev_pct)), None)
                    ]
                    prev_pct = p.end
                    if _of_balance(clause, p.start, p.end):
                        continue  # "Japan's surplus rose by 20%": a balance's change
                    falls = R.DECLINE.search(own_pct) and not R.GROWTH.search(own_pct)
                    value = -p.value if falls or (R.DECLINE.search(clause) and not R.GROWTH.search(clause)) else p.value
                    cand(
                        "trade",
                        {"parties": ps},
                        trig,
                        0.7 if from_ctx else 0.8,
                        properties={"measure": measure, "period": period},
                        values={"percent": value, **({"qualifier": p.qualifier} if p.qualifier else {})},
                    )
                prev_end, measure_before = 0, None
                listed = _listed_partners(clause, lo, money, s.mentions)
                home = [p for p in ps if p not in listed.values()] if listed else []
                if listed and len(home) != 1:  # (else the one of the figures before)
                    home = [p for p in earlier if p not in listed.values()]
                own_periods = (
                    _figure_periods(clause, money, ctx.published)
                    if len(money) > 1
                    else [_year_label(clause, money)][: len(money)]
                )
                for a, own_period in zip(money, own_periods, strict=True):
                    if _AID_AFTER.match(clause, a.end):
                        continue  # "$500 million in World Bank lending", "50 Milliarden Euro Finanzhilfe": not trade
                    if _of_balance(clause, a.start, a.end):
                        prev_end = a.end
                        continue  # "a surplus of $20 billion", "Exportüberschüsse": a balance, no measure of ours
                    # the target words of this figure: between the figure before it and the next words after it
                    # ("reached $4.8 billion last year and aimed to raise it to $10 billion")
                    own = clause[prev_end : a.start] + " " + clause[a.end : a.end + 25]
                    lead = clause[prev_end : a.start]  # "die Einfuhren aus China ... auf 547 Millionen": its own noun
                    prev_end = a.end
                    aim, past = _last(R.TARGET, lead), _last(_PAST_FIGURE, lead)
                    measure = (
                        "target"
                        if R.TARGET.search(own)
                        and (
                            len(money) == 1
                            or not _PAST_FIGURE.search(own)
                            # (an aim after the last past verb before the figure: "agreements were reached ...,
                            # setting targets of $1bn in trade and $3bn in the next phase")
                            or (aim is not None and past is not None and past.start() < aim.start())
                        )
                        # the figure after a target, joined to it: "targets of $1bn ... and $3bn in the next phase"
                        or (measure_before == "target" and len(lead) < 60 and past is None)
                        # a raise to a figure, planned: "Steigerung des Handels auf zehn Milliarden US-Dollar
                        # geplant", "they hope for an increase in trade to $10 billion"
                        or (
                            modality in _TO_COME
                            and _RAISED_TO.search(lead) is not None
                            and _RAISE_NOUN.search(lead) is not None
                            and past is None
                        )
                        # the figure a raise goes to: "den Handel von 500 Millionen auf zunächst eine Milliarde und
                        # dann auf zehn Milliarden steigern", "would increase its trade with Algeria to $5 billion"
                        or (
                            _RAISED_TO.search(lead) is not None
                            and (R.TARGET.search(clause, a.end) or _WILL_RAISE.search(clause, 0, a.start))
                        )
                        else _measure_after(clause, a.end) or _measure_before(lead) or _flow(clause) or "volume"
                    )
                    partner = listed.get(a.start) if len(home) == 1 else None
                    cand(
                        "trade",
                        # "gingen vor allem nach China (141 Milliarden Dollar) und in die USA (126 Milliarden Dollar)": each
                        # state of a ranking with its own figure, the economy ranked as the other party
                        {"parties": [home[0], partner] if partner else ps},
                        trig,
                        0.7 if from_ctx else 0.8,
                        properties={"measure": measure, "period": own_period or period},
                        values={
                            "amount": a.value,
                            **({"currency": a.currency} if a.currency else {}),
                            **({"qualifier": a.qualifier} if a.qualifier else {}),
                        },
                        **({"modality": "planned"} if measure == "target" and modality == "asserted" else {}),
                    )
                    measure_before = measure

        # ---- arms transfer
        told_arms = False
        if is_arms:
            for supplier, recipient, trig, lo, hi in self._arms(s, ctx, res, speaker, metonym_places, is_arms or None):
                told_arms = True
                clause = t[lo:hi]
                amounts = [
                    a
                    for a in N.money(clause, lang)
                    if not _AID_AFTER.match(clause, a.end) or R.ARMS.search(clause, a.end, a.end + 60)
                ]
                a = amounts[0] if amounts else None
                if a is None and _only_generic_arms(t) and not _DELIVERED.search(t):
                    # "Peking bestreitet, Waffen zu liefern", "they buy most of their weapons from the United States":
                    # weapons named by the bare word, with no system, figure or delivery done, are mostly talk of
                    # arms, not a transfer ("Egypt delivered weapons to Somalia in August" is one)
                    continue
                ctx.last_arms = cand(
                    "arms_transfer",
                    {"supplier": [supplier], "recipient": [recipient]},
                    trig,
                    0.8,
                    properties={"period": _arms_period(clause, t, day, ctx)},
                    values=_figure(a),
                )
                ctx.last_arms_at = ctx.sent_no
                if a is None:  # "... S-300 an Iran ab; der Vertrag im Wert von rund 800 Millionen US-Dollar"
                    _deal_worth(ctx.last_arms, t, hi, lang)
                if "amount" not in ctx.last_arms.values and ctx.deal_price and ctx.sent_no - ctx.deal_price[0] <= 3:
                    ctx.last_arms.values.update(_figure(ctx.deal_price[1]))  # the price told a few sentences before
                    ctx.deal_price = None
        if (
            is_arms
            and not told_arms
            and ctx.last_arms is not None
            and 0 < ctx.sent_no - ctx.last_arms_at <= 3
            and "amount" in ctx.last_arms.values
        ):
            # "the Seahawk deal alone is worth $2.2 billion, while the six Apaches cost $800 million": the
            # parts of the deal in view, each a deal of its own value between the same two
            for a in N.money(t, lang):
                if a.value != ctx.last_arms.values["amount"] and _PART_COSTS.search(t, max(0, a.start - 40), a.start):
                    cand(
                        "arms_transfer",
                        {k: list(v) for k, v in ctx.last_arms.roles.items()},
                        is_arms if isinstance(is_arms, re.Match) else R.ARMS_SYSTEM.search(t) or R.ARMS.search(t),
                        0.6,
                        properties={"period": _arms_period(t, t, day, ctx) or ctx.last_arms.properties.get("period")},
                        values=_figure(a),
                    )
        if not told_arms and _ROLE_NOUN_GATE(low_text):
            # "Die wichtigsten Abnehmer russischer Waffen waren Indien und China", "the main supplier of arms to
            # Pakistan was China": the role nouns name who buys and who sells
            for supplier, buyers, trig in _arms_by_role_noun(s):
                told_arms = True
                period = N.find_period(t, ctx.published) or N.bare_year(t) or _list_year(ctx)
                for buyer in buyers:
                    ctx.last_arms = cand(
                        "arms_transfer",
                        {"supplier": [supplier], "recipient": [buyer]},
                        trig,
                        0.7,
                        properties={"period": period},
                    )
                    ctx.last_arms_at = ctx.sent_no
        if (
            not told_arms
            and ctx.last_arms is not None
            and 0 < ctx.sent_no - ctx.last_arms_at <= 3
            and "amount" in ctx.last_arms.values  # (a list of figures)
            and (next_one := _NEXT_RECIPIENT.search(t)) is not None
            and (not trade_ok or R.ARMS.search(t) or _APPROVALS.search(t))
        ):
            # "An zweiter Stelle stand Ägypten mit Genehmigungen über 708 Millionen Euro", "Qatar came third with
            # €254 million": the next buyer from the seller of the list in view, with its own figure
            seller = ctx.last_arms.roles["supplier"][0]
            buyers = R._uniq(
                m.entity
                for m in s.mentions
                if m.entity is not None and m.entity.type == "Country" and m.kind == "name" and m.entity != seller
            )
            amounts = N.money(t, lang)
            if len(buyers) == 1 and len(amounts) == 1:
                ctx.last_arms = cand(
                    "arms_transfer",
                    {"supplier": [seller], "recipient": buyers},
                    next_one,
                    0.6,
                    properties={"period": _list_year(ctx) or ctx.last_arms.properties.get("period")},
                    values=_figure(amounts[0]),
                )
                ctx.last_arms_at = ctx.sent_no
        # "Croatia signed a contract to buy 12 Rafale jets. The contract, worth 999 million euros, ...": its figure
        # (also when the sentence names more weapons: "The package is worth ... and includes Meteor missiles")
        _deal_price(ctx, t, lang)

        # ---- cooperation
        coop_found: set[str] = set()
        coop_parties: tuple[list[Entity], bool] | None = None
        for mc in R.COOP.finditer(t) if "coop" in low and modality in ("asserted", "reported") else ():
            # each mention of cooperation on its own: "deepening their partnership ...; a plan for economic cooperation"
            signed = ms is not None and md is not None and md.end() <= mc.start()  # "Abkommen über die Zusammenarbeit"
            if ms is not None and not signed:
                continue
            before = t[max(0, mc.start() - 60) : mc.start()]
            # "agreed to strengthen": agreed; "Vertiefung ihrer militärischen Zusammenarbeit": theirs exists
            if R.ASPIRATION.search(before) and not _AGREED_TO.search(before) and not _THEIR.search(before):
                continue
            domain = R.nearest_domain(t, mc.start())
            if domain is None:
                continue
            if coop_parties is None:
                found, from_ctx = sign_parties or parties(min_n=2)
                coop_parties = [p for p in found if p.type in _PARTIES], from_ctx
            ps, from_ctx = coop_parties
            if len(ps) < 2:
                continue
            # "cooperate closely on regional security, energy and tourism": every domain of the list
            for d in [domain, *R.listed_domains(t, mc.end())]:
                if d not in coop_found:
                    coop_found.add(d)
                    cand("cooperation", {"parties": ps}, mc, 0.65 if from_ctx else 0.8, properties={"domain": d})
        mj = R.JOINT.search(t) if "joint" in low else None
        if mj and modality in ("asserted", "reported", "planned"):
            word = mj.group(0).casefold()
            domain = (
                "military-technical"
                if R.ARMS.search(t) and re.search(r"produ|herstell|develop|entwick|build|bau|venture|unternehm", word)
                else "military"
                if re.search(r"manöver|übung|exercise|drill", word)
                else R.nearest_domain(t, mj.start()) or next(iter(R.domains_of(t)), None)
            )
            ps, from_ctx = parties(min_n=2)
            ps = [p for p in ps if p.type == "Country"]
            if domain and len(ps) >= 2:
                cand("cooperation", {"parties": ps}, mj, 0.6 if from_ctx else 0.7, properties={"domain": domain})
        mi = R.INTEGRATE.search(t) if "integrate" in low else None
        if (
            mi
            and not R.ASPIRATION.search(t[max(0, mi.start() - 30) : mi.start()])
            and not any(m.start <= mi.start() < m.end for m in s.mentions)  # "Eurasische Wirtschaftsunion": a name
        ):
            ps = [p for p in parties(min_n=2)[0] if p.type == "Country"]
            if len(ps) >= 2 and s.ents("Country", kinds=("name",)):
                cand("cooperation", {"parties": ps}, mi, 0.65, properties={"domain": "economic"})
        base = _MILITARY_BASE.search(t) if "base" in low else None
        abroad = base is not None and any(
            (m.kind == "adj" or (m.entity is not None and m.entity.type == "Country"))
            and base.start() - 40 <= m.start <= base.end() + 40
            and _BASE_ABROAD.search(t, max(0, m.start - 12), m.start)
            for m in s.mentions
        )
        if base and abroad and modality in ("asserted", "reported"):
            # "Russland darf seinen Militärstützpunkt im armenischen Gjumri weiter nutzen", "Russia keeps a
            # military base in Armenia": the state with the base and the host cooperate militarily
            near_base = max(0, base.start() - 120), base.end() + 80
            states = R._uniq(
                [
                    *s.ents("Country", kinds=("name",), lo=near_base[0], hi=near_base[1]),
                    *s.adj_countries(*near_base),
                    *(
                        res.country_of(m.entity)
                        for m in s.mentions
                        if m.entity in metonym_places and near_base[0] <= m.start < near_base[1]
                    ),
                ]
            )
            if len(states) == 2:
                cand("cooperation", {"parties": states}, base, 0.6, properties={"domain": "military"})
        plant = _ENERGY_PLANT.search(t) if "energy" in low else None
        if plant and _BUILT.search(t) and modality in ("asserted", "reported") and not R.CONDITIONAL.search(t):
            # "Die Türkei bekommt ihr erstes Kernkraftwerk – gebaut und betrieben von Russland": one state builds
            # an energy plant or pipeline in another
            states = R._uniq(
                [
                    *s.ents("Country", kinds=("name",)),
                    *s.adj_countries(),
                    *(res.country_of(p) for p in persons),
                    *metonyms,
                ]
            )
            if len(states) == 2:
                cand("cooperation", {"parties": states}, plant, 0.6, properties={"domain": "energy"})
        if "supply" in low:
            for lo, hi in _clauses(t):
                clause = t[lo:hi]
                sv = R.SUPPLY.search(clause)
                if not sv or R.CONDITIONAL.search(clause):
                    continue
                domain = (
                    "energy"
                    if R.ENERGY_GOODS.search(clause)
                    else "military-technical"
                    if R.SUPPLIER.search(clause) and R.ARMS.search(clause)
                    else None
                )
                if domain is None:
                    continue
                states = R._uniq(
                    [
                        *s.ents("Country", kinds=("name",), lo=lo, hi=hi),
                        *s.adj_countries(lo, hi),
                        *(res.country_of(p) for p in s.ents(*_PERSONS, lo=lo, hi=hi)),
                        *(
                            res.country_of(m.entity)
                            for m in s.mentions
                            if lo <= m.start < hi and m.entity is not None and m.entity in metonym_places
                        ),
                    ]
                )
                if len(states) == 1 and ctx.subject not in (None, states[0]) and _POSSESSIVE.search(clause):
                    states.append(ctx.subject)  # "a major buyer of its oil and gas": the state in view
                if len(states) == 2:
                    cand("cooperation", {"parties": states}, sv, 0.6, properties={"domain": domain})

        # ---- conflict
        dispute = (
            _DISPUTE_BETWEEN.search(t) if not conflicts and ("between" in low_text or "zwischen" in low_text) else None
        )
        pair_dispute = self._conflict_between(s, t[dispute.start() :], ctx, dispute.start()) if dispute else None
        if pair_dispute is None and not conflicts and ("-" in t or "–" in t):
            # "der äthiopisch-eritreische Grenzkonflikt", "the Armenian-Azerbaijani conflict": two adjectives
            adjs = [m for m in s.mentions if m.kind == "adj" and m.country]
            for a, b in zip(adjs, adjs[1:], strict=False):
                if t[a.end : b.start] in ("-", "–") and _DISPUTE_AFTER.match(t, b.end):
                    pair_dispute = self.wars.of_pair(a.country, b.country, ctx.published)
                    dispute = dispute or _DISPUTE_AFTER.match(t, b.end)
                    break
        if pair_dispute is not None and dispute is not None:
            # "the dispute between Guyana and Venezuela", "die Spannungen zwischen Serbien und dem Kosovo"
            conflicts = [pair_dispute]
            ctx.conflict = pair_dispute
            cand(
                "conflict",
                {"name": [pair_dispute], "parties": self._sides(pair_dispute)},
                dispute,
                0.7,
                modality="asserted",
            )
            conflicts = []  # reported; the mediation rule reads ctx.conflict
        war = _WAR.search(t) if not conflicts and (_WAR_GATE if lang == "en" else _WAR_GATE_DE)(low_text) else None
        if war and lang != "en" and war.group(0).casefold().startswith("war "):
            war = None  # German "war" is "was"
        if war:
            # "des russischen Angriffskriegs gegen sein Land", "Russia's invasion of Ukraine": the war of
            # the two states, when the gazetteer knows one
            attacker = s.adj_countries(max(0, war.start() - 30), war.start()) + [
                m.entity
                for m in s.mentions
                if m.entity is not None and m.entity.type == "Country" and war.start() - 30 <= m.start < war.start()
            ]
            target = [
                m.entity
                for m in s.mentions
                if m.entity is not None and m.entity.type == "Country" and war.end() <= m.start < war.end() + 30
            ]
            st = R.THE_STATE.search(t, war.end(), war.end() + 30)
            if st and not target:
                who = s.ents(*_PERSONS)
                target = [res.country_of(who[-1]) if who else ctx.subject]
            named = [x for x in [*attacker, *target] if x is not None]
            # "Russia's invasion", "the war against Ukraine": the other side from the sentence or the article
            partners = [
                *s.ents("Country", kinds=("name", "role")),
                *(res.country_of(p) for p in s.ents(*_PERSONS, kinds=("name", "surname", "role"))),
                *metonyms,
                *ctx.dyad,
            ]
            pairs = [(a, b) for a in attacker for b in target] + [(a, b) for a in named for b in partners]
            if not named:
                # "Kämpfe zwischen Russland und Georgien", "the fighting between Armenia and Azerbaijan"
                states = s.ents("Country", kinds=("name",))
                pairs += [(a, b) for a in states for b in states if a != b] if len(states) == 2 else []
            pair_war = next((c for a, b in pairs if (c := self.wars.of_pair(a, b, ctx.published))), None)
            if pair_war is not None:
                conflicts = [pair_war]
                ctx.conflict = pair_war
                cand(
                    "conflict",
                    {"name": [pair_war], "parties": self._sides(pair_war)},
                    war,
                    0.7,
                    modality="asserted",
                )
                conflicts = []  # reported; the mediation rule reads ctx.conflict
        for conflict in conflicts:
            between = ci(r"\b(?:zwischen|between)\b(.{0,80})").search(t)
            ps = []
            if between:
                ps = R._uniq(
                    m.entity
                    for m in s.mentions
                    if m.entity is not None
                    and m.entity.type == "Country"
                    and m.kind == "name"
                    and between.start() <= m.start <= between.end()
                )[:2]
            if len(ps) < 2:
                rec = self.index.g.record(conflict.id)
                ps = R._uniq(self.index.g.country(str(p)) for p in rec.get("parties") or [])
                conf = 0.6
            else:
                conf = 0.8
            named = next(
                m
                for m in s.mentions
                if (m.entity == conflict and m.kind in ("name", "region"))
                or (m.entity in places and self.index.region(m.text) == conflict)
            )
            mk = re.search(re.escape(named.text), t)
            assert mk is not None
            cand("conflict", {"name": [conflict], **({"parties": ps} if ps else {})}, mk, conf, modality="asserted")

        # ---- mediation
        first_cue = R.MEDIATE.search(t) if "mediate" in low else None
        # a body's envoy who leads the talks mediates through it ("IGAD's special envoy Ismail Wais steered the
        # talks", "Der UN-Sondergesandte Salamé soll die Gespräche leiten"): no one else by these words
        led = (
            first_cue is None
            and "meeting" in low
            and _LEAD_WORD(low_text) is not None
            and (first_cue := _LEADS_TALKS.search(t)) is not None
        )
        # "Mexico, Norway and Cuba act as guarantors, while Germany and Spain accompany them": each clause's own
        for mmed in ([first_cue] if led else _mediation_cues(t, first_cue)) if first_cue is not None else ():
            if _DELEGATIONS_OF_BEFORE.search(t, max(0, mmed.start() - 50), mmed.start()):
                continue  # "together with the delegations of the guarantor powers": no one named here mediates
            conflict = (
                conflicts[0]
                if conflicts
                else self._conflict_between(s, t, ctx)
                or self._conflict_of(s, res, ctx)
                # "to mediate in Sudan's civil war": the war the sentence names by its state, before one in view
                or (self._internal_war(s, t, ctx, mmed.start(), civil_war=True) if _CIVIL_WAR.search(t) else None)
                or ctx.conflict
                or self._internal_war(s, t, ctx, mmed.start())
                # "Saudi-Arabien und Iran wollen ... Das gaben die beiden Regionalmächte mit China bekannt, das die
                # Annäherung vermittelt hatte": the two states the sentence before named
                or next(
                    (
                        c
                        for c in (
                            self._conflict_of_pair(ctx.pair, ctx) if ctx.sent_no - ctx.pair_at <= 1 else None,
                            self._conflict_of_pair(ctx.event_countries, ctx),
                            # "Vermittelt hatte Ashton" in an article on Serbia and Kosovo
                            self._conflict_of_pair(ctx.dyad, ctx),
                        )
                        if c is not None and not self._one_side_named(c, s, mmed)
                    ),
                    None,
                )
            )
            if conflict is None:
                # "Malaysias Premier Anwar Ibrahim vermittelte" in an article on Thailand, Malaysia and Cambodia:
                # the conflict of two of the three states the article names most
                top = ctx.states[:3]
                conflict = next(
                    (
                        w
                        for i, a in enumerate(top)
                        for b in top[i + 1 :]
                        if (w := self.wars.of_two(a, b, ctx.published)) and not self._one_side_named(w, s, mmed)
                    ),
                    None,
                )
            if conflict is None:
                # "Vermittelt hatte Mandela" in an article on peace for Burundi: the war inside the state the
                # article names most, or one its lead names, when that state had one at the time
                lead_states = [
                    st for lead in ctx.lead for st in (*lead.ents("Country", kinds=("name",)), *lead.adj_countries())
                ]
                conflict = next(
                    (
                        w
                        for state in [*ctx.states[:1], *lead_states]
                        if (w := self.wars.internal_war(state, ctx.published))
                    ),
                    None,
                )
            before = [
                m
                for m in s.mentions
                if m.entity is not None
                and (m.entity.type in ("Country", "Organization", "Person") or m.entity in metonym_places)
                and m.end <= mmed.start()
                and m.entity.id not in self.groups
                and m.entity not in orgs_after(s, mmed.start())
                and (conflict is None or (res.country_of(m.entity) or m.entity) not in self._sides(conflict))
            ]  # a side of the conflict does not mediate it ("zwischen Russland und der Ukraine zu vermitteln")
            # not one named inside a relative clause before the verb: "Anwar, dessen Land den Vorsitz der ASEAN
            # führt, hatte die Gespräche vermittelt" (Anwar mediates, not ASEAN)
            before = [m for m in before if not _inside_relative(t, m.start, mmed.start())] or before
            mediator = None
            also: list[Entity] = []
            # (within one clause a little further: "Sisi and Qatar's Emir Tamim met to review intensive efforts toward
            # a ceasefire")
            near = [
                m
                for m in before
                if mmed.start() - m.end < 40
                or (mmed.start() - m.end < 80 and not _CLAUSE_BREAK.search(t, m.end, mmed.start()))
            ]
            if near or before:
                # (a subject further away, past a clause: "Kenia, Uganda und Tansania bemühen sich, zwischen Sudan
                # und Südsudan zu vermitteln": its whole list too)
                anchor = near[-1] if near else before[-1]
                mediator = anchor.entity
                # "Frankreich, Russland und die USA vermitteln", "The EU and the US acted as mediators" (a body in the
                # title of the next one is no item of the list: "Borrell and EU envoy Lajčák")
                before = [
                    m
                    for i, m in enumerate(before)
                    if i + 1 == len(before)
                    or m.entity.type not in ("Organization", "Country")
                    or before[i + 1].entity.type != "Person"
                    or not _BODY_TITLE.fullmatch(t, m.end, before[i + 1].start)
                ]
                k = before.index(anchor)
                if near and (opening := _ALONG_OPENING.match(t)) is not None:
                    # "Zusammen mit Ägypten und den USA hatte Katar die Feuerpause ausgehandelt": those it opens with
                    also += [m.entity for m in before if m.start < opening.end() + 60 and m is not anchor][:3]
                while k > 0 and (
                    R.LIST_GAP.fullmatch(t, before[k - 1].end, before[k].start)
                    or _ALONG_GAP.fullmatch(t, before[k - 1].end, before[k].start)
                    or (
                        before[k - 1].entity.type == before[k].entity.type == "Person"
                        and _listed_next(s, before[k - 1], before[k])
                    )
                ):
                    k -= 1
                    also.append(before[k].entity)
                if not near and _INCLUDING.search(t, max(0, before[k].start - 12), before[k].start):
                    also = []  # a group's examples, not the subject: "Staaten, darunter China und Indien, sollen ..."
            if mediator is None:
                # "after intensive mediation to secure a truce ..., with Egypt playing a central role"
                mediator = next(
                    (
                        m.entity
                        for m in s.mentions
                        if m.start > mmed.end()
                        and m.entity is not None
                        and m.entity.type in ("Country", "Organization", "Person")
                        and _PLAYS_A_ROLE.match(t, m.end)
                        and (conflict is None or (res.country_of(m.entity) or m.entity) not in self._sides(conflict))
                    ),
                    None,
                )
            rel = _last(_RELATIVE_OPENING, t[max(0, mmed.start() - 100) : mmed.start()])
            if rel is not None and mediator is not None:
                # "die Rolle Ägyptens, das gemeinsam mit Katar ... vermittelt": the one the clause is about mediates
                comma = max(0, mmed.start() - 100) + rel.start()
                antecedent = next((m.entity for m in reversed(before) if 0 <= comma - m.end <= 1), None)
                if antecedent is not None and antecedent != mediator and antecedent not in also:
                    also.append(antecedent)
            adj_at = [
                m
                for m in s.mentions
                if m.end <= mmed.start()
                and ((m.kind == "adj" and m.country) or (m.entity is not None and m.entity.type == "Country"))
            ]
            adjs = []
            if adj_at and mmed.start() - adj_at[-1].end <= 2:  # "Russian mediation", "Saudi-brokered"
                # "Saudi and Emirati", "Kuwaiti and US": the whole list
                adjs = [m.country or m.entity for m in adj_at[_list_start(t, adj_at, len(adj_at) - 1) :]]
            via_named = None
            from_ = _MEDIATORS_FROM.match(t, mmed.end())
            if from_ is not None:
                # "the African Union mediators from Angola and Togo": each state, through the body named before
                listed = [
                    m
                    for m in s.mentions
                    if m.entity is not None and m.entity.type == "Country" and m.start >= from_.end()
                ]
                if listed and listed[0].start - from_.end() <= 4:
                    found_from = [m.entity for m in listed[: _list_end(t, listed, 0)]]
                    body = next(
                        (
                            m.entity
                            for m in reversed(s.mentions)
                            if m.entity is not None
                            and m.entity.type == "Organization"
                            and 0 <= mmed.start() - m.end <= 3
                        ),
                        None,
                    )
                    near, adjs, via_named = [], found_from, body
            if conflict is not None and conflict.id not in self.wars.internal_ids:  # (a war inside a mediator's
                # own state is a wrong guess of the conflict: the check below drops it)
                adjs = [a for a in adjs if a not in self._sides(conflict)]  # "und Ruanda vermittelte Südafrika"
            if not near and adjs:
                # "Under Russian mediation", "unter kuwaitischer Vermittlung", "Saudi and Emirati mediation"
                mediator, also = adjs[-1], adjs[:-1]
            if mediator is None and _MEDIATING_VERB.fullmatch(mmed.group(0)):
                # "vermitteln Macron und Scholz zwischen Vučić und Osmani": the subject after the German verb
                after = [
                    m
                    for m in s.mentions
                    if m.entity is not None and m.entity.type in ("Country", "Person") and m.start >= mmed.end()
                ]
                if after and after[0].start - mmed.end() <= 2:
                    listed = [
                        m.entity
                        for m in after[: _list_end(t, after, 0)]
                        if conflict is None or (res.country_of(m.entity) or m.entity) not in self._sides(conflict)
                    ]
                    if listed:
                        mediator, also = listed[0], listed[1:]
            agents = [  # who may come after "by": states, people, capitals standing for their states
                m
                for m in s.mentions
                if m.entity is not None
                and (m.entity.type in ("Country", "Person") or m.entity in metonym_places)
                and m.start >= mmed.end()
            ]
            by_at = next(
                (
                    k
                    for k, m in enumerate(agents)
                    if _BY.fullmatch(t, mmed.end(), m.start)
                    # "auf Vermittlung Omans": a name in the genitive right after the noun
                    # ("würdigte die Vermittlungsbemühungen Ägyptens": the same)
                    or (
                        mmed.group(0).casefold().startswith(("vermittlung", "ko-vorsitz", "kovorsitz"))
                        and m.start == mmed.end() + 1
                        and t[m.end - 1] == "s"
                    )
                ),
                None,
            )
            by_list: list[Entity] = []
            genitive = by_at is not None and not _BY.fullmatch(t, mmed.end(), agents[by_at].start)
            # a noun's agent after it, not who speaks of it before: "Trump dankte für die Vermittlungsarbeit von Rubio"
            noun = by_at is not None and (t[mmed.start()].isupper() or mmed.group(0) == "mediation")
            if by_at is not None and (
                mediator is None
                or not near
                or genitive
                or noun
                or _CO_CHAIR.match(mmed.group(0))
                # the agent of the participle, not the venue before it: "met in Barbados, mediated by Norway"
                or _MEDIATED_BY.fullmatch(mmed.group(0))
            ):
                # (a name in the genitive after the noun, not the subject before it: "Erdoğan würdigte die
                # Vermittlungsbemühungen Ägyptens")
                # "was brokered by Russia", "mediated by the United States", "facilitated by Riyadh and Washington";
                # a body later in the list mediates too ("brokered by Turkey and the United Nations")
                listed = sorted(
                    [
                        *agents,
                        *(
                            m
                            for m in s.mentions
                            if m.entity is not None
                            and m.entity.type == "Organization"
                            and m.entity.id not in self.groups
                        ),
                    ],
                    key=lambda m: m.start,
                )
                k = listed.index(agents[by_at])
                end = _list_end(t, listed, k)
                while (
                    end < len(listed)
                    and _is_person(listed[end - 1])
                    and _is_person(listed[end])
                    and _listed_next(s, listed[end - 1], listed[end])
                ):
                    end += 1  # (each with a title: "von US-Außenminister Rubio, Sondergesandtem Witkoff")
                by_list = [res.country_of(m.entity) if m.entity in metonym_places else m.entity for m in listed[k:end]]
                by_list = [e for e in by_list if e is not None]
                if by_list:
                    mediator, also = by_list[0], by_list[1:]
            cop = _COPULA_AFTER.match(t, mmed.end()) if not near and by_at is None else None
            if cop is None and by_at is None:
                cop = _MEDIATORS_APPOSED.match(t, mmed.end())
            if cop is None and not near and by_at is None and _MEDIATOR_NOUN.search(mmed.group(0)):
                cop = _NAMES_NEXT.match(t, mmed.end())  # "Die Garantiemächte Russland, Türkei und Iran"
            if cop is None and not near and by_at is None and _MEDIATING_VERB.fullmatch(mmed.group(0)):
                cop = _VERB_LIST_AFTER.match(t, mmed.end())
            if cop is not None:
                # "The guarantor states of the process are Cuba, Norway and Chile", "Vermittler sind Katar und
                # Ägypten": the list after the copula mediates
                named = [
                    m
                    for m in s.mentions
                    if m.entity is not None
                    and m.entity.type in ("Country", "Organization", "Person")
                    and m.start >= cop.end()
                ]
                if named and named[0].start - cop.end() <= 4:
                    listed_after = [m.entity for m in named[: _list_end(t, named, 0)]]
                    mediator, also, by_list = listed_after[0], listed_after[1:], listed_after
            if mmed.group(0).casefold() in ("auspices", "schirmherrschaft", "ägide"):
                # "talks held in Kenya under the auspices of IGAD": the one whose auspices they are, not the venue
                patron = next(
                    (
                        m.entity
                        for m in s.mentions
                        if m.entity is not None
                        and m.entity.type in ("Country", "Organization", "Person")
                        and m.start >= mmed.end()
                        and _BY.fullmatch(t, mmed.end(), m.start)
                    ),
                    None,
                )
                if patron is not None:
                    mediator, also, by_list = patron, [], [patron]
            via_named = (
                via_named
                or next(
                    (  # "acted as the EU's mediator"
                        m.entity
                        for m in s.mentions
                        if m.entity is not None
                        and m.entity.type == "Organization"
                        and re.fullmatch(r"['’]s\s+", t[m.end : mmed.start()])
                    ),
                    None,
                )
                or next(
                    (  # "the Minsk Group, which was co-chaired by ...": the body its co-chairs chair
                        m.entity
                        for m in s.mentions
                        if m.entity is not None
                        and m.entity.type == "Organization"
                        and m.entity.id not in self.groups
                        and by_list
                        and _CO_CHAIR.match(mmed.group(0))
                        and _CHAIRED_BODY_GAP.fullmatch(t, m.end, mmed.start())
                    ),
                    None,
                )
            )
            via = via_named or next(
                (
                    m.entity
                    for m in s.mentions
                    if m.entity is not None
                    and m.entity.type == "Organization"
                    and m.entity.id not in self.groups
                    and m.start >= mmed.start()
                    # (further on when the body is named as the means: "vermitteln in dem Konflikt mit der sogenannten
                    # Minsk-Gruppe der OSZE", "mediate within the Normandy format")
                    and (
                        m.start - mmed.end() < 30
                        or (m.start - mmed.end() < 70 and _THROUGH_BEFORE.search(t, max(0, m.start - 30), m.start))
                    )
                    and m.entity not in by_list
                    and not _ALONG_BEFORE.search(
                        t, max(0, m.start - 24), m.start
                    )  # "gemeinsam mit der UN": a co-mediator
                ),
                None,
            )
            if via is None and mediator is not None and mediator.type != "Organization":
                # "the Normandy format, where France and Germany mediate": the body the clause of place is about;
                # "mediated ... in the format": the format named last
                where = _last(_WHERE_CLAUSE, t[: mmed.start()])
                via = next(
                    (
                        m.entity
                        for m in reversed(s.mentions)
                        if where is not None
                        and m.entity is not None
                        and m.entity.type == "Organization"
                        and m.entity.id not in self.groups
                        and 0 <= where.start() - m.end <= 1
                    ),
                    None,
                )
                if via is None and _IN_THE_FORMAT.search(t) and ctx.org is not None and ctx.sent_no - ctx.org_at <= 3:
                    via = ctx.org
            org = via if mediator is None else mediator if mediator.type == "Organization" else None
            if org is not None and _MEDIATOR_TITLE.fullmatch(mmed.group(0)):
                # "UN mediator Staffan de Mistura", "Der Vermittler der Vereinten Nationen (UN), Staffan de Mistura":
                # the person the title names mediates, through the body
                named = next(
                    (
                        m
                        for m in s.mentions
                        if m.start >= mmed.end()
                        and m.entity is not None
                        and m.entity not in (org, None)
                        and m.entity.type != "Place"
                    ),
                    None,
                )
                body = next((m for m in s.mentions if m.start >= mmed.end() and m.entity == org), None)
                if (
                    named is not None
                    and named.entity.type == "Person"
                    and (
                        _NAME_GAP.fullmatch(t, mmed.end(), named.start)
                        or (
                            body is not None
                            and _BODY_OF_GAP.fullmatch(t, mmed.end(), body.start)
                            and _APPOSITION_GAP.fullmatch(t, body.end, named.start)
                        )
                    )
                ):
                    mediator, via, also = named.entity, org, []
            if via is not None and mediator is not None and mediator.type == "Organization":
                # "Sarkozy ... trat als Vermittler der EU auf": the body is the via, the one before it mediates
                mediator = next(
                    (m.entity for m in reversed(before) if m.entity.type != "Organization"),
                    None if mediator == via else mediator,
                )
            acting_for = next(
                (
                    m
                    for m in s.mentions
                    if m.entity is not None
                    and m.entity.type == "Organization"
                    and m.entity.id not in self.groups
                    and abs(m.start - mmed.start()) < 80
                    and _FOR_BODY.search(t, max(0, m.start - 25), m.start)
                ),
                None,
            )
            if acting_for is not None and mediator in (None, acting_for.entity):
                # "hatte X für die Vereinten Nationen vermittelt", "mediated on behalf of the EU": the person
                # mediates, through the body (not one the body acts for: "im Auftrag der Außenbeauftragten Y")
                person = next(
                    (
                        m.entity
                        for m in sorted(s.mentions, key=lambda m: abs(m.start - mmed.start()))
                        if m.entity is not None
                        and m.entity.type == "Person"
                        and not _FOR_BODY.search(t, max(0, m.start - 40), m.start)
                        and (conflict is None or res.country_of(m.entity) not in self._sides(conflict))
                    ),
                    None,
                )
                if person is not None:
                    mediator, via = person, acting_for.entity
            elif acting_for is not None and via is None and mediator is not None and mediator.type == "Person":
                via = acting_for.entity  # "Mbeki, who has mediated ... on behalf of SADC": through the body
            if via is None and _CO_CHAIR.search(t):
                # co-chairs chair some body: the organisation the sentence names ("im Rahmen der
                # OSZE-Minsk-Gruppe, in der Frankreich, Russland und die USA den Ko-Vorsitz führen")
                bodies = [m for m in s.mentions if m.entity is not None and m.entity.type == "Organization"]
                talks = [m for m in bodies if self._mandate(m.entity)]  # "the Minsk Group of the OSCE"
                if talks:
                    via = min(talks, key=lambda m: abs(m.start - mmed.start())).entity
                elif ctx.org is not None and ctx.sent_no - ctx.org_at <= 2 and self._mandate(ctx.org):
                    # "The group's current co-chairs" after the Minsk Group was named (not the OSCE's council
                    # named for another matter: "am Rande des OSZE-Ministerrats")
                    via = ctx.org
                elif bodies:
                    via = min(bodies, key=lambda m: abs(m.start - mmed.start())).entity
            mandate = self._mandate(via) if via is not None else None
            if mandate is not None:
                conflict = mandate  # the Minsk Group's co-chairs mediate on Nagorno-Karabakh, whatever else is named
            if mediator is None and (
                not t[: mmed.start()].strip(" *-–") or (lang == "de" and mmed.group(0).startswith("vermittelt"))
            ):
                # "Vermittelt hatte die Außenbeauftragte der EU, Catherine Ashton", "Im Kongokrieg vermittelte
                # Mbeki": the subject follows the verb
                after = [
                    m.entity
                    for m in s.mentions
                    if m.entity is not None
                    and m.entity.type in ("Person", "Country")
                    and mmed.end() <= m.start < mmed.end() + 80
                    and (conflict is None or (res.country_of(m.entity) or m.entity) not in self._sides(conflict))
                ]
                if after:
                    mediator = next((e for e in after if e.type == "Person"), after[0])
                    # "... die Außenbeauftragte der Europäischen Union, Catherine Ashton": through that body
                    at = next(m.start for m in s.mentions if m.entity == mediator and m.start >= mmed.end())
                    if mediator.type == "Country" and not _CHAIR_WORD.search(t, mmed.end(), at):
                        # "Vermittelt hatten die Vereinbarung die Türkei und die Vereinten Nationen": each of the list
                        # (not the co-chairs of a body: "Sie vermittelt ... unter dem Vorsitz Russlands, Frankreichs")
                        named = [
                            m
                            for m in s.mentions
                            if m.entity is not None
                            and m.entity.type in ("Country", "Organization")
                            and m.entity.id not in self.groups
                            and m.start >= at
                        ]
                        also += [m.entity for m in named[1 : _list_end(t, named, 0)] if m.entity not in also]
                    via = via or next(
                        (
                            m.entity
                            for m in s.mentions
                            if m.entity is not None and m.entity.type == "Organization" and mmed.end() <= m.start < at
                        ),
                        None,
                    )
            via_at = next((m.start for m in s.mentions if m.entity == via and m.start >= mmed.end()), None)
            if mediator is None and via_at is not None and _BY.fullmatch(t, mmed.end(), via_at):
                mediator, via = via, None  # "talks mediated by the EU", "unter Vermittlung der EU"
            envoy_of = self._envoy_of(s, mediator, res) if mediator is not None and mediator.type == "Person" else None
            if envoy_of is None and via is None and mediator is not None and mediator.type == "Person":
                held = res.office_of(mediator)  # "the EU's foreign policy chief, Catherine Ashton": through the EU
                envoy_of = held[1] if held is not None and held[1].type == "Organization" else None
            if envoy_of is not None:
                via = via or envoy_of  # "EU envoy Miroslav Lajčák mediated": the envoy, through the EU
            opening = _LIST_OPENING.search(t, mmed.end(), mmed.end() + 40)
            colon = opening.start() if opening is not None else -1
            if colon >= 0 and _PLURAL_MEDIATORS.fullmatch(mmed.group(0)):
                # "die drei Vermittler der AU: Olusegun Obasanjo, Uhuru Kenyatta und ...", "whose three co-chairs –
                # the United States, Russia and France –": each one named
                named = [
                    m
                    for m in s.mentions
                    if m.entity is not None and m.entity.type in ("Person", "Country") and m.start > colon
                ]
                state_list = (  # states listed, not a state's person ("Polens Präsident Aleksander Kwaśniewski")
                    bool(named)
                    and named[0].entity.type == "Country"
                    and named[0].start - opening.end() <= 4
                    and not (len(named) > 1 and named[1].entity.type == "Person")
                )
                listed = (
                    [m.entity for m in named[: _list_end(t, named, 0)]]
                    if state_list
                    else [m.entity for m in named if m.entity.type == "Person"]
                )
                body = next(
                    (
                        m.entity
                        for m in s.mentions
                        if m.entity is not None
                        and m.entity.type == "Organization"
                        and (mmed.end() <= m.start < colon or 0 <= mmed.start() - m.end <= 1)  # "the AU mediators:"
                    ),
                    None,
                )
                if listed:
                    mediator, also, via = listed[0], listed[1:], body or via
            elif _PLURAL_MEDIATORS.fullmatch(mmed.group(0)) and (named := _persons_listed(s, t, mmed.end())):
                # "Co-chairs X of Russia, Y of France and Z of the United States", "die Ko-Vorsitzenden der OSZE
                # Minsker-Gruppe X (Frankreich), Y (Russland)":
                # each one, through the body named between (its body of talks before the organisation)
                bodies = [
                    m.entity
                    for m in s.mentions
                    if m.entity is not None and m.entity.type == "Organization" and mmed.end() <= m.start < named[0][0]
                ]
                mediator, also = named[0][1], [e for _, e in named[1:]]
                via = next((b for b in bodies if self._mandate(b)), bodies[0] if bodies else via)
            if (
                mediator is not None
                and conflict is not None
                and conflict.id in self.wars.internal_ids
                and any((res.country_of(m) or m) == self._sides(conflict)[0] for m in [mediator, *also])
            ):
                # Turkey hosting talks on another war: not the war inside Turkey ("Auf Vermittlung Brasiliens und
                # der Türkei": nor Brazil's)
                mediator = None
            if led:
                # the envoy who leads them, not the one the envoy is of ("Nimetz, the Personal Envoy of the UN
                # Secretary-General, has led these talks")
                envoys = [
                    m.entity
                    for m in before
                    if m.entity.type == "Person" and not _TITLE_OF_BEFORE.search(t, max(0, m.start - 60), m.start)
                ]
                mediator = envoys[-1] if envoys else None
            if conflict and mediator and mediator.type != "Conflict" and mediator != via:
                role = (
                    "co-chair"
                    if _CO_CHAIR.search(t)
                    else "facilitator"
                    if "facilitat" in mmed.group(0).casefold()
                    else "guarantor"
                    if mmed.group(0).casefold().startswith(("guarant", "garant"))
                    else "accompanying country"
                    if mmed.group(0).casefold().startswith(("accompan", "begleite"))
                    else "host"
                    if mmed.group(0).casefold().startswith(("host", "gastgeber"))
                    or mmed.group(0).casefold().endswith(("hosted", "ausgerichtet"))
                    else "mediator"
                )
                for who in [mediator] if led else [mediator, *also]:
                    if who.type == "Place":  # "Paris has cast itself as a go-between": the capital's state
                        who = res.country_of(who) or who
                    body = via  # "Vermittler: A, der EU-Außenbeauftragte B und OSZE-Generalsekretär C": each one's
                    ones = [who]
                    if who.type == "Person":
                        own = self._envoy_of(s, who, res) or self._office_body(who, res)
                        # (a co-chair of the Minsk Group mediates through it, not the OSCE the sentence names)
                        body = own if own is not None and self._mandate(own) else via or own
                        state = _for_state(who, res) if own is None else who
                        if state != who:
                            # "Moon has cast himself as a mediator": the person the text names, and the state
                            # he acts for (not one who only speaks of it: "Russland ist Ko-Vorsitzender", sagte Putin)
                            ones = [state] if who == speaker else [who, state]
                        elif own is None and via is None and (behind := res.country_of(who)) is not None:
                            ones.append(behind)  # one out of office, and the state behind them ("Ahtisaari")
                    for one in ones:
                        if led and (one.type != "Person" or body is None):
                            continue
                        if (
                            one.type == "Organization"
                            and body is not None
                            and body.type == "Organization"
                            and one != body
                        ):
                            # a body mediates through no other body: by itself ("in which the OSCE, Russia and
                            # Ukraine act as mediators and the EU ... as observers"); one named with a body of talks
                            # is that body's own ("der Minsker Gruppe der OSZE, die vermittelt"), no mediator apart
                            if self._mandate(body) is not None:
                                continue
                            body = None
                        if one != body and one.type != "Conflict":
                            cand(
                                "mediation",
                                {"mediator": [one], "conflict": [conflict], **({"via": [body]} if body else {})},
                                mmed,
                                0.8 if one == mediator else 0.7,
                                values={"role": role},
                            )
                along = ci(r"\b(?:together with|along with|zusammen mit|gemeinsam mit)\b(.{0,60})").search(
                    t[mmed.end() :]
                )
                if along and not led:
                    lo, hi = mmed.end() + along.start(), mmed.end() + along.end()
                    for other in s.ents("Country", "Organization", kinds=("name",), lo=lo, hi=hi):
                        # (not a side named after them: "gemeinsam mit Katar ... zwischen Israel und der Hamas")
                        if other not in (mediator, via) and other not in self._sides(conflict):
                            cand(
                                "mediation",
                                {"mediator": [other], "conflict": [conflict], **({"via": [via]} if via else {})},
                                mmed,
                                0.7,
                                values={"role": role},
                            )

        # ---- membership
        mb = R.MEMBER.search(t) if "member" in low else None
        org = next((o for o in orgs if not AGENCY_NAME(o, t)), None) if mb else None
        if mb and org is None and ctx.sent_no - ctx.member_at <= 3 and not R.MEMBERS_GENERIC.match(t, mb.start()):
            org = ctx.member_org  # "Beide Länder sind bereits Beitrittskandidaten": the organisation in view
        if mb and org is None and ctx.sent_no - ctx.org_at <= 4 and R.ORG_ANAPHOR.search(t):
            org = ctx.org  # "der Allianz, der ... angehören", "the bloc": the organisation named last
        org_list = [org] if org is not None else []
        if mb and org is not None and org in orgs:
            # "a member of the CSTO and of the Eurasian Economic Union": every organisation of the list
            oms = [
                m for m in s.mentions if m.entity is not None and m.entity.type == "Organization" and m.kind == "name"
            ]
            k = next(i for i, m in enumerate(oms) if m.entity == org)
            for prev, nxt in zip(oms[k:], oms[k + 1 :], strict=False):
                if not R.ORG_LIST_GAP.fullmatch(t, prev.end, nxt.start) or AGENCY_NAME(nxt.entity, t):
                    break
                org_list.append(nxt.entity)
        if mb and org is not None:
            ctx.member_org, ctx.member_at = org, ctx.sent_no
            generic = bool(R.MEMBERS_GENERIC.match(t, mb.start()))
            named = [
                m
                for m in s.mentions
                if m.entity is not None and m.entity.type == "Country" and m.kind == "name" and m.entity != org
            ]
            if not named:  # "Kyiv has applied to join": the capital for its state
                named = [
                    Mention(m.start, m.end, res.country_of(m.entity), "name", m.text)
                    for m in s.mentions
                    if m.entity is not None and m.entity in metonym_places
                ]
            near = [m for m in named if abs(m.start - mb.start()) < 60]
            members: list[Entity] = []
            if near:
                # the whole list around the nearest state: "Finland and Sweden applied to join", "mit der
                # Ukraine und mit der Republik Moldau", "X, Y and Z"
                k = _list_start(t, named, named.index(min(near, key=lambda m: abs(m.start - mb.start()))))
                first = named[k]
                members = [m.entity for m in named[k : _list_end(t, named, k)]]
            if members:
                # "China, Kasachstan und Usbekistan sind zusammen mit Russland Mitglieder": the list before too
                along = _ALONG_WITH.search(t, max(0, first.start - 25), first.start)
                if along is not None and along.end() >= first.start - 1:
                    head = [m for m in named if m.end <= along.start() and along.start() - m.end <= 12]
                    if head:
                        k = named.index(head[-1])
                        chain = [m.entity for m in named[_list_start(t, named, k) : k + 1]]
                        members = R._uniq([*chain, *members])
                # "China, Kazakhstan and Uzbekistan are members of the SCO together with Russia"
                along = _ALONG_WITH.search(t, mb.end())
                following = [m for m in named if m.start >= along.end()] if along else []
                if following and following[0].start - along.end() <= 4:
                    members = R._uniq([*members, *(m.entity for m in following[: _list_end(t, following, 0)])])
            elif not generic:
                if pair and ctx.sent_no - ctx.pair_at <= 3 and len(ctx.pair) == 2:
                    members = list(ctx.pair)  # "Beide Länder sind Beitrittskandidaten": the two just named
                elif pair and len(ctx.dyad) == 2:
                    members = list(ctx.dyad)
                else:
                    st = R.THE_STATE.search(t)
                    if st:
                        who = [p for p in s.ents(*_PERSONS, hi=st.start())]
                        members = R._uniq([res.country_of(who[-1]) if who else ctx.subject])
                    elif named and R.ITS.search(t, max(0, mb.start() - 12), mb.start()):
                        members = [named[0].entity]  # "Iran ... signed a memorandum on its accession to"
            if members and not AGENCY_NAME(org, t):
                status = (
                    "observer"
                    if ci(r"Beobachter|observer").search(t)
                    else "candidate"
                    if R.CANDIDATE.search(t)
                    else "speculated"
                    if modality == "speculated"
                    else "former"
                    if ci(r"ausgetreten|withdr|left the").search(t)
                    else "member"
                )
                for member in members:
                    for o in org_list:
                        if member != o:
                            cand(
                                "membership",
                                {"member": [member], "organization": [o]},
                                mb,
                                0.7,
                                values={"status": status},
                            )

        # ---- statement (quotations and expressed hopes)
        q = next((m for m in s.mentions if m.kind == "quote"), None)
        if q is not None and q.entity is not None and s.quote_span:
            qs, qe = s.quote_span
            c = R.Candidate(
                "statement",
                {"speaker": [q.entity]},
                properties={"quote": q.text, "date": day or ctx.event_date or ctx.lead_date},
                start=qs,
                end=qe,
                rule=f"rule:{lang}.statement.quote",
                confidence=0.9,
                modality="asserted",
                speaker=q.entity,
                reported_by=reported,
            )
            out.append(c)
            s.mentions.remove(q)
        mh = R.HOPE.search(t) if "hope" in low else None
        if mh and persons and not s.speaker:
            doms = R.domains_of(t[mh.end() :])
            cand(
                "statement",
                {"speaker": [persons[0]]},
                mh,
                0.6,
                modality="hoped",
                speaker=persons[0],
                properties={"date": day or ctx.event_date},
                values={"topics": [f"{d} cooperation" for d in doms[:2]]} if doms else {},
            )

        self._track_states(s, ctx, metonyms, res)
        self._region(t, low_text, ctx)
        for p in persons:
            ctx.remember(p)
        if persons:
            ctx.subject_person = persons[0]
        if day:
            ctx.last_day, ctx.last_day_at = day, ctx.sent_no
        if places:
            ctx.last_place, ctx.last_place_at = places[-1], ctx.sent_no
        return out

    def _arms(
        self,
        s: R.Sentence,
        ctx: R.Context,
        res: Resolver,
        speaker: Entity | None,
        metonym_places: list[Entity],
        first: re.Match[str] | None,
    ) -> list[tuple[Entity, Entity, re.Match[str], int, int]]:
        """Who supplies arms to whom, clause by clause: "Armenia bought its weapons from Russia", "Britain
        will provide £2.5bn in military aid to Ukraine", "the Pentagon announced a $175m weapons package",
        "erhielt die Türkei das russische Luftabwehrsystem S-400"."""
        t = s.text
        found = []
        if not (R.ARMS_BUY.search(t) or R.ARMS_SELL.search(t) or R.ARMS_GIVE.search(t) or R.SIGN.search(t)):
            return found  # no one buys, sells or gives anything
        clauses = _clauses(t)
        # a state whose sanctions or laws the sentence names takes no part: "Nach einem US-Gesetz drohen Staaten,
        # die ... russische Waffen kaufen, Sanktionen"
        sanctioning = {
            m.entity
            for m in s.mentions
            if m.entity is not None and m.entity.type == "Country" and _SANCTIONS_AFTER.match(t, m.end)
        }
        cited = _cited_states(s)  # "Nach Ländern wie Katar und Kuwait ...": examples, no actors
        for lo, hi in clauses:
            ma = (
                first  # one clause: the sentence's own match
                if len(clauses) == 1 and first is not None
                else R.ARMS.search(t, lo, hi)
                or R.ARMS_SYSTEM.search(t, lo, hi)  # a named system: "bought TB2s"
                or _ARMS_ANAPHOR.search(t, lo, hi)  # "the system", "das Geschäft"
            )
            if ma is None:
                continue
            buy = R.ARMS_BUY.search(t, lo, hi)
            sells = [m for m in (R.ARMS_SELL.search(t, lo, hi), R.ARMS_GIVE.search(t, lo, hi)) if m is not None]
            sell = min(sells, key=lambda m: m.start()) if sells else None
            if (
                buy is not None
                and sell is not None
                and 0 <= sell.start() - buy.end() <= 5
                and _DEAL_FOR.fullmatch(buy.group(0))
            ):
                buy = None  # "the contracts for the sale to Egypt of 24 Rafale": a contract to sell
            if buy is not None and sell is not None and t[sell.end() : buy.start()].strip() == "to":
                sell = None  # "was approved to buy": the approval of a purchase
            if (
                buy is not None
                and sell is not None
                and _ANNOUNCED.fullmatch(sell.group(0))
                and 0 <= buy.start() - sell.end() <= 12
            ):
                # "Colombia announced the procurement of Swedish jets": a purchase announced (not "Seoul announced
                # that the Emiratis would buy ...": Seoul sells)
                sell = None
            signed_only = False  # a contract signed or a deal announced: words that name no side
            if buy is None and sell is None and _CONTRACT.search(t, lo, hi):
                buy = R.SIGN.search(t, lo, hi)  # "Poland signed contracts with Hyundai Rotem for K2 tanks": a purchase
                signed_only = buy is not None
            elif buy is None and sell is not None and _ANNOUNCED.fullmatch(sell.group(0)):
                signed_only = _DEAL_WITH.search(t, sell.end(), hi) is not None  # "announced an arms deal with Israel"
            if buy is None and sell is None:
                continue
            # the clause's actors in order: states named, their people, their capitals standing for them
            actors: list[tuple[int, Entity]] = []
            makers_named: list[Entity] = []  # "der südkoreanischen Hersteller Hyundai Rotem": its state sells
            for m in s.mentions:
                if m.kind == "adj" and m.country and lo <= m.start < hi and _FORCE_AFTER.match(t, m.end):
                    actors.append((m.start, m.country))  # "bestellte die indonesische Marine": its state buys
                    continue
                if m.kind == "adj" and m.country and lo <= m.start < hi and _MAKER_AFTER.match(t, m.end):
                    actors.append((m.start, m.country))
                    makers_named.append(m.country)
                    continue
                if m.kind == "adj" and m.country and lo <= m.start < hi and _COUNTERPART_AFTER.match(t, m.end):
                    actors.append((m.start, m.country))  # "signed the purchase with his Danish counterpart"
                    continue
                if m.entity is None or not max(lo, ctx.dateline_end - s.start) <= m.start < hi:
                    continue  # "PARIS – Armenia bought ...": the dateline is no actor
                if m.entity.type == "Country" and m.kind in ("name", "role"):
                    # (not one that acts along: "die Deutschland gemeinsam mit den Niederlanden bereitstellt"; not a
                    # law's name: "governed by the Taiwan Relations Act")
                    if (
                        m.entity not in sanctioning
                        and m.entity not in cited
                        and not _ALONG_BEFORE.search(t, max(0, m.start - 24), m.start)
                        and not _RIVAL_BEFORE.search(t, max(0, m.start - 40), m.start)
                        and not _NAMED_ACT.match(t, m.end)
                    ):
                        actors.append((m.start, m.entity))
                elif (
                    m.entity.type in _PERSONS
                    and m.kind != "quote"
                    and not _WITNESS_BEFORE.search(t, max(0, m.start - 100), m.start)
                ):  # (not a witness: "im Beisein von Verteidigungsminister Błaszczak")
                    c = res.country_of(m.entity)
                    if c is not None:
                        actors.append((m.start, c))
                elif m.entity.id in self.groups and m.kind == "name":
                    actors.append((m.start, m.entity))  # "sent armoured vehicles to the Government of National Accord"
                elif m.entity in metonym_places or (
                    m.entity.type == "Place" and self._is_capital(m.entity) and _TO_CAPITAL.search(t, lo, m.start)
                ):  # "deliver weapons and ammunition to Mogadishu": the capital's state receives them
                    c = res.country_of(m.entity)
                    if c is not None:
                        actors.append((m.start, c))
            for mk in R.ARMS_MAKER.finditer(t, lo, hi):  # "from the French group Thales", "with Hyundai Rotem"
                maker = self.index.g.country(R.ARMS_MAKERS[mk.group(0)])
                if maker is not None:
                    actors.append((mk.start(), maker))
            actors.sort(key=lambda a: a[0])
            if not actors and speaker is not None and res.country_of(speaker) is not None:
                actors.append((lo, res.country_of(speaker)))  # "„... Drohnen geliefert“, sagte Amir-Abdollahian"

            src = told_from = _side(s, actors, lo, hi, _SOURCE_SIDE)
            dest = _side(s, actors, lo, hi, _TARGET_SIDE)
            # "Russian S-400", "das russische Luftabwehrsystem": the adjective just before the weapon
            # (not a state's forces: "die indonesische Marine ... Docklandungsschiffe")
            made = s.adj_countries(max(lo, ma.start() - 30), ma.end(), _FORCE_AFTER) if ma is not None else []
            if not made and ma is not None:
                # "orders for UK Typhoons", "US-made F-16s": a state's short name, or its name and "-made", just
                # before the weapon (not "sold Turkey F-16s": the buyer named in full)
                made = [
                    m.entity
                    for m in s.mentions
                    if m.entity is not None
                    and m.entity.type == "Country"
                    and lo <= m.start
                    and m.end <= ma.start()
                    and (mk := _MADE_BY.fullmatch(t, m.end, ma.start())) is not None
                    and (mk.group(1) or m.text.replace(".", "").isupper())
                ][:1]
            named_maker = bool(made)
            # the states that make the weapon systems the clause names ("24 Rafale": France)
            makers = R._uniq(
                c
                for mk in R.ARMS_SYSTEM.finditer(t, lo, hi)
                if (c := self.index.g.country(R.ARMS_SYSTEMS[mk.group(1)])) is not None
            )
            if not made and buy is not None:  # "Qatar ordered 24 Rafale": the state that makes the system
                # not a state the clause names ("Israel will receive ... for programmes such as Iron Dome")
                made = [c for c in makers if all(c != e for _, e in actors)][:1]
            verb = buy if buy is not None and (sell is None or buy.start() < sell.start()) else sell
            assert verb is not None
            if _NEGATED_BEFORE.search(t, max(lo, verb.start() - 40), verb.start()) or _STOPPED_AFTER.match(
                t, verb.end(), hi
            ):
                continue  # "had not been allowed to buy Patriots", "hat nie Waffen geliefert"
            if verb is not buy and any(
                not (
                    w.group(0).casefold() == "fighters" and R.ARMS_SYSTEM.search(t, max(lo, w.start() - 24), w.start())
                )
                for w in _NOT_ARMS.finditer(t, lo, hi)
            ):  # ("F-16 fighters" are jets)
                continue  # "schickte Panzer und Truppen": an invasion, not a delivery (one buys no troops)
            before = [e for pos, e in actors if pos < verb.start()]
            before_at = [pos for pos, e in actors if pos < verb.start()]
            rest = [e for _, e in actors]
            # the agent of a passive purchase buys: "die von der chilenischen Marine bestellt wurden", "jets ordered
            # by the Indian Air Force" ("von"/"by" name no seller there)
            agent = _purchase_agent(t, actors, buy, lo) if buy is not None else None
            if agent is not None and src == agent:
                src = None
            if verb is buy:
                if src is None and not named_maker and (_CONTRACT.search(t, lo, hi) or _AGREED.search(t, lo, hi)):
                    # "signed contracts with Hyundai Rotem for K2 tanks", "agreed with France to buy 36 Rafale" (not
                    # "a loan with which Indonesia is to finance Russian arms": the weapons' own adjective names
                    # their seller)
                    src = _side(s, actors, lo, hi, _WITH_SIDE)
                # "Die Türkei will 40 Eurofighter in Deutschland kaufen": where one buys sells
                supplier = (
                    src
                    or (makers_named[0] if len(set(makers_named)) == 1 else None)
                    or (made[0] if made else None)
                    or next(
                        (
                            m.entity
                            for m in s.mentions
                            if lo <= m.start < hi
                            and m.kind == "name"
                            and m.entity is not None
                            and m.entity.type == "Country"
                            and m.entity not in before[:1]
                            and _IN_SIDE.search(t, max(lo, m.start - 12), m.start)
                        ),
                        None,
                    )
                )
                # "Poland signed a $4.75bn agreement with the United States to buy the Patriot": the buyer is the
                # one named before the seller
                recipient = next((e for e in reversed(before) if e != supplier), None) or dest
                if (
                    supplier is None
                    and len(before) >= 2
                    and _joined(s, before_at[-2], before_at[-1])
                    and len(set(before[-2:]) & set(makers)) == 1
                ):
                    # "India and France signed an agreement for the purchase of 36 Rafale": the maker's state
                    # sells, the other buys
                    supplier = next(e for e in before[-2:] if e in makers)
                    recipient = next(e for e in before[-2:] if e != supplier)
                if supplier is None and recipient is not None:
                    # "Indonesien bestellte 42 Rafale in Frankreich", "Qatar signed for 24 Rafale": the state that
                    # makes the system (not when other weapons have their own maker: "the F-35 programme ...
                    # purchases of Russian weapons")
                    made_by_others = [
                        a
                        for w in R.ARMS.finditer(t, lo, hi)
                        for a in s.adj_countries(max(lo, w.start() - 12), w.start())
                    ]
                    supplier = next((c for c in makers if c != recipient and not made_by_others), None)
                if (
                    supplier is None
                    and recipient is not None
                    and _APPROVED_TO.search(t, max(lo, verb.start() - 30), verb.start())
                    and ctx.last_arms is not None
                    and ctx.sent_no - ctx.last_arms_at <= 5
                    and (seller := ctx.last_arms.roles["supplier"][0]) != recipient
                ):
                    # "Saudi Arabia was okayed to buy radio terminals": the state whose approvals are in view
                    supplier = seller
                if (
                    supplier is None
                    and recipient is None
                    and speaker is not None
                    and res.country_of(speaker) in s.adj_countries()
                ):
                    recipient = res.country_of(speaker)  # "purchases between Azerbaijani and Israeli companies"
                    supplier = next((c for c in s.adj_countries() if c != recipient), None)
            elif (
                len(before) >= 2
                and dest is None
                and not _joined(s, before_at[-2], before_at[-1])  # "Die Niederlande und Dänemark liefern ..."
                # (no subject behind a preposition: "Beim Besuch in Polen hat Norwegen ... angekündigt")
                and not _PREPOSITION_BEFORE.search(t, max(lo, before_at[-2] - 14), before_at[-2])
                and (
                    _DATIVE.search(t, max(lo, before_at[-1] - 5), before_at[-1])
                    or (ctx.lang == "de" and not _CLAUSE_GOES_ON.match(t, verb.end(), hi))
                )
            ):
                # "dass Deutschland der Ukraine Waffen liefern werde", "Russland hatte Bangui Waffen geliefert":
                # the German verb at the clause's end has its subject first, then whom it gives to
                supplier, recipient = before[-2], before[-1]
            elif len(before) >= 2 and _AND_VERB.search(t, before_at[-1], verb.start()):
                # "Russland erlässt Algerien die Schulden und verkauft dem Land Waffen": the second verb of the
                # clause has the first one's subject
                supplier = before[0]
                recipient = _side(s, actors, lo, hi, _TARGET_SIDE, but=supplier) or before[-1]
            else:
                # not one the clause marks as the receiver: "Waffen an die Ukraine zu liefern, lehnt Jerusalem ab"
                giving = [
                    (pos, e)
                    for pos, e in actors
                    if pos < verb.start() and not _TO_ACTOR.search(t, max(lo, pos - 12), pos)
                ]
                # (not the partner of a deal to give: "Pakistan signed a deal with Azerbaijan to supply jets"; a
                # deal "for the delivery of" names no giver)
                to_give = _TO_VERB.search(t, max(lo, verb.start() - 4), verb.start()) is not None
                givers = [
                    e for pos, e in giving if not (to_give and _DEAL_PARTNER.search(t, max(lo, pos - 40), pos))
                ] or [e for _, e in giving]
                # (of two named together, the one the weapons' adjective names: "Ankara and Islamabad signed a deal
                # for the sale of 30 Turkish attack helicopters")
                own_make = made[0] if made and made[0] in givers[-2:] and len(set(givers[-2:])) == 2 else None
                # (the state the clause names as the weapons' source comes first: "Selenskyj erwähnte die Lieferung
                # des Systems Iris-T aus Deutschland", "the package given to Kyiv by Washington"; not a source of
                # something else: "Spanien liefert Venezuela trotz Kritik aus den USA Kriegsschiffe")
                after_arms = src is not None and any(e == src and pos > ma.start() for pos, e in actors)
                supplier = (
                    own_make
                    or (src if after_arms else None)
                    or (givers[-1] if givers else None)
                    or src
                    or (made[0] if made else None)
                )
                recipient = _side(s, actors, lo, hi, _TARGET_SIDE, but=supplier) or next(
                    (  # "liefern der Ukraine Kampfjets": the dative after the German verb receives; "supplied
                        # Russia with drones": the state before "with"
                        e
                        for pos, e in actors
                        if pos > verb.start()
                        and e != supplier
                        and (
                            _DATIVE.search(t, max(lo, pos - 5), pos)
                            or (0 <= pos - verb.end() <= 2 and _SUPPLIED_WITH.match(t, pos))
                        )
                    ),
                    None,
                )
                if recipient is None and own_make is not None:
                    recipient = next(e for e in givers[-2:] if e != own_make)
                pair = R._uniq(before[-2:])
                if (
                    own_make is None
                    and len(pair) == 2
                    and set(rest) == set(pair)
                    and _joined(s, before_at[-2], before_at[-1])
                    and self._exporter_tier(pair[0]) != self._exporter_tier(pair[1])
                ):
                    # "hatten Russland und Ägypten eine Vereinbarung über die Lieferung von Waffen geschlossen": of
                    # the two named together and no one else, the one that exports more arms delivers
                    supplier, recipient = sorted(pair, key=self._exporter_tier)
            if agent is not None:
                recipient = agent
                if supplier == agent:
                    supplier = next((e for _, e in actors if e != agent), None)
            if verb is buy and (orderer := _side(s, actors, lo, hi, _ORDER_FROM)) is not None:
                # "Israel Aerospace Industries meldete einen Auftrag aus Indien", "an order from India": the state
                # the order comes from buys, the other one sells
                recipient = orderer
                if supplier in (None, orderer):
                    supplier = next((e for _, e in actors if e != orderer), None)
            if verb is buy and _IMPORTS_NOUN.fullmatch(verb.group(0)):
                # "China accounted for 82% of Pakistan's arms imports", "der Rüstungsimporte Pakistans": whose
                # imports they are, and the state before them that supplied the share
                owner = next((e for pos, e in actors if 0 <= pos - verb.end() <= 2), None)
                if owner is not None or len(before) >= 2:
                    recipient = owner or before[-1]
                    supplier = src or next((e for e in reversed(before) if e != recipient), None)
            if (
                (supplier is None or recipient is None)
                and ctx.last_arms is not None
                and _ANOTHER_DELIVERY.search(t, lo, hi)
            ):
                # "Im September folgte eine zweite Lieferung", "a further shipment": the parties of the one before
                last_supplier, last_recipient = ctx.last_arms.roles["supplier"][0], ctx.last_arms.roles["recipient"][0]
                if supplier in (None, last_supplier) and recipient in (None, last_recipient):
                    supplier, recipient = last_supplier, last_recipient
            if signed_only and told_from is None and not makers and not made and not makers_named:
                # "Trump signed a $110 billion arms deal with Saudi Arabia", "hat bei seinem brasilianischen Kollegen
                # Rüstungsverträge geschlossen": when the words name no seller, of two states the one that exports
                # more arms sells
                two = sorted(R._uniq(e for _, e in actors), key=self._exporter_tier)
                if len(two) == 2 and self._exporter_tier(two[0]) < self._exporter_tier(two[1]):
                    supplier, recipient = two
            if supplier is None and recipient is None:
                continue
            if recipient is None and verb is not buy and _EXPORTS_NOUN.fullmatch(verb.group(0)):
                continue  # "die Rüstungsexporte Israels erreichten 12,5 Milliarden Dollar": a total, no one's purchase
            others = [
                e
                for e in [*rest, *ctx.dyad, *ctx.event_countries]
                if e not in (supplier, recipient) and e not in sanctioning
            ]
            if supplier is None and verb is buy and others and recipient is not None:
                continue  # "a law that targets purchases of Russian weapons": no seller named
            if (
                recipient is None
                and supplier is not None
                and verb is not buy
                and ctx.last_arms is not None
                and ctx.sent_no - ctx.last_arms_at <= 2
                and ctx.last_arms.roles["recipient"][0] != supplier
                and set(rest) <= {supplier}  # the clause names no other state
            ):
                # "Deutschland liefert Leopard 2 an die Ukraine. Frankreich sagte Spähpanzer zu.": to the same
                recipient = ctx.last_arms.roles["recipient"][0]
            if recipient is None:
                recipient = next(iter(others), None)
            if supplier is None:
                supplier = next(iter(others), None)
            if supplier is not None and recipient is not None and supplier != recipient:
                if makers == [recipient] and not any(
                    e == supplier and _FROM_STATE.search(t, max(lo, pos - 10), pos) for pos, e in actors
                ):
                    # "unterzeichnete Le Drian mit der ägyptischen Regierung einen Vertrag über 24 Rafale": the
                    # state that makes the system is the one that supplies it (not one the words name as the
                    # source: "Pakistan will receive JF-17 jets from China", a jet both make)
                    supplier, recipient = recipient, supplier
                found.append((supplier, recipient, ma, lo, hi))
                if verb is not buy:  # "The Netherlands and Denmark committed to giving Ukraine F-16s": each gives
                    found += [
                        (c, recipient, ma, lo, hi)
                        for c in _listed_before(s, supplier, lo, verb.start())
                        if c != recipient and c not in cited
                    ]
                    # "die Lieferung von Fregatten an Ägypten und von Korvetten an Israel": each one the
                    # clause sends something to
                    at = next((pos for pos, e in actors if e == recipient), hi)
                    found += [
                        (supplier, e, ma, at, hi)  # (its figure one told after the first one's)
                        for e in R._uniq(
                            e
                            for pos, e in actors
                            if at < pos < hi
                            and e not in (supplier, recipient)
                            and _TO_STATE_DIRECT.search(t, max(lo, pos - 8), pos)
                        )
                    ]
        return found

    def _track_states(self, s: R.Sentence, ctx: R.Context, metonyms: list[Entity], res: Resolver) -> None:
        """The two states a sentence names ("... with Ukraine and Moldova"), all it names when they are
        several, and the state it opens with."""
        named = s.ents("Country", kinds=("name",))
        states = R._uniq([*named, *metonyms])
        if len(states) == 2:
            ctx.pair, ctx.pair_at = states, ctx.sent_no
        if len(states) >= 2:  # "the six presidents" of the sentence after (its states worked out when asked)
            ctx.named_states, ctx.named_states_at = (s, states), ctx.sent_no
        first = next(
            (m for m in s.mentions if m.entity is not None and m.entity.type == "Country" and m.kind == "name"), None
        )
        if first is not None and first.start < 50 and not s.speaker:
            ctx.subject = first.entity
        named = [m.entity for m in s.mentions if m.entity is not None and m.entity.type == "Organization"]
        # the last named, or a body of talks named with its organisation ("die Rolle der Minsk-Gruppe der OSZE")
        org = (
            next((o for o in reversed(named) if self._mandate(o)), named[-1])
            if len(named) > 1
            else next(iter(named), None)
        )
        if org is not None and not AGENCY_NAME(org, s.text):
            ctx.org, ctx.org_at = org, ctx.sent_no
        elif ctx.org is not None and ctx.sent_no - ctx.org_at <= 4 and R.ORG_ANAPHOR.search(s.text):
            ctx.org_at = ctx.sent_no  # "Das Bündnis entsandte ...": the organisation stays in view

    def _exporter_tier(self, state: Entity) -> int:
        """1 for the largest arms exporters, 2 for the next ones, 9 for the others (the gazetteer's tiers)."""
        return int(self.index.g.record(state.id).get("arms_exporter_tier", 9))

    def _region(self, t: str, low: str, ctx: R.Context, anaphor: bool = False) -> list[Entity]:
        """The states of a region the text names ("the five Central Asian republics"), remembered for the
        article; with `anaphor`, also of the region named before that the text refers to by the number of
        its states or as the region ("the five countries", "für die Region")."""
        if any(w in low for w in R.REGION_WORDS):
            named = R.REGION.search(t)
            if named is not None and named.lastgroup is not None:
                codes = list(R.REGIONS)[int(named.lastgroup[1:])].split()
                ctx.region = [c for code in codes if (c := self.index.g.country(code)) is not None]
                return ctx.region
        if anaphor and ctx.region:
            back = R.REGION_ANAPHOR.search(t)
            n = back.group("n") if back is not None else None
            if back is not None and (n is None or N.NUMBER_WORDS[n.casefold()] == len(ctx.region)):
                return ctx.region
        return []

    def _office_body(self, person: Entity, res: Resolver) -> Entity | None:
        """The international organisation, or the body of talks, a person's office on the day is of: the UN
        for its Secretary-General, the Minsk Group for its co-chairs."""
        held = res.office_of(person)
        body = held[1] if held is not None else None
        return body if body is not None and (body.id in self.blocs or self._mandate(body)) else None

    def _mandate(self, body: Entity) -> Entity | None:
        """The conflict a body of talks was set up for (gazetteer `conflict:`), if any."""
        name = self.index.g.record(body.id).get("conflict")
        found = self.index.g.lookup(str(name), ["Conflict"]) if name else []
        return found[0] if found else None

    def _envoy_of(self, s: R.Sentence, person: Entity, res: Resolver) -> Entity | None:
        """The organisation whose envoy a person is: "EU envoy Miroslav Lajčák", "UN-Sondergesandter X",
        "OSZE-Generalsekretär X" (the role is part of the name's mention), and by its head: "Guterres'
        special adviser on Cyprus, the former Norwegian foreign minister X"."""
        for k, m in enumerate(s.mentions):
            if m.entity != person:
                continue
            own = _BODY_ROLE.match(s.text, m.start, m.end)
            if own is not None and _ENVOY.fullmatch(own.group(2)):
                found = self.index.g.lookup(own.group(1), ["Organization"])
                if found:
                    return found[0]
            after = next((o for o in s.mentions[k + 1 :] if o.entity is not None), None)
            if (
                after is not None
                and after.entity.type == "Organization"
                and _HEAD_OF_AFTER.fullmatch(s.text, m.end, after.start)
            ):
                return after.entity  # "Stephanie Williams, the head of the UN Support Mission in Libya"
            for o in reversed(s.mentions[:k]):
                if o.entity is None:
                    continue
                # (the body's own possessive reaches over a longer title: "The AU's High Representative for the
                # Horn of Africa, former Nigerian president Olusegun Obasanjo")
                reach = 90 if _APOSTROPHE_S.match(s.text, o.end) or o.text.endswith(("'s", "’s")) else 40
                body, reach = (o.entity, reach) if o.entity.type == "Organization" else (None, 0)
                if o.entity.type == "Person" and _APOSTROPHE_S.match(s.text, o.end):
                    held = res.office_of(o.entity)
                    body, reach = (held[1], 90) if held is not None and held[1].type == "Organization" else (None, 0)
                if body is not None and 0 <= m.start - o.end <= reach:
                    if _ENVOY.search(s.text, o.end, m.start):
                        return body
                    break
        return None

    def _one_side_named(self, conflict: Entity, s: R.Sentence, cue: re.Match[str]) -> bool:
        """Whether the sentence names one side of a conflict in view, right at its mediation cue, and no
        other ("unter Vermittlung Türkiyes und der UN" after Erdoğan's call with Putin: Turkey mediates; no
        Russian-Turkish dispute)."""
        sides = set(self._sides(conflict))
        named = {*s.ents("Country", kinds=("name",)), *s.adj_countries()} & sides
        at_cue = {
            m.country if m.kind == "adj" else m.entity
            for m in s.mentions
            if cue.start() - 30 <= m.start < cue.end() + 30
        }
        return len(sides) >= 2 and len(named) == 1 and bool(named & at_cue)

    def _sides(self, conflict: Entity) -> list[Entity]:
        """The conflict's parties, in the gazetteer's order (never a set's: the output stays the same
        from run to run)."""
        found = (self.index.g.country(str(p)) for p in self.index.g.record(conflict.id).get("parties") or [])
        return list(dict.fromkeys(c for c in found if c is not None))

    @staticmethod
    def _someone_unknown(s: R.Sentence, t: str, pos: int) -> bool:
        """Right after "with"/"mit": a person kg does not know ("talks with Prime Minister Justin
        Trudeau", an office with no state) rather than the people of the event in view."""
        window = t[pos : pos + 45]
        if any(m.kind == "office" and m.entity is None and pos <= m.start < pos + 45 for m in s.mentions):
            return True
        known = [m for m in s.mentions if m.entity is not None and pos <= m.start < pos + 45]
        name = _FULL_NAME.search(window)
        return name is not None and not any(m.start <= pos + name.start() < m.end for m in known)

    def _conflict_of(self, s: R.Sentence, res: Resolver, ctx: R.Context) -> Entity | None:
        """The conflict of the two states a sentence names (by name or by their people)."""
        states = R._uniq(
            [
                *s.ents("Country", kinds=("name",)),
                *(res.country_of(p) for p in s.ents(*_PERSONS, kinds=("name", "surname", "role"))),
            ]
        )
        return next((c for a in states for b in states if (c := self.wars.of_pair(a, b, ctx.published))), None)

    def _conflict_of_pair(self, states: list[Entity], ctx: R.Context) -> Entity | None:
        """The conflict of exactly two states in view (the event's, the article's)."""
        return self.wars.of_two(states[0], states[1], ctx.published) if len(states) == 2 else None

    def _meeting_clauses(
        self, s: R.Sentence, t: str, parts: list[Entity], ctx: R.Context
    ) -> list[tuple[list[Entity], str, str | None, Entity | None]]:
        """The meetings of a sentence whose clauses each have a meeting verb of their own, each with its
        clause's modality, day and place (None where the clause names none): ", and" / ", then" / "; "
        open a clause. A clause's people meet its subject (those named before its verb, else the first
        clause's) and, where it says "with A, with B and with C" or "one after another", each of them
        apart. Empty unless two clauses or more each name a meeting."""
        lead = _talks_before(t)
        cuts = sorted(
            {
                0,
                len(t),
                *(m.start() for m in _NEXT_CLAUSE.finditer(t)),
                *(i for i, ch in enumerate(t) if ch == ";"),
                *([lead] if lead > 0 else []),
            }
        )
        spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        verbs = [
            (a, v)
            for a, b in spans
            # (the German perfect too: "hatte dort Netanjahu getroffen, einen Tag später sprach er mit ...")
            if (v := R.MEETING.search(t, a, b) or R.MEETING_PERFECT.search(t, a, b)) is not None
        ]
        if len(verbs) < 2 and not (lead > 0 and len(verbs) == 1 and verbs[0][0] == 0):
            return []
        named = {m.entity for m in s.mentions}
        subject = [p for p in parts if p not in named][:1]  # the one a pronoun stands for
        if lead > 0 and not subject:
            # "After meeting Buhari, Blinken sat down with Onyeama": the first one named after the opening clause
            # held its talks; "After talks with Medvedev at his residence, Sarkozy flew on to Tbilisi to brief
            # Saakashvili": the main clause's people have no talks of their own (not when it names two or more
            # people who might all have held them: "..., Erdoğan and Rouhani signed")
            after = [m for m in s.mentions if m.entity in parts and m.start > lead]
            if not after or any(
                m.entity != after[0].entity and _JOINT_GAP.fullmatch(t, after[0].end, m.start) for m in after[1:2]
            ):
                return []
            subject = [after[0].entity]
        found: list[tuple[list[Entity], str, str | None, Entity | None]] = []
        day: str | None = None
        for k, (a, v) in enumerate(verbs):
            # a clause without a verb belongs to the one before (not the main clause after "After talks with X,")
            b = verbs[k + 1][0] if k + 1 < len(verbs) else lead if len(verbs) == 1 else len(t)
            inside = R._uniq(m.entity for m in s.mentions if m.entity in parts and a <= m.start < b)
            own = R._uniq(
                m.entity
                for m in s.mentions
                if m.entity in inside
                and m.start < v.start()
                and not _OBJECT_BEFORE.search(t, max(a, m.start - 40), m.start)
            )  # "wo er mit Mirsijojew sprach": who comes after "mit" is met, not the subject
            if not subject:
                # ("Am Dienstag saß Sarkozy Medwedew gegenüber, am Abend stand er neben ...": the German verb
                # before its subject, the one named first)
                subject = own or (inside[:1] if k == 0 and ctx.lang == "de" else [])
            group = R._uniq([*(own or subject), *inside])
            if len(group) < 2:
                return []  # a clause whose meeting has no one to meet: not the sentence's shape
            clause = t[a:b]
            dated = N.find_date(clause, ctx.published) or N.shifted_date(clause, day)
            day = dated[0] if dated else day
            place = next(
                (
                    m.entity
                    for m in s.mentions
                    if m.entity is not None
                    and m.entity.type == "Place"
                    and a <= m.start < b
                    and not _FROM.search(t, max(0, m.start - 6), m.start)
                ),
                None,
            )
            mood = R.modality_of(clause, lang=ctx.lang)
            pivots = own or subject
            if len(group) >= len(pivots) + 2 and (_WITH_EACH.search(t, a, b) or _SEPARATE.search(t, a, b)):
                found += [([*pivots, o], mood, dated[0] if dated else None, place) for o in group if o not in pivots]
            else:
                found.append((group, mood, dated[0] if dated else None, place))
        return found

    def _internal_war(
        self, s: R.Sentence, t: str, ctx: R.Context, verb: int = 0, civil_war: bool = False
    ) -> Entity | None:
        """The war inside a state the sentence names, when it speaks of talks or peace and names no
        conflict ("the Jeddah talks on Sudan, facilitated by Riyadh and Washington"); the states named
        after the mediating verb at `verb` first ("Russia and Turkey brokered a ceasefire in Libya": not
        a war inside Turkey); with `civil_war`, also when the sentence says only that ("to mediate in
        Sudan's civil war")."""
        if not civil_war and not _TALKS_OR_PEACE.search(t):
            return None
        after = R._uniq(
            m.country if m.kind == "adj" else m.entity
            for m in s.mentions
            if m.start >= verb
            and (
                (m.kind == "adj" and m.country is not None and not _VENUE_AFTER.match(t, m.end))
                or (m.kind == "name" and m.entity is not None and m.entity.type == "Country")
            )
        )
        groups = (self.groups.get(o.id) for o in s.ents("Organization", kinds=("name",)))
        adjs = s.adj_countries(unless_before=_VENUE_AFTER)  # not "in der sudanesischen Hauptstadt Khartum"
        for state in [*after, *s.ents("Country", kinds=("name",)), *adjs, *filter(None, groups)]:
            war = self.wars.internal_war(state, ctx.published)
            if war is not None:
                return war
        return None

    def _conflict_between(self, s: R.Sentence, t: str, ctx: R.Context, offset: int = 0) -> Entity | None:
        """The conflict of two states named "between X and Y" / "zwischen X und Y" (mediation); `t` may
        be the sentence from `offset` on."""
        between = _BETWEEN.search(t)
        if between is None:
            return None
        sides = [
            m.entity
            for m in s.mentions
            if m.entity is not None
            and (
                m.entity.type == "Country"
                or (m.entity.type == "Place" and self._is_capital(m.entity))
                or m.entity.id in self.groups
            )
            and offset + between.start() <= m.start < offset + between.end()
        ]
        groups = [e for e in sides if e.id in self.groups]
        # a capital stands for its state: "zwischen Moskau und Kiew"
        states = R._uniq(
            e if e.type == "Country" else self.index.place_country.get(e.id) for e in sides if e not in groups
        )
        if groups and groups[0] in sides[:2] and states and states[0] is not None:
            # "between Israel and Hamas", "zwischen Israel und der Hisbollah": the state's war the group names
            return self.wars.of_group(groups[0], states[0], ctx.published)
        if len(states) > 2 and not groups:
            # "between Israel and Lebanon was brokered by the United States": the two named right after it
            states = R._uniq(e if e.type == "Country" else self.index.place_country.get(e.id) for e in sides[:2])
        if len(states) != 2 or None in states or groups:
            return None
        return self.wars.of_two(states[0], states[1], ctx.published)

    def _attribution(self, s: R.Sentence, ctx: R.Context) -> tuple[Entity | None, Entity | None]:
        """Speaker and reporting agency: quotes, "erklärte Putin", "laut X", "according to TASS"."""
        t = s.text
        speaker = s.speaker
        reported = None
        low = t.casefold()
        # (each pattern only where the sentence holds one of its words: most hold one kind of cue at most)
        says = "laut" in low or "according to" in low or "so " in low
        said = _SAID_WORDS(low) is not None
        for m in s.mentions:
            if m.entity is None:
                continue
            pre = t[max(0, m.start - 60) : m.start]
            post = t[m.end : m.end + 12]
            if m.entity.type == "Organization" and (
                R.AGENCY.search(pre) or _SOURCED_BY_BEFORE.search(pre) or _SOURCED_BY_AFTER.match(post)
            ):
                reported = m.entity
            elif m.entity.type == "Person" and speaker is None:
                if (says and _SAYS_BEFORE.search(pre)) or (
                    said and (_SAID_BEFORE.search(pre) or _SAID_AFTER.match(post))
                ):
                    speaker = m.entity
        return speaker, reported

    # -- merging --------------------------------------------------------------------------------

    def _merge(self, cands: list[R.Candidate], res: Resolver) -> list[R.Candidate]:
        """A dateless or periodless repeat joins the dated fact with the same key roles; then one
        fact per event id. A visit takes its place from a meeting of the visitor in the host country."""

        keys = self._keys

        def roles_key(c: R.Candidate) -> tuple[Any, ...]:
            roles, props = keys(c.type)
            return (
                c.type,
                *(tuple(sorted(e.id for e in c.roles.get(r, ()))) for r in roles),
                *(c.properties.get(p) for p in props if p not in ("date", "period")),
            )

        rk = [roles_key(c) for c in cands]  # each candidate's key, once
        stated: dict[tuple[Any, ...], list[str]] = {}
        for c, k in zip(cands, rk, strict=True):
            if c.properties.get("date") and not c.date_guessed:
                stated.setdefault(k, []).append(str(c.properties["date"]))
        for c, k in zip(cands, rk, strict=True):
            if c.date_guessed and any(_near(c.properties.get("date"), d) for d in stated.get(k, ())):
                # "Liveblog zum Besuch ..." dated by the page; the text dates it (a visit of the same
                # people years before is another visit)
                c.properties["date"] = None
        timed: dict[tuple[Any, ...], R.Candidate] = {}
        for c, k in zip(cands, rk, strict=True):
            if c.properties.get("date") or c.properties.get("period"):
                timed.setdefault(k, c)
        for c, k in zip(cands, rk, strict=True):
            other = timed.get(k)
            if (
                c.fallback_date
                and not c.properties.get("date")
                and (other is None or not _near(c.fallback_date, other.properties.get("date")))
            ):
                # no report dates it better: the day of its sentence (a dated visit of the same people
                # years before is another visit)
                c.properties["date"] = c.fallback_date
                timed.setdefault(k, c)
        kept: list[R.Candidate] = []
        by_key: dict[tuple[Any, ...], R.Candidate] = {}
        for c, k in zip(cands, rk, strict=True):
            if not (c.properties.get("date") or c.properties.get("period")):
                target = timed.get(k)
                # (not an arms deal of another value: "24 Su-35 for at least $2bn ... the S-400 for about $3bn
                # last year" are two deals)
                if c.news_day and target is not None and not _near(c.news_day, target.properties.get("date")):
                    # "X has arrived in Kenya" in the lead, "his first trip there was in May 2005" later: the news
                    c.properties["date"] = c.news_day
                elif (
                    target is not None
                    and c.type not in ("statement", "trade")
                    and not _other_value(target, c)
                    and not _elsewhere(target, c, res)
                ):
                    _fill(target, c)
                    continue
            full = (k, *(c.properties.get(p) for p in keys(c.type)[1]))
            if c.type == "trade":
                full = (*full, c.values.get("percent"), c.values.get("amount"))
            if full in by_key:
                if not _other_value(by_key[full], c):
                    _fill(by_key[full], c)
                    continue
            else:
                by_key[full] = c
            kept.append(c)  # (an arms deal of another value is another deal)
        # conflict: one per conflict, the one with explicit parties first
        seen: dict[str, R.Candidate] = {}
        final = []
        for c in sorted(kept, key=lambda c: -c.confidence if c.type == "conflict" else 0):
            if c.type == "conflict":
                cid = c.roles["name"][0].id
                if cid in seen:
                    continue
                seen[cid] = c
            final.append(c)
        final.sort(key=lambda c: (c.start, c.type))
        final = _one_visit_per_trip(final)
        for v in (c for c in final if c.type == "visit" and ("place" not in c.roles or c.date_guessed)):
            host = v.roles["host"][0]
            there = [
                m
                for m in final
                if m.type == "meeting"
                and v.roles["visitor"][0] in m.roles["participants"]
                and m.roles.get("place")
                and res.country_of(m.roles["place"][0]) == host
            ]
            same = next((m for m in there if m.properties.get("date") in (None, v.properties.get("date"))), None)
            dated = [m for m in there if m.properties.get("date") and not m.date_guessed]
            if same is not None:
                v.roles.setdefault("place", list(same.roles["place"]))
            elif not v.properties.get("date") and len(dated) == 1 and (v.date_guessed or v.modality != "planned"):
                # a trip told without its day ("beendet Reise nach Mali"), one meeting there with a day: its (not a
                # trip to come: "Moon soll im Herbst Pjöngjang besuchen")
                v.properties["date"] = dated[0].properties["date"]
                v.roles.setdefault("place", list(dated[0].roles["place"]))
            elif v.date_guessed and (days := _days_before(v.properties.get("date"), there)):
                # "schließt Reise nach Mali ab" dated by the page; "Am Sonntag traf sie in Bamako Keïta": the
                # visit is of the day and place of the visitor's meeting in the host country in the week before
                _, m = min(days, key=lambda x: x[0])
                v.properties["date"] = m.properties["date"]
                v.roles.setdefault("place", list(m.roles["place"]))
        return final

    def _names_of(self, e: Entity) -> list[str]:
        """A state's names in every language the gazetteer gives ("Russia", "Russland", ...)."""
        names = self.index.g.record(e.id).get("names") or {}
        return [n for forms in names.values() for n in forms] or [e.name]

    def _keys(self, ftype: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The key roles and key properties of a fact type (cached: the schema does not change)."""
        found = self._key_cache.get(ftype)
        if found is None:
            et = self.schema.by_fact[ftype]
            found = self._key_cache[ftype] = (
                tuple(r.name for r in et.key_roles),
                tuple(p.name for p in et.key_properties),
            )
        return found

    @staticmethod
    def _guests(
        cands: list[R.Candidate], res: Resolver, lang: str, sentences: list[R.Sentence], dated: bool = True
    ) -> list[R.Candidate]:
        """A meeting in a host's country with its people there is a visit of each foreign participant
        ("Putin, Aliyev and Pashinyan held talks in Moscow": Aliyev and Pashinyan visit Russia), unless
        the text already gives that visit. Calls and video summits take no one anywhere. A meeting without
        a day is background, unless the article is not `dated` (a web page without its day) and can give none.
        The visit begins on the meeting's day, unless its sentence tells a later day of it ("on the second
        day of his visit")."""
        starts = [x.start for x in sentences]
        out: list[R.Candidate] = []
        visits = {(c.roles["visitor"][0], c.roles["host"][0]) for c in cands if c.type == "visit"}
        for m in cands:
            if (
                m.type != "meeting"
                or not m.place_stated
                or m.values.get("kind") in ("phone_call", "video_call")
                or (
                    len(m.roles["participants"]) != 2
                    # (several people of two states: "war in Dhaka mit Premierministerin Hasina und Außenminister
                    # Mahmood Ali zusammengetroffen": the other state's people are the guests)
                    and len({res.country_of(p) for p in m.roles["participants"]}) != 2
                )
            ):
                # a summit of several brings its guests by rules of its own (measured: mostly wrong; so was a host
                # receiving leaders of several states each on the day of the news, in session 15: half right on
                # the development articles, one right and nine wrong on the blind set)
                continue
            place, date = (m.roles.get("place") or [None])[0], m.properties.get("date")
            host = res.country_of(place) if place is not None and (date or not dated) else None
            people = m.roles["participants"]
            if host is None or not any(_acting_state(p, res) == host for p in people):
                continue
            for guest in people:
                if res.country_of(guest) in (None, host) or (guest, host) in visits:
                    continue
                visits.add((guest, host))
                out.append(
                    R.Candidate(
                        "visit",
                        {"visitor": [guest], "host": [host], "place": [place]},
                        properties={"date": _began(sentences[bisect_right(starts, m.start) - 1].text, date)},
                        start=m.start,
                        end=m.end,
                        rule=f"rule:{lang}.visit.meeting-in-host-country",
                        confidence=0.6,
                        modality=m.modality,
                        speaker=m.speaker,
                        reported_by=m.reported_by,
                    )
                )
        return out

    # -- output ---------------------------------------------------------------------------------

    def _fact(self, c: R.Candidate, text: str, source: Source) -> Fact | None:
        et = self.schema.by_fact[c.type]
        call = c.values.get("kind") in ("phone_call", "video_call")
        roles: dict[str, tuple[Entity, ...]] = {}
        for name, role in et.roles.items():
            if call and name == "place":
                continue  # a call is held nowhere (not the dateline's or a merged report's place)
            ents = tuple(dict.fromkeys(e for e in c.roles.get(name, ()) if e is not None and e.type in role.to))
            if not role.many:
                ents = ents[:1]
            if len(ents) < (role.min if ents or role.required else 0) or (role.required and not ents):
                return None
            if ents:
                roles[name] = ents

        def typed(props: dict[str, Any], schema_props: dict[str, Any]) -> dict[str, Any]:
            out = {}
            for k, v in props.items():
                if v is None or k not in schema_props:
                    continue
                try:
                    out[k] = check_value(schema_props[k], v, k)
                except InputError:
                    continue
            return out

        properties = typed(c.properties, et.properties)
        values = typed(c.values, et.values)
        if any(p.required and p.name not in properties for p in et.properties.values() if p.name not in ("id", "type")):
            return None
        start, end = max(0, c.start), min(len(text), c.end)
        evidence = Evidence(
            source=source,
            text=text[start:end],
            start=start,
            end=end,
            speaker=c.speaker,
            reported_by=c.reported_by,
            modality=c.modality,
            confidence=round(c.confidence, 2),
            method=c.rule,
        )
        return Fact(type=c.type, roles=roles, properties=properties, values=values, evidence=evidence)


_SPEAKER_PRONOUN = ci(r"\b(?:er|sie|he|she)\s+\w+\s*$|\b(?:er|sie|he|she)\b")


def _last_person(sentences: list[R.Sentence], pos: int) -> Entity | None:
    """Whom "he said" after a quotation at `pos` (text offset) means: the subject, i.e. the first
    person named in the nearest sentence before it that names one ("Biden said he had told his
    Russian counterpart ... „I did what I came to do," he said": Biden, not the counterpart)."""
    for s in reversed(sentences):
        if s.start >= pos:
            continue
        for m in s.mentions:
            if (
                m.entity is not None
                and m.entity.type == "Person"
                and s.start + m.start < pos
                and m.kind in ("name", "surname", "role")
            ):
                return m.entity
    return None


def orgs_after(s: R.Sentence, pos: int) -> list[Entity]:
    return [m.entity for m in s.mentions if m.entity is not None and m.entity.type == "Organization" and m.start >= pos]


def AGENCY_NAME(org: Entity, text: str) -> bool:  # noqa: N802 - reads like the question it asks
    """A news agency named as a source, not an organisation someone joins."""
    return bool(ci(r"(?:Nachrichtenagentur|news agency)\s+" + re.escape(org.name)).search(text))


_INCLUDING = ci(r"\b(?:including|among them|among others|such as|darunter|unter ihnen|unter anderen|unter anderem)\b")
_NOW = ci(r"\b(?:now|currently|at present|derzeit|aktuell|inzwischen|mittlerweile|gegenwärtig|zurzeit)\b")
_LEAD_WORD = any_of("led|leads|steer|chair|moderat|leite|leiten")  # a cheap test before the pattern below
_LEADS_TALKS = ci(
    r"\b(?:led|leads|steered|steers|chaired|chairs|moderated|moderates|leitet\w*|leitete\w*|moderiert\w*)\b"
    r"(?=[^.;]{0,60}?\b(?:talks|negotiations|dialogue|Gespräch\w*|Verhandlung\w*|Dialog\w*)\b)"
    r"|\b(?:die|the) (?:Gespräche|Verhandlungen|talks|negotiations) (?:[\w-]+ ){0,4}?(?:leiten|geleitet|moderieren)\b"
)
# a title after a body, before its bearer: "EU envoy ", "EU's special envoy ", "EU-Sonderbeauftragte "
_BODY_TITLE = re.compile(r"(?:['’]s)?(?:[\s-]+(?!(?:and|und|sowie|or|oder|der|die|the)\b)[\w-]+){1,3}\s+")
_IN_REGION = ci(r"\b(?:in|im|across|throughout)\s+(?:[\w-]+\s+)?$")  # ("in sub-Saharan Africa", "im südlichen Afrika")
# the members a body names in a compound or after it: "der NATO-Verbündeten", "the NATO allies"
_MEMBERS_AFTER = ci(r"(?:-|\s+)(?:Verbündete\w*|Partner\w*|Mitglied\w*|Staaten|Länder|allies|partners|members)\b")
_AND_NEXT = ci(r"\s(?:and|und|sowie|while|während|to|auf|from|von)\s|;")


def _figure_periods(clause: str, figures: list[Any], published: str | None) -> list[str | None]:
    """The period of each figure of a clause, where figures joined by "and" name their own ("totalled $80bn in
    2021 and $27bn in the third quarter of 2022", "in 2021 $80bn and in 2022 $90bn"); None where the group of
    figures names none. Figures with nothing joining them (a sum and its dollar twin in brackets) share one."""
    groups: list[list[int]] = [[0]]
    cuts = [0]
    for i in range(1, len(figures)):
        joined = _last(_AND_NEXT, clause[figures[i - 1].end : figures[i].start])
        if joined is None:
            groups[-1].append(i)
        else:
            groups.append([i])
            cuts.append(figures[i - 1].end + joined.start())
    cuts.append(len(clause))
    out: list[str | None] = [None] * len(figures)
    for g, members in enumerate(groups):
        # the period after the group's figures first ("from $126bn in 2017 to ..."), else before them
        after, part = clause[figures[members[0]].end : cuts[g + 1]], clause[cuts[g] : cuts[g + 1]]
        found = N.find_period(after, published) or N.find_period(part, published) or N.bare_year(part)
        for i in members:
            out[i] = found
    labels = [_year_label(clause, [f]) for f in figures]
    # (a figure before a series has the period its own words give: "Last year ... $39.7 billion (in 2012 - ...)")
    return [
        label or (N.find_period(clause[: f.start], published) if p in labels else p)
        for f, p, label in zip(figures, out, labels, strict=True)
    ]


def _year_label(clause: str, figures: list[Any]) -> str | None:
    """The year a series labels a figure with: "(in 2012 - $40.1 billion, in 2011 - $36.2 billion)", "2021: $80bn"
    (None without one, or without a figure)."""
    label = _YEAR_LABEL.search(clause, max(0, figures[0].start - 14), figures[0].start) if figures else None
    return label.group(1) if label is not None else None


_YEAR_LABEL = re.compile(r"\b(?:in\s+)?((?:19|20)\d\d)\s*[-–:]\s*$")


def _via_the_one_body(cands: list[R.Candidate], bodies: set[str]) -> None:
    """A mediator with no body named, in a conflict that one international organisation or body (of
    `bodies`) mediates in the article ("the African Union's panel ... Annan", "die Ko-Vorsitzenden der Minsk-Gruppe
    ... Russland"), mediates through it."""
    through: dict[str, set[Entity]] = {}  # by conflict, the bodies its mediators act through or that mediate it
    alongside = set()  # where a body mediates itself: "brokered by Turkey and the United Nations" (side by side)
    for c in cands:
        if c.type == "mediation" and c.roles.get("conflict"):
            found = through.setdefault(c.roles["conflict"][0].id, set())
            found.update(b for b in c.roles.get("via") or () if b.id in bodies)
            if any(m.id in bodies for m in c.roles["mediator"]):
                found.update(c.roles["mediator"])
                alongside.add(c.start)
            elif c.roles.get("via"):
                # "Guterres und Erdoğan als Vermittler": the one with a body of their own acts through it, the
                # other one named with them for themselves
                alongside.add(c.start)
    for c in cands:
        if c.type != "mediation" or c.roles.get("via") or not c.roles.get("conflict") or c.start in alongside:
            continue
        found = through.get(c.roles["conflict"][0].id) or set()
        if len(found) == 1 and c.roles["mediator"][0].type in ("Person", "Country"):
            c.roles["via"] = list(found)


# inviting someone to come (not "auf Einladung von", "at the invitation of": a visit done at it)
_INVITED_TO = ci(r"\b(?:invit(?:ed|es|ing) (?:[\w-]+ ){1,4}?to|lud\w* (?:[\w-]+ ){1,4}?ein)\b")
_HAD = ci(r"\b(?:had|hatte|hatten)\b")
_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?!\d)")
_MONTH_YEAR = re.compile(
    rf"\b(?:{N._MONTH_ALT})\.?(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE
)


_DELEGATION_WORD = any_of("delegation")
# after a state's adjective, its delegation: "die russische (und die ukrainische) Delegation", "the Russian and
# Ukrainian delegations"
_DELEGATION_AFTER = ci(r"\s+(?:(?:und|and)\s+(?:die\s+|the\s+)?[\w-]+\s+)?(?:Delegation(?:en)?|delegations?)\b")


def _delegations(s: R.Sentence, t: str) -> list[Entity]:
    """The states whose delegations the sentence names: by adjective ("die russische Delegation") or after the
    noun ("the delegations of Russia and Ukraine")."""
    found = [m.country for m in s.mentions if m.kind == "adj" and m.country and _DELEGATION_AFTER.match(t, m.end)]
    names = [m for m in s.mentions if m.kind == "name" and m.entity is not None and m.entity.type == "Country"]
    for k, m in enumerate(names):
        if _DELEGATIONS_OF_BEFORE.search(t, max(0, m.start - 50), m.start):
            found += [n.entity for n in names[k : _list_end(t, names, k)]]  # "of Armenia and Azerbaijan"
    return R._uniq(found)


def _later_stop(
    s: R.Sentence, t: str, pos: int, res: Resolver, seen: set[Any], visitors: list[Entity], published: str | None
) -> tuple[Entity, Entity | None, str | None, re.Match[str]] | None:
    """A stop the traveller makes in a later clause of the sentence, after `pos` (host, place, the clause's
    day, its travel word): "..., am Dienstag setzte er diese Reise in Doha fort", "..., and then flew on to
    Tehran". None where the clause names someone else before its travel word (another traveller)."""
    brk = _CLAUSE_OPEN.search(t, pos)
    if brk is None:
        return None
    cue = R.VISIT.search(t, brk.end())
    if cue is None or any(
        _is_person(m) and m.entity not in visitors and brk.end() <= m.start < cue.start() for m in s.mentions
    ):
        return None
    for m in s.mentions:
        if m.start < cue.end() or m.entity is None or m.entity.type not in ("Place", "Country") or m.kind != "name":
            continue
        if not (_IN_TO.search(t, max(0, m.start - 8), m.start) or _TO_STATE.search(t, max(0, m.start - 25), m.start)):
            break  # (the first name after the travel word is its destination or none is)
        host = m.entity if m.entity.type == "Country" else res.country_of(m.entity)
        if host is None or host in seen:
            return None
        when = N.find_date(t[brk.end() :], published)
        return host, m.entity if m.entity.type == "Place" else None, when[0] if when else None, cue
    return None


# leaders left unnamed, their states named after them: "mit weiteren Staats- und Regierungschefs zusammen, unter
# anderem des Iran und Pakistans", "with the leaders of Iran and Pakistan"
_LEADERS_OF = ci(
    r"\b(?:weiter\w*|ander\w*|other|several|mehrere\w*)\s+"  # (others than those the article names: not "hosted the
    # leaders of Armenia and Azerbaijan", named elsewhere)
    r"(?:Staats-\s+und\s+Regierungschefs|Staatschefs|Regierungschefs|leaders|heads of state(?: and government)?)\b"
    r"[^.;]{0,40}?\b(?:des|der|von|aus|of|from)\s+(?:the\s+|dem\s+)?"
)
# a later main clause: ", am Dienstag setzte er ...", ", and then flew on to ...", "; tags darauf ..."
_CLAUSE_OPEN = ci(
    r"[,;]\s+(?:(?:and|und)\s+)?(?:then|dann|danach|anschließend|later|später|am|on|tags)\b"
    r"|\s(?:and|und)\s+(?:then|dann|danach|anschließend|later|später)\b"
)


# between a visit's noun and its visitor: "des Staatsbesuchs von Xi", "the visit of Turkish President Erdoğan",
# "des Besuchs des indischen Premierministers Modi"
_VISIT_OF_GAP = ci(r"\s+(?:von|of|by|des|der)\s+(?:[\w.-]+\s+){0,4}?")
# between a trip's destination and its traveller: "a state visit to Kenya by President Xi"
_BY_GAP = ci(r"\s+(?:by|durch)\s+(?:[\w.-]+\s+){0,4}?")
# the opening of a relative clause about a person: "Schoigu, der eigens ...", "Shoigu, who had flown ..."
_RELATIVE_OPEN = re.compile(r",\s+(?:der|die|who)\s")


_TRIP_NOUNS = ("visit", "besuch", "staatsbesuch", "arbeitsbesuch", "reise", "trip")
# a trip owned by a pronoun, its traveller named after it: "Bei seinem Arbeitsbesuch in Norwegen hat Scholz",
# "During his first visit to Kenya, Xi"
# (or a trip the sentence opens with: "Bei einem Besuch in Kenia hat Xi", "On a visit to Ghana, Modi")
_OWN_TRIP_BEFORE = ci(
    r"\b(?:his|her|seine[mnrs]?|ihre[mnrs]?)\s+(?:[\w-]+\s+){0,3}$"
    r"|^\W*(?:Bei|Während|Auf|During|On)\s+(?:einem|einer|a|an)\s+(?:[\w-]+\s+){0,2}$"
)
_DESTINATION_AFTER = re.compile(r"\s+(?:to|in|nach)\s+(?:the\s+|die\s+|den\s+|das\s+)?[A-ZÄÖÜ]")


def _owned_trip(s: R.Sentence, t: str, mv: re.Match[str], persons: list[Entity]) -> bool:
    """Whether the trip's noun is a pronoun's, with its destination next and no one named before it, so that its
    traveller is named after it ("Bei seinem Besuch in Kenia hat Xi", "During his visit to Ghana, Modi")."""
    return (
        mv.group(0).casefold().rstrip("s") in _TRIP_NOUNS
        and _OWN_TRIP_BEFORE.search(t, max(0, mv.start() - 60), mv.start()) is not None
        and _DESTINATION_AFTER.match(t, mv.end()) is not None
        and not any(m.entity in persons and 0 <= m.start < mv.start() for m in s.mentions)
    )


_OWNER_GAP = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")  # ("Duterte's visit", "Modi's first state visit")


def _owner_of_visit(s: R.Sentence, t: str, mv: re.Match[str]) -> Entity | None:
    """The person a visit's noun names as its visitor right after it ("Staatsbesuchs von Xi Jinping"),
    else None."""
    if (
        not mv.group(0).casefold().startswith(("visit", "besuch", "staatsbesuch", "arbeitsbesuch"))
        or t[mv.start() - 1 : mv.start()] == "-"
    ):
        return None  # (not "Afrika-Besuch", "Katar-Besuch": the compound names where to)
    # "the gains of President Duterte's visit to Beijing": the possessive before the noun names the visitor
    owner = next(
        (
            m.entity
            for m in reversed(s.mentions)
            if m.end <= mv.start()
            and m.kind in ("name", "surname")
            and _is_person(m)
            and _OWNER_GAP.fullmatch(t, m.end - 2 if m.text.endswith(("'s", "’s")) else m.end, mv.start())
        ),
        None,
    )
    return owner or _person_after(s, t, mv.end(), _VISIT_OF_GAP)


def _person_after(s: R.Sentence, t: str, at: int, gap: Rx) -> Entity | None:
    """The person named within 60 characters after `at` with only `gap` between ("von Xi", "by President Xi"),
    else None."""
    return next(
        (
            m.entity
            for m in s.mentions
            if at < m.start <= at + 60
            and m.kind in ("name", "surname")
            and _is_person(m)
            and gap.fullmatch(t, at, m.start)
        ),
        None,
    )


def _lone_guest(s: R.Sentence, parts: list[Entity], res: Resolver) -> Entity | None:
    """The one participant of another state than all the others, who are of one state, when the sentence does not
    name that one last: "Blinken met President Zelenskiy, Prime Minister Shmyhal and Foreign Minister Kuleba", "Neben
    Präsident A traf Putin auch Regierungschefin B" (each a talk of the guest with one host). Not the one named
    after the others ("Trump und Vance trafen sich mit Martin": one meeting of them all); else None."""
    hosts = {res.country_of(p) for p in parts[1:]}
    if len(hosts) == 1 and None not in hosts and res.country_of(parts[0]) not in hosts:
        return parts[0]
    sides = [res.country_of(p) for p in parts]
    lone = [p for p, side in zip(parts, sides, strict=True) if sides.count(side) == 1]
    if None in sides or len(set(sides)) != 2 or len(lone) != 1:
        return None
    first: dict[Entity, int] = {}
    for m in s.mentions:
        if m.entity in parts and m.entity not in first:
            first[m.entity] = m.start
    if len(first) != len(parts) or first[lone[0]] == max(first.values()):
        return None
    return lone[0]


def _antecedent(s: R.Sentence, t: str, trig: re.Match[str]) -> Entity | None:
    """The person a relative clause holding `trig` refers to, named right before its pronoun ("Schoigu, der
    eigens nach Istanbul gereist war"), else None."""
    opener = _last(_RELATIVE_OPEN, t, max(0, trig.start() - 80), trig.start())
    if opener is None or "," in t[opener.end() : trig.start()]:
        return None
    return next(
        (m.entity for m in s.mentions if _is_person(m) and 0 <= opener.start() - m.end <= 1),
        None,
    )


def _agent_after_destination(s: R.Sentence, t: str, dest: Mention | None) -> Entity | None:
    """The person named by "by" right after a trip's destination ("a state visit to Kenya by President Xi"), else
    None."""
    return _person_after(s, t, dest.end, _BY_GAP) if dest is not None else None


_SPOKES_TITLE = re.compile(
    r"(?:[Ss]precher(?:in|s)?|spokes(?:man|woman|person)|[Pp]ress\s+[Ss]ecretary|[Pp]ressesekretär(?:in|s)?)"
    r"(?:\s+(?:des|der|of\s+the|for\s+the|at\s+the)\s+[\w\s.-]{0,40}?)?,?\s+$"
)
_PARLIAMENT = re.compile(r"[Hh]aus|House|Parlament|Kongress|Congress|Knesset|Duma|Bundestag|Senat")  # its Speaker
_SPOKES_OFFICE = re.compile(r"spokes|press secretary|sprecher", re.IGNORECASE)


def _spokespeople(text: str, mentions: list[Mention]) -> set[Entity]:
    """The persons the text names as spokespeople ("Regierungssprecher Steffen Hebestreit", "Kremlin spokesman
    Dmitry Peskov"), or who hold no other office than a spokesperson's."""
    out = set()
    for m in mentions:
        e = m.entity
        if e is None or e.type != "Person":
            continue
        title = _SPOKES_TITLE.search(text, max(0, m.start - 60), m.start)
        if (title is not None and not _PARLIAMENT.search(title.group(0))) or (
            e.offices and all(o.title and _SPOKES_OFFICE.search(o.title) for o in e.offices)
        ):
            out.add(e)
    return out


# a government's own site: "www.gov.uk", "mea.gov.in", "diplomatie.gouv.fr", "president.az", "www.gv.at";
# and those of governments whose sites have no such domain
_GOV_HOST = re.compile(r"(?:^|\.)(?:gov|gouv|gob|go|gv|govt|admin|president)\.([a-z]{2})$")
_GOV_SITES = {
    "whitehouse.gov": "US", "state.gov": "US", "defense.gov": "US", "kremlin.ru": "RU", "mid.ru": "RU",
    "bundesregierung.de": "DE", "bundeskanzler.de": "DE", "bundespraesident.de": "DE", "auswaertiges-amt.de": "DE",
    "elysee.fr": "FR",
}  # fmt: skip


def _home_state(url: str | None, g: Any) -> Entity | None:
    """The state whose government's site published a text, by its address (None for any other site)."""
    if not url:
        return None
    host = urllib.parse.urlsplit(url).hostname or ""
    host = host.removeprefix("www.").removeprefix("en.")
    code = _GOV_SITES.get(host) or next((c for h, c in _GOV_SITES.items() if host.endswith("." + h)), None)
    if code is None and (m := _GOV_HOST.search(host)) is not None:
        code = "GB" if m.group(1) == "uk" else m.group(1).upper()
    return g.by_code("iso2", code) if code else None


def _page_day(text: str, url: str | None) -> str | None:
    """The day of an undated report: the day its address gives (".../2008/08/13/..."), else the latest
    whole day its text names (a photo's credit, a quoted post's date: none still to come), else the month
    its address gives, else the day it names by weekday, day and month when only one year fits."""
    found = _URL_DAY.search(url or "")
    if found is not None and found[3]:
        return f"{found[1]}-{found[2]}-{found[3]}"
    day = N.latest_day(text)
    if day is not None:
        return day
    if found is not None:
        return f"{found[1]}-{found[2]}"
    return N.weekday_day(text)  # "on Friday 29 October" in the one year since the latest it names


def _reference_day(text: str) -> str | None:
    """The day an undated report most likely speaks of, to know who held an office, where neither its address
    nor its text tells a day (_page_day): the middle of the latest year its text dates by month ("am 12. März
    2023", "in May 2016"; never one still to come)."""
    now = date_cls.today().year
    years = [y for y in map(int, _MONTH_YEAR.findall(text)) if y <= now]
    return f"{max(years)}-07-01" if years else None


def _date_the_undated(cands: list[R.Candidate], sentences: list[R.Sentence], published: str, text: str) -> None:
    """A lead without a day: its meetings, visits and signings left undated are of the first weekday the
    article names later ("Erdogan bezeichnete im Beisein von Starmer den Vertrag am Montag als ..."), else of
    the day of publication (as GDELT dates an event by its report: "Medvedev and Zardari held talks"; not one
    told as before the report: "Guterres hatte Putin getroffen")."""
    day, told = published, False
    for s in sentences:
        found = N.find_date(s.text, published) if N.is_weekday(s.text) else None
        if found and N.is_weekday(s.text[found[1] : found[2]]):
            day, told = found[0], True
            break
    for c in cands:
        if c.type in ("meeting", "visit", "agreement_signing") and not c.properties.get("date"):
            if told or (c.modality not in _TO_COME and not _HAD.search(text, c.start, c.end)):
                c.properties["date"] = day  # (not one to come: "lud Putin ein, nach Kasachstan zu kommen")


_FIGURE_KEYS = frozenset({"amount", "currency", "qualifier", "percent"})


def _fill(target: R.Candidate, other: R.Candidate) -> None:
    if "place" in other.roles and "place" not in target.roles:
        target.place_stated = other.place_stated  # the place, as the report that names it tells it
    for k, v in other.roles.items():
        target.roles.setdefault(k, v)
    figured = "amount" in target.values or "percent" in target.values
    for k, v in other.values.items():
        if not (figured and k in _FIGURE_KEYS):  # (a figure with its currency and qualifier, or none of another)
            target.values.setdefault(k, v)
    for k, v in other.properties.items():
        if target.properties.get(k) is None:
            target.properties[k] = v


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a verb that tells of the past: the German pluperfect and perfect auxiliaries, English "had"
_PAST_TENSE = ci(r"\b(?:hatte|hatten|hat|haben|war|waren|had)\b")


def _day_of_clause(t: str, at: int, date: tuple[str, int, int] | None, published: str | None) -> str | None:
    """The date of the clause an event's word is in, when the sentence's first date lies in an earlier
    clause ("Embassies reopened in July, and Kerry flew to Havana on August 14": August 14)."""
    if date is None or date[1] >= at:
        return None
    when = _last(_WHEN_CLAUSE, t[date[2] : at])
    if when is not None and not t[date[2] : date[2] + when.start()].strip(" ,"):
        # "Putin's first trip to Pyongyang since July 2000, when he held talks with Kim Jong Il": that date
        return date[0]
    if when is not None:
        # "began on July 18, 2005, when Bush and Singh agreed", "im Mai 2017, als Museveni nach Tansania
        # reiste": the date right before the clause is its date
        lead = t[max(date[2], date[2] + when.start() - 40) : date[2] + when.start()]
        found = N.find_date(lead, published)
        while found is not None and found[2] < len(lead.rstrip()):
            nxt = N.find_date(lead[found[2] :], published)
            found = (nxt[0], nxt[1] + found[2], nxt[2] + found[2]) if nxt else None
        if found is not None and (len(found[0]) < 10 or found[0] != date[0]):
            return found[0]
    for lo, hi in _clauses(t):
        if lo <= at < hi:
            # a verb joined by "und"/"and" after the first date ("war am Samstagabend eingetroffen und
            # verhandelte am Sonntag mit X"): its part of the clause
            joined = [m.end() for m in _AND_WORD.finditer(t, max(lo, date[2]), at)]
            lo = joined[-1] if joined else lo
            found = N.find_date(t[lo:hi], published) if date[1] < lo else None
            if found is None and date[1] < lo:
                # "On 3 September ..., and Cheney visited Tbilisi the next day": counted from the date before
                shifted = N.shifted_date(t[lo:hi], date[0])
                return shifted[0] if shifted else None
            if found is None or _SINCE.search(t, max(lo, lo + found[1] - 80), lo + found[1]):
                return None  # "... met that day for the first time since their armies fought in April"
            day = found[0]
            if not _YEAR.search(t, lo + found[1], lo + found[2]) and _YEAR.search(t, date[1], date[2]):
                # "im April 2023 ...; damals am 14. April": the year named before (not one worked out: "hatte im
                # Dezember Riad besucht ..., im Februar empfing er": the February before the page's day)
                day = date[0][:4] + day[4:]
            if _weekday_to_come(t, lo + found[1], lo + found[2], lo):
                day = N.next_weekday(day, published)  # "where he is due to meet Macri on Wednesday": to come
            # the same month told more precisely is the same event; another month, or another day of the
            # month ("welcomed him on Saturday evening, and the two held their talks on Sunday"), is another
            return None if day[:7] == date[0][:7] and (len(date[0]) < 10 or day == date[0]) else day
    return None


def _weekday_to_come(t: str, start: int, end: int, lo: int = 0, reach: int = 100) -> bool:
    """Whether the date at t[start:end] is a weekday the text speaks of as to come ("will travel on
    Tuesday"): a future word within `reach` characters before it (not before `lo`) or 25 after."""
    return bool(_FUTURE.search(t, max(lo, start - reach), end + 25)) and N.is_weekday(t[start:end])


_WHEN_CLAUSE = ci(r",\s+(?:when|als)\s")
_TO_COME = ("planned", "expected", "hoped")


def _after(day: str | None, published: str | None) -> bool:
    """Whether a (partial) date lies after the day the article was published: an event to come."""
    return bool(day and published and day[: len(published)] > published[: len(day)])


def _clauses(t: str) -> list[tuple[int, int]]:
    """Clauses split at ', während', ', while', '; ', ', whereas', ', as' (not 'as well as'), ', after'."""
    cuts = (
        [0]
        + [
            m.start()
            for m in re.finditer(
                r"[,;]\s+(?:während|wohingegen|whereas|while|and|und|aber|but|as(?!\s+well)|nachdem|after)\b|;\s", t
            )
        ]
        + [len(t)]
    )
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


_FLOW = ci(f"(?P<investment>{R.INVEST.pattern})|(?P<exports>{R.EXPORTS.pattern})|(?P<imports>{R.IMPORTS.pattern})")


def _last(rx: Any, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
    """The last match of a pattern in a text (between `pos` and `endpos`)."""
    return next(reversed(list(rx.finditer(text, pos, endpos))), None)


def _measure_before(lead: str) -> str | None:
    """The measure the noun nearest before a figure names: "Rechnet man die Ausfuhren hinzu, kam der
    Warenaustausch auf 800 Milliarden": the exchange, a volume."""
    flow, volume = _last(_FLOW, lead), _last(_VOLUME_NOUN, lead)
    if volume is not None and (flow is None or volume.start() > flow.start()):
        return "volume"
    return flow.lastgroup if flow is not None else None


# the flow a figure's own words name right after it: "2,1 Mrd. EUR deutscher Exporte", "$5bn in exports"
_FLOW_AFTER = ci(r"\s*(?:an|in|of|worth of)?\s*(?:[a-zäöü]+e[rn]?\s+)?$")
# the verb closing a German figure's clause: "Waren im Wert von 462,6 Milliarden US-Dollar aus China importiert"
_CLOSING_VERB = ci(r"\s+(?:aus|nach|in|to|from)\s+[\w-]+\s+(?:\w+\s+)?$")


def _measure_after(clause: str, end: int) -> str | None:
    """The measure a figure's own words name after it: a noun right after it ("2,1 Mrd. EUR deutscher
    Exporte 1,5 Mrd. EUR deutscher Importe gegenüber") or the verb that closes its clause ("462,6
    Milliarden US-Dollar aus China importiert, die ... Exporte")."""
    rest = clause[end : end + 40]
    flow = _FLOW.search(rest)
    if flow is None:
        return None
    if _FLOW_AFTER.fullmatch(rest, 0, flow.start()) or (
        _CLOSING_VERB.fullmatch(rest, 0, flow.start()) and rest[flow.end() : flow.end() + 1] in (",", ".", ";", "")
    ):
        return flow.lastgroup
    return None


def _flow(text: str) -> str | None:
    """The trade flow a text names: investment, exports or imports (the last named wins)."""
    last = _last(_FLOW, text)
    return last.lastgroup if last is not None else None


def _figure(a: N.Amount | None) -> dict[str, Any]:
    """An amount's values for a fact: amount, currency and qualifier, those it has."""
    if a is None:
        return {}
    return {
        k: v for k, v in (("amount", a.value), ("currency", a.currency), ("qualifier", a.qualifier)) if v is not None
    }


_COMPARED_BEFORE = ci(
    r"\b(?:than|overt(?:ook|aking|akes)|ahead of|behind|second only to|dwarf(?:s|ed|ing)?|compared (?:with|to)|als"
    r"|überholt\w*|im Vergleich zu[mr]?|verglichen mit|vor|hinter)\s+(?:the\s+|der\s+|dem\s+|den\s+|die\s+)?(?:that of\s+|those of\s+|jene[mn]?\s+)?$"
)

_AFTER_RANKED = ci(r"\b(?:nach|after)\s+(?:the\s+|der\s+|dem\s+|den\s+)?$")
_AND_BEFORE = ci(r"\s+(?:und|and)\s+(?:vor|ahead of|before)\b")


def _visit_elsewhere(c: R.Candidate, res: Resolver) -> bool:
    """Whether a visit to a state is placed in another state ("Lavrov visits China" in Moscow): a misreading
    (measured: 14 wrong visits against 2 right ones whose place was wrong)."""
    if c.type != "visit" or not c.roles.get("place"):
        return False
    host, there = c.roles["host"][0], res.country_of(c.roles["place"][0])
    return host.type == "Country" and there is not None and there.type == "Country" and there != host


_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s+$")
# ("signed ... in 2021", "unterzeichneten im Jahr 2016 ...", the German year right after its verb: "unterzeichneten 2016
# einen Vertrag")
_YEAR_AFTER_SIGNED = re.compile(
    r"(?:[^,.;]{0,80}?\b(?:in|im Jahre?)\s+|\s+)((?:19|20)\d\d)\b(?!\s*(?:-|–|and|to|bis|und)\s*\d)"
)
_SIGNED_IT = ci(r"\s+(?:it|them)\b")
# someone named as whose envoy, adviser or spokesman another is: "the Personal Envoy of the UN Secretary-General"
_TITLE_OF_BEFORE = ci(
    r"\b\w*(?:[Ee]nvoy|[Aa]dviser|[Aa]dvisor|[Ss]pokes\w+|Gesandte\w*|Berater\w*|Sprecher\w*|Beauftragte\w*)\s+"
    r"(?:of|to|for|des|der|von)\s+(?:the\s+)?(?:\w+\s+){0,2}$"
)
_WHOSE_BEFORE = ci(r"\b(?:von|of|des|to)\s+(?:\w+\s+)?$")
# signing for a side: "Für die Regierung unterschrieb X", "X signed for the government", "on behalf of"
_SIGNED_FOR = ci(r"\b(?:für|for|on behalf of|im Namen)\s+(?:die|den|das|der|the|its|their|seine|ihre)\b")
# a document named after a body: "the Eurasian Union Agreement", "der EAWU-Vertrag" (case-sensitive)
_NAMES_DOCUMENT = re.compile(
    r"\s+(?:Agreement|Treaty|Charter|Accord|Declaration|Pact)\b|-(?:Abkommen|Vertrag|Charta)\b"
)
# a relative clause between commas that ends in a verb or another lower-case word (not in a name of a list):
# ", das mit Äthiopien seit Jahren streitet,", not ", die die EU, Ägypten und Israel ... unterzeichnet hatten"
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:das|die|der|dem|den|deren|dessen|which|who|whose)\s[^,.;]{3,120}?\s[a-zäöüß][\w-]*,"
)
_RELATIVE_OPENS = ci(r",\s+(?:dessen|deren|whose)\s")


def _inside_relative(t: str, pos: int, verb: int) -> bool:
    """Whether `pos` lies in a relative clause of whose ("dessen", "deren") that closes before `verb`."""
    opened = _last(_RELATIVE_OPENS, t[max(0, pos - 120) : pos])
    return opened is not None and "," in t[pos:verb]


def _other_value(a: R.Candidate, b: R.Candidate) -> bool:
    """Whether two arms transfers each have a value, and not the same one."""
    x, y = a.values.get("amount"), b.values.get("amount")
    return a.type == "arms_transfer" and x is not None and y is not None and x != y


_DELIVERED = ci(
    r"\b(?:lieferte\w*|geliefert|schickte\w*|geschickt|bekam\w*|erhielt\w*|delivered|supplied|shipped|sent|received)\b"
)
_GENERIC_ARMS = frozenset({"waffe", "waffen", "weapon", "weapons", "waffenlieferung", "waffenlieferungen"})


def _only_generic_arms(text: str) -> bool:
    """Whether every word for arms in `text` is the bare word ("Waffen", "weapons")."""
    return all(m.group(0).casefold() in _GENERIC_ARMS for m in R.ARMS.finditer(text)) and not R.ARMS_SYSTEM.search(text)


def _deal_worth(c: R.Candidate, t: str, pos: int, lang: str) -> None:
    """The value a text gives from `pos` on to the deal named before it ("The contract, worth 999 million
    euros"), as the figure of the arms transfer `c`."""
    c.values.update(_figure(_deal_figure(t, pos, lang)))


def _deal_figure(t: str, pos: int, lang: str) -> N.Amount | None:
    """The value `t` gives a deal from `pos` on, if any (see _deal_worth)."""
    worth = _DEAL_WORTH.search(t, pos) or next(
        # the weapons themselves worth it: "six Kilo class submarines worth $2bn"
        (w for w in R.ARMS.finditer(t, pos) if _WORTH_AFTER.match(t, w.end())),
        None,
    )
    if worth is not None:
        return next((a for a in N.money(t, lang) if a.start >= worth.start()), None)
    # the figure as the deal's attribute: "bei der fast 10-Milliarden-Euro-Übernahme", "a $2bn deal"
    bought = next((a for a in N.money(t, lang) if a.start >= pos and _DEAL_AFTER.match(t, a.end)), None)
    if bought is not None:
        return bought
    if (cost := _COST_AFTER.match(t, pos)) is not None:
        # "... to Saudi Arabia, with an estimated cost of $9 billion": the figure the clause after gives
        return next((a for a in N.money(t, lang) if 0 <= a.start - cost.end() <= 12), None)
    if (deal := _DEAL_OF.search(t, pos)) is not None:
        # "Der Vertrag über rund 2,7 Milliarden Euro": the figure right after the deal's preposition
        return next((a for a in N.money(t, lang) if 0 <= a.start - deal.end() <= 16), None)
    return None


# a cheap test whether a sentence may give a sum at all: a digit, a currency sign or a scale word
_MONEY_HINT = re.compile(r"\d|[$€£¥]|illi|Mrd|Mio|\bbn\b")


def _deal_price(ctx: R.Context, t: str, lang: str) -> None:
    """The figure a sentence with no arms transfer of its own gives a deal: that of the arms transfer told a few
    sentences before if it has none, else kept for one told in the next sentences ("Der Preis: 7,87 Milliarden
    Euro. ... Indien kauft 36 Rafale")."""
    if ctx.last_arms_at == ctx.sent_no:
        return  # (its own arms transfer took its figure)
    if ctx.last_arms is not None and ctx.sent_no - ctx.last_arms_at <= 5 and "amount" not in ctx.last_arms.values:
        _deal_worth(ctx.last_arms, t, 0, lang)
    elif _MONEY_HINT.search(t) and (a := _deal_figure(t, 0, lang)) is not None:
        ctx.deal_price = (ctx.sent_no, a)


def _one_direction(cands: list[R.Candidate], text: str, names_of: Callable[[Entity], list[str]]) -> None:
    """Arms between two states told the other way round after the article gave their direction: the sale, aid
    or deal between them again ("Neither Ankara nor Addis Ababa has confirmed the sale", "a proposed sale of
    helicopters" after "the United States sold Nigeria ..."), in the direction told first; not one whose own
    sentence sends them to the recipient ("die Lieferung von Raketen an Russland")."""
    seen: set[tuple[str, str]] = set()
    for c in cands:
        if c.type != "arms_transfer" or not c.roles.get("supplier") or not c.roles.get("recipient"):
            continue
        pair = (c.roles["supplier"][0].id, c.roles["recipient"][0].id)
        if (
            pair[::-1] in seen
            and pair not in seen
            and not _sent_to(text[c.start : c.end], names_of(c.roles["recipient"][0]))
        ):
            c.roles["supplier"], c.roles["recipient"] = c.roles["recipient"], c.roles["supplier"]
        else:
            seen.add(pair)


def _sent_to(sentence: str, names: list[str]) -> bool:
    """Whether a sentence names a state as where something goes: "an Russland", "to Russia", "nach Kenia"."""
    return any(
        re.search(rf"\b(?:an|nach|to|into)\s+(?:the\s+|die\s+|den\s+|das\s+)?{re.escape(n)}\b", sentence) for n in names
    )


def _dedupe_amounts(items: list[N.Amount]) -> list[N.Amount]:
    """'um 34 Prozent - sogar über 34 Prozent': one figure, the qualified one."""
    out: dict[float, N.Amount] = {}
    for a in items:
        if a.value not in out or (a.qualifier and not out[a.value].qualifier):
            out[a.value] = a
    return list(out.values())


_AT_NIGHT = ci(
    r"\b(?:last night|late (?:on )?\w+day|\w+day (?:evening|night)|on the evening of|spät am \w+"
    r"|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend)(?:abend|nacht))\b"
)
_AT_PLACE = ci(r"\b(?:at|in|im|auf|nach)\s+(?:the\s+|dem\s+|der\s+)?$")
_CHAIR_WORD = ci(r"vorsitz|chair")
# a copula right after a mediation word: "the guarantor states of the process are ...", "Vermittler sind ..."
_COPULA_AFTER = ci(
    r"\w*(?:\s+(?:states|countries|powers|nations))?(?:\s+(?:of|des|der|dieses|of the|in|im)\s+(?:\w+\s+){0,2}?\w+)?\s+(?:are|were|is|was|sind|waren|ist|war)\s+|\w*\s*:\s*"
    # where it lay: "Die Vermittlung lag formal bei der IGAD", "the mediation lay with the AU"
    r"|\w*\s+(?:lag|liegt|lagen|liegen|ruhte)\s+(?:\w+\s+)?bei\s+(?:der\s+|dem\s+|den\s+)?"
    r"|\w*\s+(?:lay|lies|rested|rests)\s+(?:\w+\s+)?with\s+(?:the\s+)?"
    # those a clause lists: "The guarantors to the deal, which include Egypt, Chad, Qatar", "darunter Katar"
    r"|\w*(?:\s+(?:to|of|des|der)\s+(?:the\s+|die\s+|das\s+)?\w+)?\s*,\s*(?:which|who)\s+(?:include|included|are)\s+(?:the\s+)?"
    r"|\w*(?:\s+(?:to|of|des|der)\s+(?:the\s+|die\s+|das\s+)?\w+)?\s*,\s*(?:darunter|unter ihnen)\s+(?:die\s+|der\s+)?"
)
# the mediators in apposition: "The two facilitators, Saudi Arabia and the US, say ...", "die Vermittlerstaaten im
# Gaza-Krieg, Ägypten, Katar und die USA, verkündeten" (named there, whoever else the sentence names before)
_MEDIATORS_APPOSED = ci(
    r"\w*(?<=ors|ler|ten|nen|hte)(?:\s+(?:in|im|in the)\s+[\w-]+(?:\s+[\w-]+)?)?\s*,\s+(?=[^,.;]+,)"
)
# a noun for mediators with the states it names right after: "die Garantiemächte Russland, Türkei und Iran", "die
# Vermittler Katar und Ägypten"
_MEDIATOR_NOUN = ci(r"(?:tors?|ler|garanten|mächte|staaten|länder|countries|states|powers)$")
_NAMES_NEXT = re.compile(r"\s+(?=[A-ZÄÖÜ])")
# after a mediating verb, its subject listed after a colon: "vermitteln drei Akteure: Russland, die Ukraine und die OSZE"
_VERB_LIST_AFTER = ci(r"(?:\s+[\w-]+){0,5}\s*:\s*")
_MEDIATING_VERB = ci(r"vermittel[nt]\w*|mediat(?:e|es|ed|ing)")
# a relative clause whose verb follows: "Ägyptens, das gemeinsam mit Katar ... vermittelt", "Norway, which brokered"
_RELATIVE_OPENING = ci(r",\s+(?:das|die|der|welche[rs]?|which|who)\s+[^,.;]*$")
# what a percentage is a part of: "80 Prozent der mexikanischen Exporte", "75 percent of its exports"
_PERCENT_OF = ci(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:of|der|des|ihrer|seiner|ihres|seines|aller)\b"
)  # ("80% (€4 billion) of")
# the value of the deal a sentence before named: "The contract, worth 999 million euros", "Der Vertrag hat einen Wert von"
# the words that give a deal's value: "worth", "valued at", "im Wert von"
_WORTH = r"worth|valued at|im Wert von"
_DEAL_WORTH = ci(
    r"\b(?:contract|deal|order|purchase|package|agreement|deliver(?:y|ies)|Vertrag\w*|Auftrag\w*|Geschäft\w*|Kauf\w*|Paket\w*"
    r"|Lieferung\w*|Rüstungs(?:geschäft|vertrag|auftrag|deal)\w*)\b"
    # (past a relative clause: "Das Geschäft, das am Dienstag in Moskau vereinbart wurde, hat einen Umfang von")
    r"(?:,\s+(?:das|die|der|which|that)\b[^,.;]{0,150},)?"
    rf"[^.;]{{0,80}}?\b(?:{_WORTH}|\w*wert von|\w*volumen von|Umfang von|kostet|costs?|costing|beläuft sich|umfasst|umfasste)\b"
    # its value or cost named without the deal: "at an estimated value of $699m", "put the cost ... at A$10bn"
    r"|\b(?:estimated|total|overall|combined)\s+(?:value|cost|price|bill)\s+of\b|\bat a (?:total |combined )?(?:cost|price|value) of\b"
    # the deal named by a pronoun: "Sie haben laut Zeitung einen Umfang von zwei Milliarden Dollar" (the contracts)
    r"|^\W*(?:Sie|Er|Es|They|It)\s+(?:haben|hat|hatte|hatten|has|have|had)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:einen|ein|a|an)\s+(?:(?:total|estimated|Gesamt)\S*\s+)?(?:Umfang|Wert|Volumen|value|volume)\s+(?:von|of)\b"
    # what the purchase costs: "Der Erwerb von fünf Regimentern soll 5,43 Milliarden Dollar kosten", "für die Beschaffung
    # wird eine Summe von 3,99 Milliarden Euro veranschlagt", "the purchase will cost"
    r"|\b(?:\w*(?:erwerb|beschaffung|anschaffung|ankauf)|purchase|acquisition|procurement)\b[^.;]{0,100}?"
    r"\b(?:kosten|kostet|kostete|veranschlagt|Summe von|cost|costs)\b"
    r"|\bput the (?:total |overall )?cost\b[^.;]{0,60}?\bat\b"
    # its value named first: "Der Gesamtwert liegt ... bei rund 5,2 Milliarden Euro", "The total value is"
    r"|\b(?:Gesamtwert|Auftragswert|Vertragswert|Gesamtvolumen|Auftragsvolumen|Wert|Preis|Kaufpreis|Gesamtpreis"
    r"|(?:total|overall|contract|purchase) (?:value|price)|price|value)\b"
    r"[^.;]{0,60}?\b(?:liegt|lag|liege|beträgt|betrug|betrage|beläuft|belief|belaufe|is|was|stands|stood|beziffert|geschätzt"
    r"|veranschlagt|angegeben|estimated|put)\b"
    # its price as a heading ("Der Preis: 7,87 Milliarden Euro") or after its verb ("Dabei liegt der Preis bei rund ...")
    r"|\b(?:Gesamtpreis|Kaufpreis|Preis|Gesamtwert|price|cost)\s*:"
    r"|\b(?:liegt|lag|beträgt|betrug|beläuft sich|belief sich) (?:der|die) (?:\w+ )?(?:Gesamtpreis|Kaufpreis|Preis|Gesamtwert|Wert|Kosten)\b"
    r"|\b(?:umfasst|umfasste|kostet|kostete) (?:das|der|die) (?:\w+ )?(?:Geschäft|Vertrag|Auftrag|Deal|Paket|Kauf)\b"
    # its value put at a sum: "beziffern das Geschäft auf rund ...", "seinen Wert auf bis zu 2 Mrd. Euro beziffert"
    r"|\bbeziffer\w*\b[^.;]{0,60}?\bauf\b"
    r"|\b(?:Wert|Preis|Kosten|Volumen)\s+auf\s+(?:rund\s+|etwa\s+|bis zu\s+|knapp\s+|über\s+|mehr als\s+)?(?=\d)"
    # its volume as an apposition: "..., Volumen rund 1,8 Milliarden Euro"
    r"|\b(?:Gesamt|Auftrags|Vertrags)?[Vv]olumen\s*:?\s+(?:von\s+)?(?:rund\s+|etwa\s+|knapp\s+|fast\s+|über\s+|mehr als\s+)?(?=\d)"
)
# the deal right after its figure: "10-Milliarden-Euro-Übernahme", "$2bn deal", "14-billion-euro contract"
_DEAL_AFTER = ci(
    # (past a conversion in brackets: "the 5.2 billion euro ($5.9 billion) deal")
    r"(?:\s*\([^()]{1,30}\))?(?:-|\s+)(?:arms\s+|defen[cs]e\s+|Rüstungs-?)?(?:deal|contract|order|purchase|Deal|Geschäft|Auftrag|Kauf|Übernahme"
    r"|Beschaffung|Vertrag)\b"
)
# a purchase its seller's government approved: "was approved to buy", "was okayed to purchase"
_APPROVED_TO = ci(r"\b(?:approved|okayed|cleared|authori[sz]ed)\s+to\s+$")
# between a person and the body the apposition after them makes them the head or envoy of
_HEAD_OF_AFTER = ci(
    r",\s+(?:the\s+|die\s+|der\s+)?(?:acting\s+|amtierende\w*\s+)?(?:head|chief|leader|Leiter(?:in)?|Chef(?:in)?"
    r"|special\s+(?:representative|envoy)|envoy|Gesandte\w*|Sondergesandte\w*)\s+(?:of\s+(?:the\s+)?|der\s+|des\s+)?"
)
# a part of a deal with its own price: "the Seahawk deal is worth", "the six Apaches cost", "zahlt Indien etwa"
_PART_COSTS = ci(
    rf"\b(?:(?:deal|contract|order|Vertrag|Auftrag|Geschäft)\w*\s+(?:\w+\s+){{0,2}}?(?:{_WORTH})"
    r"|costs?|kost\w*|zahl\w*|pays?|paid|Hinzu kommen)\s+(?:\w+\s+){0,3}$"
)
# right after a weapon's word, its value: "six Kilo class submarines worth $2bn"
_WORTH_AFTER = ci(rf"\w*\s+(?:{_WORTH})\s")
# a clause after a deal giving its price: ", with an estimated cost of $9 billion", "at a total value of"
_COST_AFTER = ci(r"\s*,?\s*(?:with|at|for)\s+(?:an?\s+|the\s+)?(?:estimated\s+|total\s+)?(?:cost|value|price)\s+of\b")
# the deal a sentence before named, its figure right after a preposition: "Der Vertrag über rund 2,7 Milliarden Euro",
# "a contract of $1.2bn" (the figure is checked to follow)
_DEAL_OF = ci(
    r"\b(?:contract|deal|order|purchase|package|Vertrag\w*|Auftrag\w*|Geschäft\w*|Kaufvertrag\w*|Paket\w*)"
    r"\s+(?:über|in Höhe von|im Umfang von|of|for)\s"
)
# a mediating group referred to by its kind: "mediated ... in the format", "im Normandie-Format" named before
_IN_THE_FORMAT = ci(r"\b(?:in|within|im)\s+(?:the|this|that|diesem|dem)\s+(?:format|Format)\b")
# a relative clause of place opening right before an event's word: "..., where he met", "..., wo er ... traf"
_WHERE_CLAUSE = ci(r",\s+(?:where|wo)\s+[^,.;]*$")
_VISIT_END = ci(
    r"\b(?:wrapped up|wraps up|wrapping up|ended|ends|ending|concluded|concludes|endete\w*|beendet\w*|schloss\w*|zum Abschluss|Abschluss)\b"
)
_ORDINAL_DAYS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
    "two": 2,
    "three": 3,
    "four": 4,
}
_NTH_DAY = ci(
    r"\b(?:the|am|an dem|dem) (second|third|fourth|zweiten|dritten|vierten) (?:day|Tag) (?:of|seines|ihres|des)\b"
    r"[^.;]{0,40}?\b(?:visit|trip|tour|Besuch\w*|Reise)|\bday (two|three|four) of\b[^.;]{0,40}?\b(?:visit|trip|tour)"
)
_DAYS_LONG = ci(r"\b(\w+)[- ](?:day|tägig\w*)\b|\b(\w+?)tägig\w*")


def _began(t: str, day: str | None) -> str | None:
    """The first day of a visit the sentence tells a later day of ("is on the second day of his visit",
    "am dritten Tag seines Besuchs"); the events of that sentence keep the day itself."""
    if day is None or len(day) != 10 or (nth := _NTH_DAY.search(t)) is None:
        return day
    n = _ORDINAL_DAYS[(nth.group(1) or nth.group(2)).casefold()]
    return (date_cls.fromisoformat(day) - timedelta(days=n - 1)).isoformat()


def _arrival(t: str, day: str) -> str:
    """The first day of a visit that the sentence dates by its end: "wrapped up a two-day visit on
    Tuesday", "beendete am Samstag seinen dreitägigen Besuch" (a visit is dated by its arrival)."""
    end = _VISIT_END.search(t)
    long = _DAYS_LONG.search(t)
    if end is None or long is None or len(day) != 10:
        return day
    n = N.word_number(long.group(1) or long.group(2))
    if not n or not 1 < n <= 14:
        return day
    return (date_cls.fromisoformat(day) - timedelta(days=int(n) - 1)).isoformat()


_IMPORTS_NOUN = ci(R.ARMS_IMPORTS)
_EXPORTS_NOUN = ci(r"Rüstungsexport\w*|Waffenexport\w*|Exporte\w*|exports")
_TO_CAPITAL = ci(r"\b(?:to|an|nach)\s+$")
_EARLIER_TRIP = ci(r"\b(?:after|following|nach (?:dem|der|einem|einer|seinem|ihrem))\b")
_NUMBER_WORD = any_of(  # a cheap test before the pattern below (one search of the lower-cased sentence)
    "three|four|five|six|seven|eight|nine|ten|drei|vier|fünf|sechs|sieben|acht|neun|zehn| 3 | 4 | 5 | 6 | 7 | 8 | 9 "
)
# a number of states the text refers to: "the six presidents", "die fünf Staatschefs", "all four countries"
_NUMBERED = ci(
    r"\b(?:the|die|alle|all)\s+(three|four|five|six|seven|eight|nine|ten|drei|vier|fünf|sechs|sieben|acht|neun|zehn|[3-9])\s+"
    r"(?:leaders|presidents|countries|states|heads of state|governments|Staaten|Länder|Präsidenten|Staatschefs|Regierungen|"
    r"Staats- und Regierungschefs)\b"
)
# a passive before a hosting verb: "to be received at the White House by President Trump"
_PASSIVE_BEFORE = ci(r"\b(?:be|was|were|been|being|wurde|wurden|worden)\s+(?:\w+\s+){0,3}$")
# a percentage that is a part of a company or project owned, not a figure of trade
_STAKE_AFTER = ci(r"\s+(?:stake|equity stake|holding|der Anteile|Beteiligung)\b")
_STAKE_BEFORE = ci(r"\b(?:Beteiligung|stake|Anteil) (?:von|of) (?:rund |about |some |knapp |fast )?$")
_DEAL_FOR = ci(r"(?:contracts?|deals?) for")
# a rate of tariff, no change of trade: "a 15 percent tariff", "tariffs of 25%", "ein Zollsatz von 15 Prozent",
# and the rate it replaced ("down from 25%", "statt 25 Prozent")
_TARIFF = r"(?:tariffs?|duty|duties|levy|levies|Z(?:o|ö)ll\w*|Strafz(?:o|ö)ll\w*|Einfuhrz(?:o|ö)ll\w*)"
_TARIFF_AFTER = ci(rf"\s*(?:-|\s)(?:[\w-]+\s+)?{_TARIFF}\b")
_TARIFF_BEFORE = ci(
    rf"\b{_TARIFF}\s+(?:[\w-]+\s+){{0,3}}?(?:of|at|von|in Höhe von|auf)\s+(?:rund |about |bis zu |up to )?$"
)
_RATE_REPLACED = ci(r"\b(?:from|von|instead of|statt|anstelle von)\s+(?:the |den |die |der )?$")
_MADE_BY = re.compile(r"(-(?:made|built|produced|gefertigte\w*|hergestellte\w*|gebaute\w*))?\s+")
_CONTRACT = ci(
    # (also the German plural and compounds: "Ausführungsverträge", and "unterschrieb")
    r"\b(?:contracts?|deals?|orders?|ordered|signed|Vertrag\w*|Verträge\w*|\w+vertr(?:ag|äge)\w*|Auftrag\w*|Aufträge\w*"
    r"|Kaufvertrag\w*|bestellt\w*|unterzeichne\w*|unterschrieb\w*|unterschrieben|Geschäft\w*"
    # (an export licence too: "Die Bundesregierung hat die Lieferung ... genehmigt", "approved the sale")
    r"|genehmigt\w*|Genehmigung\w*|grünes Licht|approved|approves|green light|cleared"
    r"|purchases?|Kauf|Käufe)\b"
)

# an agreement a purchase is made by: "Indien vereinbarte mit Frankreich den Kauf von 36 Rafale"
_AGREED = ci(r"\b(?:agree[sd]?|agreement|vereinbar\w*|Vereinbarung\w*|einigte\w*|geeinigt)\b")
# an announcement of a deal, and the deal "with" another state: "announced a $1.6 billion arms deal with Israel"
_ANNOUNCED = ci(r"announc\w*|kündigte\w*|angekündigt")
_DEAL_WITH = ci(
    r"\b(?:arms|weapons?|defen[cs]e|military)[\s-]+(?:deals?|contracts?|agreements?|packages?|pacts?)\s+(?:with|mit)\s"
    r"|\b(?:Rüstungs|Waffen)(?:deals?|geschäfte?s?|vertr(?:ag|äge)s?|abkommens?|auftr(?:ag|äge)s?)\s+mit\s"
)


_LOOKS_BACK_ARMS = ci(
    r"\b(?:had|hatte\w*|already|bereits|schon|since|seit|earlier|früher|previously|zuvor|long|lange)\b"
)


_WEEK = ci(r"\b(?:(?P<this>this week|diese\w* Woche)|(?P<last>last week|vergangene\w* Woche|letzte\w* Woche))\b")


def _week_of(text: str, published: str | None) -> str | None:
    """The day of a week the text names: the publication day for "this week", a week before it for
    "last week" (an arms deal "bought this week" is of that day's year)."""
    if not published or len(published) < 10 or ("week" not in text.casefold() and "woche" not in text.casefold()):
        return None
    m = _WEEK.search(text)
    if m is None:
        return None
    day = date_cls.fromisoformat(published[:10])
    return (day - timedelta(days=7 if m["last"] else 0)).isoformat()


# the joint of two states listed as one subject or giver: stricter than R.LIST_GAP, the default of
# `_list_start` and `_list_end`, because "bei einem Besuch in Israel, die Bundesregierung ..." is no list
_STATE_LIST_GAP = ci(r",\s*|\s+(?:and|und|sowie)\s+(?:the\s+|die\s+|den\s+)?")


def _joined(s: R.Sentence, a: int, b: int) -> bool:
    """Whether the mention at `a` and the one at `b` are listed together ("die Niederlande und Dänemark")."""
    first = next((m for m in s.mentions if m.start == a), None)
    return first is not None and _STATE_LIST_GAP.fullmatch(s.text, first.end, b) is not None


def _days_before(day: Any, meetings: list[R.Candidate]) -> list[tuple[int, R.Candidate]]:
    """The meetings told with a day in the week up to `day`, with how many days before it they were."""
    if not isinstance(day, str) or len(day) != 10:
        return []
    end = date_cls.fromisoformat(day)
    out = []
    for m in meetings:
        d = m.properties.get("date")
        if isinstance(d, str) and len(d) == 10 and not m.date_guessed:
            days = (end - date_cls.fromisoformat(d)).days
            if 0 < days <= 7:
                out.append((days, m))
    return out


def _listed_before(s: R.Sentence, state: Entity, lo: int, end: int) -> list[Entity]:
    """The states listed right before the last naming of `state` in s.text[lo:end] ("the Netherlands
    and Denmark": the Netherlands, before Denmark)."""
    names = [m for m in s.mentions if m.entity is not None and m.entity.type == "Country" and m.kind == "name"]
    k = next(
        (i for i in range(len(names) - 1, -1, -1) if names[i].entity == state and lo <= names[i].start < end), None
    )
    if k is None:
        return []
    listed = names[_list_start(s.text, names, k, _STATE_LIST_GAP) : k]
    return R._uniq(m.entity for m in reversed(listed) if m.start >= lo and m.entity != state)


_SINCE_CLAUSE = re.compile(
    r"(?i)\b(?:since|seit(?:dem)?)\s+(?:it|they|its|their|he|she|es|sie|er|the|der|die|das|den|dem)\b[^,.;]*"
)


# a figure whose subject is a pronoun, at the opening of its sentence or after a short lead ("In 2023, it reached")
_IT_FIGURE = ci(
    r"^(?:[^,.;]{0,30}[,\s]\s*)?(?:it|es|er|sie)\s+(?:has\s+|hat\s+)?(?:reached|amounted to|stood at|totall?ed|came to|rose to"
    r"|grew to|fell to|dropped to|erreichte|betrug|belief sich|lag bei|stieg auf|wuchs auf|sank auf|fiel auf)\b"
    # ("Im Jahr 2023 erreichte er 240 Milliarden Dollar": the German verb before its pronoun)
    r"|^(?:[^,.;]{0,30}\s)?(?:erreichte|betrug|belief sich|lag|stieg|wuchs|sank|fiel)\s+(?:er|es|sie)\b"
)
_RAISE_NOUN = ci(r"\b(?:Steigerung|Erhöhung|Ausweitung|Anhebung|increase|increasing|raising|boosting|expansion)\b")
_BALANCE = ci(r"surplus|deficit|übersch[uü]ss|defizit|\b(?:trade|positive|negative) balance\b|Handelsbilanz|Saldo")


def _of_balance(clause: str, at: int, end: int) -> bool:
    """Whether the figure at `at`..`end` is of a trade balance: a surplus or deficit named before it in the clause
    with no other trade word between or right after it ("Den größten Überschuss hatte Japan mit den Vereinigten
    Staaten (60 Milliarden Dollar)"; not "a deficit of $5bn, while exports rose to $9bn", nor
    "Überschuss (3 Mrd. Euro deutscher Exporte stehen ... gegenüber)")."""
    last = _last(_BALANCE, clause[:at])
    return last is not None and not R.TRADE.search(clause, last.end(), at) and _measure_after(clause, end) is None


# "in die Vereinigten Staaten (126 Milliarden Dollar)": a figure in brackets right after a state's name
_IN_BRACKETS = re.compile(r"\s*\(\s*$")


def _listed_partners(clause: str, lo: int, money: list[Any], mentions: list[Any]) -> dict[int, Entity]:
    """The state each figure of a ranking belongs to, by the figure's start in the clause ("Japanische Ausfuhren
    gingen vor allem nach China (141 Milliarden Dollar) und in die Vereinigten Staaten (126 Milliarden Dollar)"),
    when at least two figures follow two states so; else nothing."""
    out: dict[int, Entity] = {}
    for a in money:
        before = clause[max(0, a.start - 4) : a.start]
        if "(" not in before:
            continue
        for m in mentions:
            state = m.country or m.entity
            if (
                state is not None
                and m.kind == "name"
                and m.end - lo <= a.start
                and _IN_BRACKETS.fullmatch(clause, m.end - lo, a.start)
            ):
                out[a.start] = state
    return out if len(set(out.values())) >= 2 else {}


_EXAMPLES_OF = ci(r"\b(?:Ländern|Länder|Staaten|Nationen|countries|states|nations)\s+(?:wie|such as|like)\s+$")
_LIST_GAP = re.compile(r"\s*,\s*|\s+(?:und|and|or|oder|sowie)\s+|\s*,\s*(?:und|and)\s+")


def _cited_states(s: R.Sentence) -> frozenset[Entity]:
    """The states a sentence names only as examples of a kind ("Nach Ländern wie Katar, Kuwait
    und Oman", "countries such as Qatar and Oman"): none of them is a party to the sentence's event."""
    t = s.text
    if " wie " not in t and " such as " not in t and " like " not in t:
        return frozenset()
    states = [m for m in s.mentions if m.entity is not None and m.entity.type == "Country" and m.kind == "name"]
    inside: set[Entity] = set()
    for i, m in enumerate(states):
        if not _EXAMPLES_OF.search(t, max(0, m.start - 24), m.start):
            continue
        inside.add(m.entity)
        for prev, nxt in zip(states[i:], states[i + 1 :], strict=False):
            gap = _LIST_GAP.fullmatch(t, prev.end, nxt.start)
            if gap is None:
                break
            inside.add(nxt.entity)
            if not gap.group(0).strip().startswith(","):
                break  # the item after "and" is the list's last
    outside = {m.entity for m in states if m.entity not in inside}
    return frozenset(e for e in inside if e not in outside)


# a person named by a plain noun of office or trade: "der Diplomat", "the minister" (one list for both patterns;
# a "ß" also matches "ss")
# (those of a trade, not an office, stand for the person named before as a pronoun does: "der CDU-Politiker")
_TRADE_NOUN_WORDS = "diplomat|politiker|politician"
_PERSON_NOUN_WORDS = (
    f"{_TRADE_NOUN_WORDS}|minister|außenminister|präsident|kanzler|regierungschef|premier|president|chancellor"
)
_PERSON_NOUN_WORD = ci(_PERSON_NOUN_WORDS)
_PERSON_NOUN = ci(rf"\b(?:der|the)\s+(?:{_PERSON_NOUN_WORDS}|foreign minister)\b")
_POLITICIAN_NOUN = ci(rf"\b(?:der|the)\s+(?:\w+-)?(?:{_TRADE_NOUN_WORDS})\b")


def _noun_for_person_first(s: R.Sentence, before: int) -> bool:
    """Whether a plain noun for a person comes before the trip and before any state the sentence names ("Zuvor
    hatte der Diplomat Tunesien und Togo besucht": the diplomat travels, the states are his hosts)."""
    noun = _PERSON_NOUN.search(s.text, 0, before)
    return noun is not None and not any(
        m.start < noun.start() and m.entity is not None and m.entity.type == "Country" for m in s.mentions
    )


def _month_of(clause: str, published: str | None) -> str | None:
    """The month a figure is of when the clause names a month alone ("In May alone, trade between the two came
    to $420 million", "im März stiegen die Exporte"): that month, of the last year it has passed in."""
    dated = N.find_date(clause, published)
    return dated[0] if dated is not None and len(dated[0]) == 7 and not _WEEK.search(clause) else None


_HANDED_OVER = ci(
    r"\b(?:handed over|hands over|delivered|took delivery|übergab\w*|übergeben|ausgeliefert|geliefert|lieferte\w*)\b"
)
_SIGNED_IN = re.compile(
    r"\b(?:signed|concluded|agreed|unterzeichnet\w*|geschlossen\w*|vereinbart\w*)\s+(?:in|im Jahre?)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _arms_period(clause: str, sentence: str, day: str | None, ctx: R.Context) -> str | None:
    """The period of an arms transfer: the one the text names; else the month a delivery is dated by
    ("In March 2022 the air force inducted ..."); else a year standing alone in the clause; else the year of a contract, a purchase or a pledge
    the sentence dates ("signed a $4.75bn deal on Wednesday", "will buy four more Gripens, Orbán said
    on Friday", "announced on Wednesday that it will send tanks": that year)."""
    # (not the year of a clause of since: "the biggest order since it entered into service in 2004")
    clause, sentence = _SINCE_CLAUSE.sub("", clause), _SINCE_CLAUSE.sub("", sentence)
    if _HANDED_OVER.search(clause):
        # (nor the year of the deal a delivery fulfils: "delivered two more submarines last week under a contract
        # signed in 2009" is of last week)
        clause, sentence = _SIGNED_IN.sub("", clause), _SIGNED_IN.sub("", sentence)
    found = N.find_period(clause, ctx.published) or N.find_period(sentence, ctx.published)
    if found:
        return found
    dated = N.find_date(clause, ctx.published)
    # (a month told by its week is no delivery's month: "kaufte vergangene Woche" is of the week's year)
    if dated is not None and len(dated[0]) == 7 and not _WEEK.search(clause, dated[1], dated[2]):
        # a contract or an order is of its year ("In October 2014 it signed a contract with Saab"); a
        # delivery of its month ("In March 2022 the air force inducted ...")
        return dated[0][:4] if _CONTRACT.search(clause) else dated[0]
    year = N.bare_year(clause) or N.year_since(clause)  # "genehmigte 2023 Rüstungsexporte an Norwegen"
    if year:  # ("has delivered Javelins to Ukraine since 2018": the first year)
        return year
    if _CONTRACT.search(clause):
        when = day or ctx.event_date or ctx.published
    else:
        dated = N.find_date(sentence, ctx.published)
        when = (
            day
            or (dated[0] if dated else None)
            or _week_of(sentence, ctx.published)  # "Argentina bought 24 F-16 jets from Denmark this week"
            or (ctx.event_date if not _LOOKS_BACK_ARMS.search(clause) else None)
        )
    return when[:4] if when else None


# the next place of a list of buyers, or its approvals: "An zweiter Stelle stand Ägypten", "Platz drei", "gefolgt
# von", "Auf Israel entfielen Genehmigungen", "came third", "the second-largest recipient" (after a figure)
_NEXT_RECIPIENT = ci(
    r"\b(?:(?:an|auf) (?:zweite|dritte|vierte|fünfte)[rn]? (?:Stelle|Platz)|Platz (?:zwei|drei|vier|fünf|[2-9])\b|"
    r"folgt\w*|gefolgt von|dahinter|Empfänger\w*|\w*[gG]enehmigung\w*|genehmigt\w*|entfiel\w*|entfallen|"
    r"came (?:second|third|fourth|fifth|next)|followed by|"
    r"(?:second|third|fourth|fifth)[- ](?:largest|biggest) (?:recipient|buyer|customer)|ranked (?:second|third|fourth))"
)
# the buyers of a state's arms ("Die wichtigsten Abnehmer russischer Waffen waren Indien und China", "the main
# recipients of Russian arms"), a state's role as the supplier of another ("der größte Waffenlieferant Indiens",
# "the main supplier of arms to Pakistan")
_BUYERS_OF = ci(
    r"\b(?:Abnehmer|Käufer|Kunden|Empfänger(?:länder)?|Importeure|buyers|customers|recipients|importers|clients)\s+"
    r"(?:von\s+|of\s+)?(?=\w+\s+(?:Waffen|Rüstungsgüter|Rüstungsexporte|Kriegsgeräts?|arms|weapons|weaponry)\b)"
)
_SUPPLIER_NOUN = ci(
    r"\b(?:Waffenlieferant\w*|Rüstungslieferant\w*|arms suppliers?|suppliers? of (?:arms|weapons)|weapons suppliers?)\b"
)
_ROLE_NOUN_GATE = any_of(
    "abnehmer|käufer|kunden|empfänger|importeure|lieferant|suppl|buyer|customer|recipient|importer|client"
)
_GENITIVE_OR_TO = ci(r"\s+(?:(?:to|für|an|of)\s+(?:the\s+)?)?$")


def _arms_by_role_noun(s: R.Sentence) -> list[tuple[Entity, list[Entity], re.Match[str]]]:
    """Arms transfers a role noun tells: the buyers of a state's arms, or the supplier of a state."""
    t = s.text
    states = [m for m in s.mentions if m.entity is not None and m.entity.type == "Country" and m.kind == "name"]
    out = []
    if (bo := _BUYERS_OF.search(t)) is not None:
        seller = next((m.country for m in s.mentions if m.kind == "adj" and m.country and m.start == bo.end()), None)
        buyers = R._uniq(m.entity for m in states if m.entity != seller)
        if seller is not None and 1 <= len(buyers) <= 6:
            out.append((seller, buyers, bo))
    if (sn := _SUPPLIER_NOUN.search(t)) is not None and len({m.entity for m in states}) == 2:
        # the one named right after the noun (its genitive, "to X") or right before it with "'s" is supplied
        after = next(
            (m for m in states if 0 <= m.start - sn.end() <= 6 and _GENITIVE_OR_TO.fullmatch(t, sn.end(), m.start)),
            None,
        )
        before = next(
            (m for m in states if 0 <= sn.start() - m.end <= 24 and re.match(r"['’]s?\s", t[m.end : m.end + 3])),
            None,
        )
        buyer = (after or before).entity if (after or before) is not None else None
        seller = next((m.entity for m in states if m.entity != buyer), None)
        if buyer is not None and seller is not None:
            out.append((seller, [buyer], sn))
    return out


_YEARS = re.compile(r"(?:19|20)\d\d(?:/(?:19|20)\d\d|-H[12])?")


def _list_year(ctx: R.Context) -> str | None:
    """The year an arms sentence up to three before named, for the buyers listed after it ("Die Regierung
    genehmigte 2021 Rüstungsexporte ... Auf Singapur entfielen ...")."""
    return ctx.arms_period if ctx.arms_period and 0 < ctx.sent_no - ctx.arms_period_at <= 3 else None


_APPROVALS = ci(r"\w*genehmigung\w*|genehmigt\w*|approv\w*|licen[cs]e\w*")
_BUYER_BEFORE = ci(r"\b(?:von|by)\s+(?:the |die |der |den |dem |das |seiner |ihrer )?$")
_BY_AFTER = ci(r"\s+by\s+(?:the\s+)?$")
_PASSIVE_AUX = ci(rf"\s+(?:{_PASSIVE_AUX_WORDS}|wird)\b")
_PARTICIPLE_BUY = ci(r"bestellt|gekauft|erworben|beschafft|geordert|ordered|bought|purchased|procured|acquired")


def _purchase_agent(t: str, actors: list[tuple[int, Entity]], buy: re.Match[str], lo: int) -> Entity | None:
    """The state that buys in a passive: "von der indischen Marine bestellt wurden" (the agent, its adjective
    and at most one noun before the participle and its auxiliary), "ordered by Egypt" (right after "by")."""
    if not _PARTICIPLE_BUY.fullmatch(buy.group(0)):
        return None
    for pos, e in actors:
        if pos < buy.start() and re.fullmatch(r"\w+(?:\s+[\w-]+)?\s+", t[pos : buy.start()]):
            # (a German passive has its auxiliary after the participle: not "hat es von Russland gekauft")
            if _BUYER_BEFORE.search(t, max(lo, pos - 30), pos) and _PASSIVE_AUX.match(t, buy.end()):
                return e
        elif pos >= buy.end() and _BY_AFTER.fullmatch(t, buy.end(), pos):
            return e
    return None


def _side(
    s: R.Sentence, actors: list[tuple[int, Entity]], lo: int, hi: int, cue: Any, but: Entity | None = None
) -> Entity | None:
    """The state a preposition points to in a clause ("from Russia", "to Ukraine"), also by its
    adjective ("from the French group Thales")."""
    t = s.text
    for pos, e in actors:
        if e != but and cue.search(t, max(lo, pos - 40), pos) and not _RIVAL_BEFORE.search(t, max(lo, pos - 40), pos):
            return e  # (not "the threat from Russia": no seller)
    for m in s.mentions:
        if m.kind == "adj" and m.country and lo <= m.start < hi and cue.search(t, max(lo, m.start - 40), m.start):
            return m.country
    return None


def _listed_next(s: R.Sentence, prev: Mention, nxt: Mention) -> bool:
    """Whether the person `nxt` follows `prev` in one list, each maybe with a state and a title ("Abiy Ahmed,
    Südsudans Präsident Salva Kiir und ...", "Abiy, South Sudan's president Salva Kiir and ...")."""
    t = s.text
    if _PERSON_LIST_GAP.fullmatch(t, prev.end, nxt.start):
        return True
    gap = t[prev.end : nxt.start]
    for m in s.mentions:  # the states between, as one word
        if (
            prev.end <= m.start
            and m.end <= nxt.start
            and (m.kind == "adj" or (m.entity and m.entity.type == "Country"))
        ):
            gap = gap.replace(m.text, "X", 1)
    of_state = _OF_STATE.match(gap)  # "Igor Popov of Russia, Stephane Visconti of France"
    if of_state is not None:
        gap = gap[of_state.end() :]
        if _PERSON_LIST_GAP.fullmatch(gap):
            return True
    lead = _LIST_JOIN.match(gap)
    return (
        lead is not None
        and all(
            w[:1].isupper() or w.casefold() in _TITLE_WORDS or w in _ARTICLES_BEFORE_TITLE
            for w in gap[lead.end() :].split()
        )
        and len(gap[lead.end() :].split()) <= 5
    )


def _one_state(people: list[Entity], res: Resolver) -> bool:
    """Whether every participant is a person of one and the same known state, or acts for one and the same
    body ("von der Leyen and Costa" for the EU)."""
    if not all(p.type == "Person" for p in people):
        return False
    states = {res.country_of(p) for p in people}
    sides = {res.side_of(p) for p in people}
    return (len(states) == 1 and None not in states) or (
        len(sides) == 1 and None not in sides and next(iter(sides)).type == "Organization"
    )


def _for_state(person: Entity, res: Resolver) -> Entity:
    """Who mediates when a person does: the state of one in office on the day ("Erdoğan mediated":
    Turkey); one out of office in person ("Nigeria's former president Obasanjo", "the former Finnish
    president Martti Ahtisaari")."""
    held = res.office_of(person)
    if held is not None:
        # "UN Secretary-General Guterres" mediates in person (not for Portugal, whose premier he was)
        return held[1] if held[1].type == "Country" else person
    return person


def _elsewhere(a: R.Candidate, b: R.Candidate, res: Resolver) -> bool:
    """Whether two reports of the same people name places in different states for their event ("greeted
    Erdoğan in Athens" today, "met Erdoğan in Vilnius last July"): two events."""
    pa, pb = a.roles.get("place"), b.roles.get("place")
    if not (pa and pb and a.place_stated and b.place_stated):
        return False
    sa, sb = res.country_of(pa[0]), res.country_of(pb[0])
    return sa is not None and sb is not None and sa != sb


def _days_between(a: str, b: str) -> int:
    """Days from one ISO day to a later one (negative when `b` is earlier)."""
    return (date_cls.fromisoformat(b) - date_cls.fromisoformat(a)).days


def _near(a: str | None, b: str | None, days: int = 31) -> bool:
    """Whether two (partial) ISO dates lie within about a month of each other; an unknown one is near."""
    if not a or not b:
        return True
    if len(a) == 4 or len(b) == 4:
        return a[:4] == b[:4]
    x, y = (date_cls.fromisoformat((d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10]) for d in (a, b))
    return abs((x - y).days) <= days + (31 if len(a) < 10 or len(b) < 10 else 0)


def _one_visit_per_trip(cands: list[R.Candidate]) -> list[R.Candidate]:
    """A stay of a few days in one country is one visit, dated by its first day ("arrived in Chongqing
    on Saturday ... in Beijing on Tuesday"): a later day of the same visitor in the same host within a
    week joins the first."""
    first: dict[tuple[str, str], R.Candidate] = {}
    joined: set[int] = set()
    for c in sorted((c for c in cands if c.type == "visit"), key=lambda c: str(c.properties.get("date") or "")):
        day = c.properties.get("date")
        if not day or len(day) != 10 or c.modality not in ("asserted", "reported"):
            continue
        key = (c.roles["visitor"][0].id, c.roles["host"][0].id)
        earlier = first.get(key)
        if earlier is None:
            first[key] = c
        elif (date_cls.fromisoformat(day) - date_cls.fromisoformat(earlier.properties["date"])).days <= 7:
            _fill(earlier, c)
            joined.add(id(c))
    return [c for c in cands if id(c) not in joined]


def _list_start(t: str, ms: list[Mention], k: int, gap: Any = R.LIST_GAP) -> int:
    """Where the list that ends at ms[k] starts: "Finland and Sweden", "Saudi and Emirati"."""
    while k > 0 and gap.fullmatch(t, ms[k - 1].end, ms[k].start):
        k -= 1
    return k


# between the states that sign and the verb: "Norway and Japan on Tuesday signed", "Peru has now signed"
_SUBJECT_GAP = ci(
    r"\s+(?:(?:have|has|had|on|this|last|formally|officially|jointly|finally|also|now)\s+|\w+day\s+){0,3}"
)
# the partner right after the verb: "signed an agreement with France", "signed with the EU a pact"
_WITH_PARTNER = ci(r"\s+(?:(?:an?|the|their|its|\w+)\s+){0,4}?(?:with|mit)\s+(?:the\s+)?$")


def _states_signing(s: R.Sentence, t: str, verb: re.Match[str], res: Resolver) -> list[Entity]:
    """The states (or bodies) an English clause names right before its signing verb, by name ("Kenya and Germany
    signed"), with whom they sign when one is named ("India has signed a deal with France", "with the European
    Union"): [] when the clause is otherwise."""
    ms = [m for m in s.mentions if m.entity is not None and m.entity.type in _PARTIES and m.kind == "name"]
    before = [k for k, m in enumerate(ms) if m.end <= verb.start() and _SUBJECT_GAP.fullmatch(t, m.end, verb.start())]
    if not before:
        return []
    k = before[-1]
    subjects = [m.entity for m in ms[_list_start(t, ms, k) : k + 1]]
    after = next((j for j, m in enumerate(ms) if m.start >= verb.end()), None)
    partners = (
        [m.entity for m in ms[after : _list_end(t, ms, after)]]
        if after is not None and _WITH_PARTNER.fullmatch(t, verb.end(), ms[after].start)
        else []
    )
    named = R._uniq([*subjects, *partners])
    return named if len(named) >= 2 and len({res.side_of(e) for e in named}) == len(named) else []


# what opens a clause of those who help or watch a signing, and what goes on with their list
_AIDE_CUE = ci(
    r"\b(?:(?:facilitated|brokered|mediated|hosted|sponsored|guaranteed|witnessed|attended)\s+by|in the presence of|"
    r"under the (?:auspices|mediation) of|(?:through|with|thanks to|after|following) (?:the )?mediation (?:of|by)|im Beisein|"
    r"in Anwesenheit|unter (?:der )?(?:Schirmherrschaft|Vermittlung)|vermittelt (?:von|durch)|"
    r"(?:auf|dank der|nach|mit) Vermittlung)\b"
)
_BODY_BEFORE_NAME = ci(r"\s*(?:(?:of|der|des)\s+(?:the\s+)?[^,.;:()]{1,70}?\s+)?")
_RIGHT_BEFORE_VERB = ci(r"\s+(?:(?:have|has|had|haben|hat|hatten|formally|jointly|gemeinsam)\s+)?")
_AIDE_GAP = re.compile(
    r"[^.;:,()]{0,60}|\s*,\s*(?:(?:and|und)\s+)?(?:the\s+|der\s+|die\s+|des\s+)?|\s*\(\s*"
)  # "(UNSMIL)"


def _aides(t: str, s: R.Sentence, res: Resolver) -> set[Entity]:
    """The states, bodies and people (as their sides) only a clause of help or presence names: "unter
    Vermittlung des sudanesischen Präsidenten sowie der Staatschefs aus Kenia und Uganda"; its list goes on by short gaps without a stop ("Under Saudi mediation, Ethiopia and
    Eritrea signed": the comma ends it before anyone is named)."""
    inside: list[tuple[int, int]] = []
    for cue in _AIDE_CUE.finditer(t):
        end, last, before_comma = cue.end(), None, None
        for m in s.mentions:
            if m.start < end:
                continue
            comma = "," in t[end : m.start]
            if last is not None and _HEAD_OF_AFTER.fullmatch(t, last.end, m.start):
                end, last = m.end, m  # the body a helper heads goes with them: "mediated by X, the head of UNSMIL"
                continue
            # (a comma goes on with a list of states or bodies only: "Under the auspices of Barbados' Prime Minister
            # Mia Mottley, Rodríguez and Blyde signed" names the signers after it)
            if comma and (last is None or last.entity is None or last.entity.type not in ("Country", "Organization")):
                break
            if not _AIDE_GAP.fullmatch(t, end, m.start) or R.SIGN.search(t, end, m.start):
                break
            before_comma = end if comma and before_comma is None else before_comma
            end, last = m.end, m
        if (
            before_comma is not None
            and (verb := R.SIGN.search(t, end))
            and _RIGHT_BEFORE_VERB.fullmatch(t, end, verb.start())
        ):
            # "Under the mediation of Qatar, Rwanda and Congo signed": the list after the comma signs
            end = before_comma
        inside.append((cue.end(), end))
    if not inside:
        return set()
    seen: dict[Entity, bool] = {}
    for m in s.mentions:
        if m.entity is not None and m.entity.type == "Place":
            continue  # (the venue's state is no one named outside: "in Istanbul ... unter Vermittlung der Türkei")
        e = res.side_of(m.entity) if m.entity is not None and m.entity.type == "Person" else _state_of_mention(m, res)
        if e is not None:
            seen[e] = seen.get(e, True) and any(a <= m.start < b for a, b in inside)
    return {e for e, only in seen.items() if only}


def _persons_listed(s: R.Sentence, t: str, pos: int) -> list[tuple[int, Entity]]:
    """The people a plural title right before names ("co-chairs X of Russia, Y of France and Z", "die
    Ko-Vorsitzenden der OSZE-Minsk-Gruppe X (Frankreich) und Y"), each with where it is named: none unless the
    first stands within a body's name of the title and the list goes on by short gaps."""
    people = [m for m in s.mentions if _is_person(m) and m.start >= pos]
    if not people or not _BODY_BEFORE_NAME.fullmatch(t, pos, people[0].start):
        return []
    k = 1
    while k < len(people) and _listed_next(s, people[k - 1], people[k]):
        k += 1
    return [(m.start, m.entity) for m in people[:k]] if k >= 2 else []


_IN_PLACE_BEFORE = ci(r"\b(?:in|im|at)\s+$")
_IN_PLACE_GAP = re.compile(r"[^,;.]{0,40}")
_IN_PLACE_AFTER = ci(r"\s+(?:in|im|at)\s+")


def _each_in_a_place(s: R.Sentence, t: str, others: list[Entity]) -> list[tuple[Entity, Entity]]:
    """Each person met with the place named right with them ("in Moskau Präsident Putin und in Kiew ...
    Selenskyj", "Putin in Moscow and Zelenskyy in Kyiv"): empty unless every one has a place of their own and
    the places differ."""
    places = [m for m in s.mentions if m.entity is not None and m.entity.type == "Place"]
    found: list[tuple[Entity, Entity]] = []  # (each person, their place)
    for person in others:
        at = next((m for m in s.mentions if m.entity == person), None)
        if at is None:
            return []
        before = [
            p
            for p in places
            if p.end <= at.start
            and _IN_PLACE_BEFORE.search(t, max(0, p.start - 4), p.start)
            and _IN_PLACE_GAP.fullmatch(t, p.end, at.start)
            and not any(p.end <= m.start < at.start and m.entity in others for m in s.mentions)
        ]
        after = [p for p in places if p.start >= at.end and _IN_PLACE_AFTER.fullmatch(t, at.end, p.start)]
        where = after[0] if after else before[-1] if before else None
        if where is None:
            return []
        found.append((person, where.entity))
    return found if len({w for _, w in found}) == len(found) >= 2 else []


def _visiting_guest(s: R.Sentence, mv: re.Match[str]) -> Entity | None:
    """The person "visiting" stands before as an attribute ("visiting Mongolian Prime Minister Sukhbaatar
    Batbold", "the visiting Chinese premier"), not the destination of a trip ("visiting Tonga")."""
    t = s.text
    after = [m for m in s.mentions if m.start >= mv.end()]
    if not after or after[0].start - mv.end() > 2 or not (after[0].kind == "adj" or _is_person(after[0])):
        return None
    person = next((m for m in after[:2] if _is_person(m)), None)
    if person is None or person.start - mv.end() > 45 or "," in t[mv.end() : person.start]:
        return None
    return person.entity


def _is_person(m: Mention) -> bool:
    return m.entity is not None and m.entity.type == "Person"


def _list_end(t: str, ms: list[Mention], k: int, gap: R.Rx = R.LIST_GAP) -> int:
    """One past the last item of the list that starts at ms[k]: "Angola and Togo", "X, Y and Z"."""
    k += 1
    while (
        k < len(ms)
        and (
            gap.fullmatch(t, ms[k - 1].end + (t[ms[k - 1].end : ms[k - 1].end + 1] == ")"), ms[k].start)
            # (the abbreviation in brackets of the item before: "the African Union (AU), the United Nations (UN)")
            or (ms[k].entity == ms[k - 1].entity and t[ms[k - 1].end : ms[k].start].strip() == "(")
        )
    ):
        k += 1
    return k
