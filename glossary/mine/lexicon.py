"""English vocabulary the name extractor needs (titles, generic head words, calendar words) and the
Vietnamese generic words of place names with their English heads.

These are facts about English news prose (how titles, ministries and landmarks are written), not
about any text the miner is tested on. English words are stored folded (lowercase, no diacritics);
the Vietnamese generics keep their diacritics, lower case.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from babel import Locale

from glossary.text import fold
from glossary.vietnamese import is_english_word

# Words that make up titles before a name ("Party General Secretary", "Deputy Foreign Minister").
# A title is recorded with the name as a variant but is never part of the name.
TITLE_WORDS = frozenset(
    """president vice-president vice deputy director director-general secretary secretary-general
    general minister prime chairman chairwoman chairperson chair ceo cfo coo founder co-founder
    ambassador consul consul-general counsellor chief head mr mrs ms miss dr prof professor mayor
    governor king queen prince princess emperor empress speaker chancellor premier commander
    lieutenant colonel major captain admiral marshal senator congressman congresswoman representative
    justice judge sir madam mme monsieur associate assistant executive managing editor editor-in-chief
    rector dean acting permanent standing party state foreign defence defense senior member
    former late venerable most reverend father bishop archbishop cardinal pope superior lord lady
    secretary-general vice-chairman vice-chairwoman vice-minister deputy-minister chairmen leader""".split()
)

# Head words of organisation names ("Ministry of ...", "... Group").
ORG_HEADS = frozenset(
    """ministry committee commission organisation organization agency group network bureau department
    office board assembly council university college institute academy school association union
    federation foundation fund bank corporation corp company co inc ltd jsc mission programme program
    authority administration court parliament senate government party army navy
    police force forces command centre center society club league alliance partnership cooperative
    coalition consortium chamber service services press news television radio broadcasting tribune
    times post daily magazine observatory laboratory hospital museum library forum initiative
    conglomerate holdings enterprise airlines airline airways railways delegation embassy consulate
    unit team dynasty front procuracy procuratorate exchange guard guards coastguard diocese
    archdiocese""".split()
)
# Head words of a state's name ("State of Vietnam", "Empire of Annam"): a place by the project's
# kinds, read only where a gloss names it ("state" is also a title word: "State President").
STATE_HEADS = frozenset("state empire kingdom republic principality sultanate".split())
# The two of them that name a state wherever they stand beside a name, in either case ("Kingdom of
# Champa", "Âu Lạc Kingdom", "the Văn Lang kingdom", "the kingdom of Âu Lạc"): no title, no unit.
STATE_NAME_HEADS = frozenset({"kingdom", "empire"})

# Compass words before a country's or a province's name make another place's name ("North
# Vietnam", "Central Vietnam", "Northern Laos").
DIRECTION_WORDS = frozenset(
    """north south east west central northern southern eastern western northeast northwest southeast
    southwest""".split()
)
# Head words of place names that are not administrative units ("Thăng Long Imperial Citadel").
PLACE_HEADS = frozenset(
    """citadel temple pagoda market bridge lake river mountain mountains mount bay island islands park
    geopark palace tomb mausoleum square street road avenue boulevard corridor cave caves beach
    delta valley pass plateau forest reserve sanctuary falls waterfall port harbour harbor airport
    station tower gate church cathedral shrine monument monuments landscape landscapes complex
    village town city province ward commune district region peninsula sea ocean gulf strait coast
    highlands hill hills canal dam reservoir stadium wharf quarter zone islet islets archipelago
    highway expressway theatre theater republic range trail route prison jail peak""".split()
)

# Place heads that name the feature itself, so the bare name is the same place ("Lô River" = "Lô",
# "Yunnan province" = "Yunnan"); a building or a road named after a place is another thing
# ("Điện Biên Phủ Airport" is not Điện Biên Phủ).
NATURAL_HEADS = frozenset(
    """river lake mountain mountains mount island islands bay region delta valley plateau cave caves
    beach sea peninsula archipelago stream falls pass highlands coast gulf islet islets range""".split()
)

# Vietnamese generic words that open a place name, with the English head word that ends the same
# name ("Hang Sửng Sốt" = "Sung Sot Cave", "sông Hương" = "Huong River"). Geography vocabulary, not
# names: the proper name after the generic is what identifies the place.
VI_PLACE_GENERICS = {
    "hang": "cave",
    "động": "cave",
    "sông": "river",
    "suối": "stream",
    "hồ": "lake",
    "vịnh": "bay",
    "đảo": "island",
    "quần đảo": "archipelago",
    "hòn": "islet",
    "núi": "mountain",
    "đèo": "pass",
    "thác": "falls",
    "bãi biển": "beach",
    "cầu": "bridge",
    "chợ": "market",
    "chùa": "pagoda",
    "đền": "temple",
    "nhà thờ": "church",
    "lăng": "mausoleum",
    "cảng": "port",
    "sân bay": "airport",
    "ga": "station",
    "làng": "village",
    "làng chài": "fishing village",
    "đường": "street",
    "phố": "street",
    "xa lộ": "highway",
    "cao tốc": "expressway",
    "quảng trường": "square",
    "nhà hát": "theatre",
    "nhà tù": "prison",
    "vườn quốc gia": "national park",
    "tỉnh": "province",
    "thành phố": "city",
    "phường": "ward",
    "xã": "commune",
    "đặc khu": "special zone",
}

# Administrative units as English news writes them, with the Vietnamese generic word each stands
# for. "district" units were abolished in 2025; news still names them.
ADMIN_UNITS = {
    "province": "tỉnh",
    "city": "thành phố",
    "ward": "phường",
    "commune": "xã",
    "district": "huyện",
    "town": "thị xã",
    "township": "thị trấn",
    "special zone": "đặc khu",
    "village": "làng",
}
# Units the gazetteers do not hold: their names are never restored from a ward or province.
UNLISTED_UNITS = frozenset({"village", "region"})
# Words written after a place's name as its unit: the administrative units, and "region", no unit
# since 2025 but written the same way ("the Southeast region", "the Bắc Trung Bộ region").
UNIT_WORDS = (*ADMIN_UNITS, "region", "mountain range", "range")
# What a place is among places, written in lower case after its name as a note ("Vinh (capital)"):
# its unit, or its role as a seat of government.
PLACE_ROLES = frozenset((*UNIT_WORDS, "capital", "provincial capital", "seat", "county seat"))

# Events and documents: named, but neither people, places nor organisations.
EVENT_HEADS = frozenset(
    """conference summit congress festival campaign fair expo exhibition games championship cup
    award awards prize strategy resolution directive decree law agreement treaty convention charter
    declaration plan indicators agenda report day week year anniversary celebration
    session meeting dialogue talks war""".split()
)

# Plural head words that still name one thing ("... Monuments and Landscapes"); other plurals
# ("Global Geoparks") name a category, not an entity.
PLURAL_HEADS = frozenset(
    """monuments landscapes islands mountains caves hills falls highlands forces services holdings
    airlines airways railways nations times""".split()
)

# Vietnamese family names, folded: a capitalised run of syllables starting with one is a person.
# Typed by hand: no word list on the machine holds them (hunspell-vi has only "Nguyễn" and "Phan"
# capitalised, CLDR and the gazetteers none). Left out, as words that open other names: Đồng
# (Đồng Tháp), Phó ("deputy"), Lục ("six", lục bát), Chử; "Han" unmarked (the Han people).
FAMILY_NAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh lam mai truong
    to quach cao luu luong ta tong chu dao doan ha kieu khuc lai lu mac ong thai tieu trieu vuong
    giang khong lieu thach than tang la nghiem phung quan thieu uong van nong ton""".split()
)
# The same names as Vietnamese writes them: with its diacritics a word is a family name only in
# this spelling ("Đào" is one, "Đảo", island, is not; "Dinh" without them may be "Đinh").
FAMILY_NAMES_VI = frozenset(
    """nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý trịnh đinh lâm mai
    trương tô quách cao lưu lương tạ tống chu đào đoàn hà kiều khúc lại lữ mạc ông thái tiêu triệu
    vương giang khổng liêu thạch thân tăng la nghiêm phùng quan thiều uông văn nông hàn tôn
    đậu tào quế nhữ lân thích""".split()
)


