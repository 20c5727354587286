"""The 16 voivodeships by TERYT code (shared/data/voivodeships.csv), for the map question."""

from django.utils.translation import get_language

from origins.map import projected_regions, shade_of, shade_steps

# TERYT code -> official Polish name.
VOIVODESHIPS = {
    "02": "dolnośląskie",
    "04": "kujawsko-pomorskie",
    "06": "lubelskie",
    "08": "lubuskie",
    "10": "łódzkie",
    "12": "małopolskie",
    "14": "mazowieckie",
    "16": "opolskie",
    "18": "podkarpackie",
    "20": "podlaskie",
    "22": "pomorskie",
    "24": "śląskie",
    "26": "świętokrzyskie",
    "28": "warmińsko-mazurskie",
    "30": "wielkopolskie",
    "32": "zachodniopomorskie",
}

# English names as voivodeships.csv gives them (English-Wikipedia forms, without "Voivodeship").
ENGLISH_NAMES = {
    "02": "Lower Silesian",
    "04": "Kuyavian-Pomeranian",
    "06": "Lublin",
    "08": "Lubusz",
    "10": "Łódź",
    "12": "Lesser Poland",
    "14": "Masovian",
    "16": "Opole",
    "18": "Subcarpathian",
    "20": "Podlaskie",
    "22": "Pomeranian",
    "24": "Silesian",
    "26": "Świętokrzyskie",
    "28": "Warmian-Masurian",
    "30": "Greater Poland",
    "32": "West Pomeranian",
}

CHOICES = list(VOIVODESHIPS.items())


def label(code, language=None):
    """The voivodeship's name for the reader: the Polish name, in English with the English one."""
    language = language or get_language() or "pl"
    name = VOIVODESHIPS.get(code, code)
    if code in ENGLISH_NAMES and not language.startswith("pl"):
        return f"{ENGLISH_NAMES[code]} ({name})"
    return name


def question_map(chosen=None, right=(), counts=None):
    """The map of the "which voivodeship?" question: the 16 shapes drawn on the server (shared
    with the catalogue's map), each with its TERYT code and name, marked when it is the
    student's answer (`chosen`) or one of the right answers (`right`: only where they may be
    shown). With `counts` ({code: how many students chose it}, for a class's report) each
    region also gets its count and a shade from 0 (none) to origins.map.SHADES."""
    shapes, (width, height) = projected_regions()
    right = set(right)
    steps = shade_steps((counts or {}).values())
    regions = [
        {
            "code": code,
            "name": label(code),
            "d": shapes[code]["d"],
            "x": shapes[code]["x"],
            "y": shapes[code]["y"],
            "chosen": code == chosen,
            "right": code in right,
            "wrong": bool(right) and code == chosen and code not in right,
        }
        for code in VOIVODESHIPS
    ]
    listed = []
    if counts is not None:
        for region in regions:
            region["count"] = counts.get(region["code"], 0)
            region["shade"] = shade_of(region["count"], steps)
        # The regions to name under the map: those chosen and the right ones.
        listed = [region for region in regions if region["count"] or region["right"]]
    # A margin around the country, so the outline of a border voivodeship is not cut off.
    margin = 6
    view_box = f"{-margin} {-margin} {width + 2 * margin:.0f} {height + 2 * margin:.0f}"
    return {
        "view_box": view_box,
        "regions": regions,
        "listed": listed,
        "answers_shown": bool(right),
    }