def is_family_name(word: str) -> bool:
    """Whether a word (any case) is a Vietnamese family name, as written when it has diacritics."""
    low = word.lower()
    if low.isascii():
        return low in FAMILY_NAMES
    return unicodedata.normalize("NFC", low) in FAMILY_NAMES_VI


# Connectors allowed inside a capitalised name ("Ministry of Education and Training").
CONNECTORS = frozenset("of for and & on in to at de du des la van von der da di the".split())
# Connectors that only join when the name so far already has a head word: "Vietnam and UNESCO" is
# two names, "Ministry of Science and Technology" is one.
WEAK_CONNECTORS = frozenset("and & on in to at".split())

# Verbs of reporting that follow a person's name ("Lam said", "Azoulay affirmed").
SPEECH_VERBS = frozenset(
    """said says told stated affirmed added noted stressed emphasised emphasized underlined asked
    called urged expressed thanked praised welcomed appreciated highlighted recalled proposed
    suggested spoke explained confirmed announced lauded commended described pledged""".split()
)


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names in English, from CLDR, folded."""
    en = Locale("en")
    words: set[str] = set()
    # Wide names only: abbreviations ("Thu", "Mar") are also Vietnamese syllables and English words.
    words.update(m.lower() for m in en.months["format"]["wide"].values())
    words.update(d.lower() for d in en.days["format"]["wide"].values())
    return frozenset(words)


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """English names of languages from CLDR, folded ("vietnamese", "french"): gloss labels and
    nationality adjectives ("Vietnamese Prime Minister")."""
    return frozenset(name.lower() for name in Locale("en").languages.values() if " " not in name)


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """English names of the world's regions from CLDR, folded ("asia", "southeast asia"): the
    territories with a number for a code, which are continents and their parts, not countries."""
    return frozenset(name.lower() for code, name in Locale("en").territories.items() if code.isdigit())


def names_a_label(text: str) -> bool:
    """Whether text is a language's or a world region's English name ("English", "Southeast Asia"):
    in a parenthesis after a name it labels that name, it is not another name of it."""
    low = " ".join(text.lower().split())
    return low in language_names() or low in region_names()


# The Vietnamese words that open a language's name ("tiếng Việt", "chữ Nôm", "ngôn ngữ"), folded:
# such a name is rendered by a language's English name alone ("tiếng Việt (Vietnamese)").
_LANGUAGE_HEADS = frozenset(("tieng", "chu", "ngon"))


def names_a_language(first_word: str) -> bool:
    """Whether a Vietnamese name opening with first_word names a language or a script."""
    return fold(first_word) in _LANGUAGE_HEADS


def is_title(word: str) -> bool:
    """Whether a word (any case) belongs to a title."""
    return word.lower().strip(".") in TITLE_WORDS


def glued_rest_is_word(rest: str, word_before: str) -> bool:
    """Whether what follows a function word a mirror glued on ("pork and|saltwater shrimp") may be
    cut off as a word of its own: an English word always, another word ("and|penaeid") unless a
    capitalised word stands before it, a genus whose Latin epithet merely starts like one
    ("Erythrina or|ientalis")."""
    if not rest.isalpha():
        return False
    return is_english_word(rest) or not word_before[:1].isupper()
