"""Grading rules of every kind of question, edge cases included (pure functions, no database)."""

from decimal import Decimal

import pytest

from lessons.quiz import grading
from lessons.quiz.grading import (
    CORRECT,
    INCORRECT,
    PARTIAL,
    UNANSWERED,
    grade_question,
    grade_quiz,
    matching_key,
    normalise_text,
    parse_number,
    strip_diacritics,
)


def single(**extra):
    return {
        "id": "q-single",
        "type": "single_choice",
        "prompt": "Z którego województwa pochodzi karp zatorski?",
        "points": 1,
        "choices": [
            {"id": "a", "text": "małopolskie", "correct": True, "feedback": "Tak."},
            {"id": "b", "text": "podlaskie", "correct": False, "feedback": "Nie, to Podlasie."},
            {"id": "c", "text": "pomorskie", "correct": False, "feedback": ""},
        ],
        "explanation": "Zator leży w Małopolsce.",
        **extra,
    }


def multiple(scoring=grading.PARTIAL_CREDIT, **extra):
    return {
        "id": "q-multi",
        "type": "multiple_choice",
        "prompt": "Z mleka jakich zwierząt może powstać oscypek?",
        "points": 2,
        "scoring": scoring,
        "choices": [
            {
                "id": "sheep",
                "text": "owiec",
                "correct": True,
                "feedback": "Tak, polskiej owcy górskiej.",
            },
            {"id": "cow", "text": "krów", "correct": True, "feedback": "Najwyżej 40%."},
            {"id": "goat", "text": "kóz", "correct": False, "feedback": "Nie."},
            {"id": "horse", "text": "klaczy", "correct": False, "feedback": ""},
        ],
        "explanation": "",
        **extra,
    }


def true_false(answer=False):
    return {
        "id": "q-tf",
        "type": "true_false",
        "prompt": "Miód wrzosowy z Borów Dolnośląskich jest ChNP.",
        "points": 1,
        "answer": answer,
        "feedback_true": "To ChOG.",
        "feedback_false": "Dobrze: to ChOG.",
        "explanation": "",
    }


def short_text(**extra):
    return {
        "id": "q-text",
        "type": "short_text",
        "prompt": "Jak nazywa się zupa na zakwasie?",
        "points": 1,
        "accepted": ["żurek", "żur"],
        "ignore_case": True,
        "ignore_diacritics": True,
        "feedback_correct": "Brawo.",
        "feedback_incorrect": "To żurek.",
        "explanation": "",
        **extra,
    }


def numeric(answer="46", tolerance="0", **extra):
    return {
        "id": "q-num",
        "type": "numeric",
        "prompt": "Ile nazw?",
        "points": 1,
        "answer": answer,
        "tolerance": tolerance,
        "unit": "",
        "feedback_correct": "Tak.",
        "feedback_incorrect": "46.",
        "explanation": "",
        **extra,
    }


def ordering(scoring=grading.PARTIAL_CREDIT):
    return {
        "id": "q-order",
        "type": "ordering",
        "prompt": "Ułóż etapy.",
        "points": 4,
        "steps": [
            {"id": "s1", "text": "cedzenie mleka"},
            {"id": "s2", "text": "podgrzanie"},
            {"id": "s3", "text": "klag"},
            {"id": "s4", "text": "wędzenie"},
        ],
        "scoring": scoring,
        "feedback_correct": "Świetnie.",
        "feedback_incorrect": "Zobacz kolejność.",
        "explanation": "",
    }


def matching(scoring=grading.PARTIAL_CREDIT):
    return {
        "id": "q-match",
        "type": "matching",
        "prompt": "Dopasuj.",
        "points": 3,
        "pairs": [
            {"id": "p1", "left": "Karp zatorski", "right": "małopolskie"},
            {"id": "p2", "left": "Fasola z Doliny Dunajca", "right": "małopolskie"},
            {"id": "p3", "left": "Podkarpacki miód spadziowy", "right": "podkarpackie"},
        ],
        "scoring": scoring,
        "feedback_correct": "Tak.",
        "feedback_incorrect": "Nie całkiem.",
        "explanation": "",
    }


def voivodeship():
    return {
        "id": "q-map",
        "type": "voivodeship",
        "prompt": "Skąd oscypek?",
        "points": 1,
        "regions": ["12", "24"],
        "feedback_correct": "Tak.",
        "feedback_incorrect": "Podhale.",
        "explanation": "",
    }


# Text normalisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Żurek", "zurek"),
        ("ŻÓŁW", "zolw"),
        ("zażółć gęślą jaźń", "zazolc gesla jazn"),
        ("ĄĆĘŁŃÓŚŹŻ", "acelnoszz"),
        ("  żurek  ", "zurek"),
        ("żurek\t\n staropolski", "zurek staropolski"),
        ("„Żurek”.", "zurek"),
        ("café", "cafe"),
    ],
)
def test_normalise_text_ignoring_case_and_diacritics(raw, expected):
    assert normalise_text(raw, ignore_case=True, ignore_diacritics=True) == expected


def test_normalise_text_keeps_diacritics_and_case_when_asked():
    assert normalise_text(" Żurek ", ignore_case=False, ignore_diacritics=False) == "Żurek"
    assert normalise_text("Żurek", ignore_case=True, ignore_diacritics=False) == "żurek"
    assert normalise_text("Żurek", ignore_case=False, ignore_diacritics=True) == "Zurek"


def test_normalise_text_composes_decomposed_letters():
    decomposed = "z\u0307urek"  # z + combining dot above, as some keyboards send it
    assert normalise_text(decomposed, ignore_diacritics=False) == "żurek"


def test_normalise_text_of_non_text_is_empty():
    assert normalise_text(None) == ""
    assert normalise_text(["żurek"]) == ""


def test_strip_diacritics_handles_l_with_stroke():
    assert strip_diacritics("łódzkie Łódź") == "lodzkie Lodz"


# Numbers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("46", Decimal("46")),
        (" 46 ", Decimal("46")),
        ("2,5", Decimal("2.5")),
        ("2.5", Decimal("2.5")),
        ("-3", Decimal("-3")),
        ("−3", Decimal("-3")),
        ("+7", Decimal("7")),
        ("2 120", Decimal("2120")),
        ("2\u00a0120", Decimal("2120")),
        ("10 141,6", Decimal("10141.6")),
        ("0", Decimal("0")),
        (46, Decimal("46")),
    ],
)
def test_parse_number_accepts(raw, expected):
    assert parse_number(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "abc", "12 kg", "1e3", "1,234.5", "1.2.3", "4 6", ",5", "5,", None, [46], True],
)
def test_parse_number_refuses(raw):
    assert parse_number(raw) is None


# Single choice --------------------------------------------------------------------------------


def test_single_choice_right_wrong_and_feedback():
    right = grade_question(single(), "a")
    assert right == {
        "id": "q-single",
        "score": 1.0,
        "max_score": 1.0,
        "outcome": CORRECT,
        "feedback": ["Tak."],
    }
    wrong = grade_question(single(), "b")
    assert (wrong["score"], wrong["outcome"], wrong["feedback"]) == (
        0.0,
        INCORRECT,
        ["Nie, to Podlasie."],
    )
    assert grade_question(single(), "c")["feedback"] == []  # empty feedback is not shown


@pytest.mark.parametrize("answer", [None, "", "   ", []])
def test_single_choice_unanswered(answer):
    assert grade_question(single(), answer)["outcome"] == UNANSWERED


@pytest.mark.parametrize("answer", ["zzz", ["a"], {"a": 1}, 1])
def test_single_choice_strange_answers_are_wrong_not_errors(answer):
    assert grade_question(single(), answer)["score"] == 0.0


def test_points_scale_the_score():
    assert grade_question(single(points=3), "a")["score"] == 3.0


# Multiple choice ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "score", "outcome"),
    [
        (["sheep", "cow"], 2.0, CORRECT),
        (["cow", "sheep"], 2.0, CORRECT),
        (["sheep"], 1.0, PARTIAL),  # 1 of 2 right: half the points
        (["sheep", "cow", "goat"], 1.0, PARTIAL),  # 2 right - 1 wrong = 1 of 2
        (["sheep", "goat"], 0.0, INCORRECT),  # 1 right - 1 wrong = 0
        (["goat", "horse"], 0.0, INCORRECT),  # never below zero
        (["sheep", "cow", "goat", "horse"], 0.0, INCORRECT),  # ticking everything earns nothing
        (["sheep", "sheep"], 1.0, PARTIAL),  # a repeated id counts once
        (["sheep", "unknown"], 1.0, PARTIAL),  # unknown ids are ignored
    ],
)
def test_multiple_choice_partial_credit(answer, score, outcome):
    result = grade_question(multiple(), answer)
    assert (result["score"], result["outcome"]) == (score, outcome)


@pytest.mark.parametrize(
    ("answer", "score"),
    [(["sheep", "cow"], 2.0), (["sheep"], 0.0), (["sheep", "cow", "goat"], 0.0), (["goat"], 0.0)],
)
def test_multiple_choice_all_or_nothing(answer, score):
    assert grade_question(multiple(grading.ALL_OR_NOTHING), answer)["score"] == score


def test_multiple_choice_feedback_of_each_ticked_choice_in_order_of_answer():
    result = grade_question(multiple(), ["goat", "sheep"])
    assert result["feedback"] == ["Nie.", "Tak, polskiej owcy górskiej."]


def test_multiple_choice_partial_rounds_to_hundredths():
    question = multiple(points=1)
    question["choices"][2]["correct"] = True  # three correct choices
    assert grade_question(question, ["sheep"])["score"] == 0.33
    assert grade_question(question, ["sheep", "cow"])["score"] == 0.67


@pytest.mark.parametrize("answer", [[], None, "sheep"])
def test_multiple_choice_empty_or_not_a_list(answer):
    result = grade_question(multiple(), answer)
    assert result["score"] == 0.0


# True / false ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "score", "feedback"),
    [
        ("false", 1.0, ["Dobrze: to ChOG."]),
        ("true", 0.0, ["To ChOG."]),
        (False, 1.0, ["Dobrze: to ChOG."]),
    ],
)
def test_true_false(answer, score, feedback):
    result = grade_question(true_false(answer=False), answer)
    assert (result["score"], result["feedback"]) == (score, feedback)


def test_true_false_statement_that_is_true():
    assert grade_question(true_false(answer=True), "true")["outcome"] == CORRECT
    assert grade_question(true_false(answer=True), "maybe")["outcome"] == INCORRECT
    assert grade_question(true_false(answer=True), "")["outcome"] == UNANSWERED


# Short text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer", ["żurek", "zurek", "ZUREK", "Żurek", "  żurek ", "żur", "zur", "żurek.", "„żurek”"]
)
def test_short_text_accepts_spellings(answer):
    assert grade_question(short_text(), answer)["outcome"] == CORRECT


@pytest.mark.parametrize("answer", ["barszcz", "żurekk", "żu rek", "żurek staropolski"])
def test_short_text_refuses_other_words(answer):
    result = grade_question(short_text(), answer)
    assert (result["outcome"], result["feedback"]) == (INCORRECT, ["To żurek."])


@pytest.mark.parametrize("answer", ["", "   ", "\n\t", None])
def test_short_text_blank_is_unanswered(answer):
    assert grade_question(short_text(), answer)["outcome"] == UNANSWERED


def test_short_text_punctuation_only_is_wrong_not_a_match_of_an_empty_answer():
    assert grade_question(short_text(), "...")["outcome"] == INCORRECT


def test_short_text_diacritics_required_when_the_editor_says_so():
    question = short_text(ignore_diacritics=False)
    assert grade_question(question, "żurek")["outcome"] == CORRECT
    assert grade_question(question, "ŻUREK")["outcome"] == CORRECT
    assert grade_question(question, "zurek")["outcome"] == INCORRECT


def test_short_text_case_required_when_the_editor_says_so():
    question = short_text(accepted=["Oscypek"], ignore_case=False)
    assert grade_question(question, "Oscypek")["outcome"] == CORRECT
    assert grade_question(question, "oscypek")["outcome"] == INCORRECT


def test_short_text_accepted_answers_with_diacritics_and_spaces_are_normalised_too():
    question = short_text(accepted=["  Karp   Zatorski "])
    assert grade_question(question, "karp zatorski")["outcome"] == CORRECT


# Numeric --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        ("46", CORRECT),
        ("46,0", CORRECT),
        ("46.00", CORRECT),
        ("45", INCORRECT),
        ("47", INCORRECT),
        ("forty-six", INCORRECT),
        ("", UNANSWERED),
    ],
)
def test_numeric_exact(answer, outcome):
    assert grade_question(numeric(), answer)["outcome"] == outcome


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [
        ("35", CORRECT),  # lower bound included
        ("45", CORRECT),  # upper bound included
        ("40", CORRECT),
        ("34,99", INCORRECT),
        ("45.01", INCORRECT),
        ("34.999", INCORRECT),
    ],
)
def test_numeric_tolerance_bounds_are_inclusive(answer, outcome):
    assert grade_question(numeric(answer="40", tolerance="5"), answer)["outcome"] == outcome


def test_numeric_decimal_tolerance_without_float_errors():
    question = numeric(answer="0.3", tolerance="0.1")
    assert grade_question(question, "0,2")["outcome"] == CORRECT  # 0.3 - 0.2 == 0.1 exactly
    assert grade_question(question, "0.4")["outcome"] == CORRECT
    assert grade_question(question, "0.41")["outcome"] == INCORRECT


def test_numeric_negative_and_grouped_numbers():
    assert grade_question(numeric(answer="-2"), "−2")["outcome"] == CORRECT
    assert grade_question(numeric(answer="2120"), "2 120")["outcome"] == CORRECT


def test_numeric_feedback():
    assert grade_question(numeric(), "46")["feedback"] == ["Tak."]
    assert grade_question(numeric(), "12")["feedback"] == ["46."]


# Ordering -------------------------------------------------------------------------------------


def test_ordering_all_right():
    result = grade_question(ordering(), {"s1": 1, "s2": 2, "s3": 3, "s4": 4})
    assert (result["score"], result["outcome"], result["feedback"]) == (4.0, CORRECT, ["Świetnie."])


def test_ordering_positions_as_text_from_a_form():
    assert (
        grade_question(ordering(), {"s1": "1", "s2": "2", "s3": "3", "s4": "4"})["outcome"]
        == CORRECT
    )


def test_ordering_partial_credit_per_step_in_its_place():
    result = grade_question(ordering(), {"s1": 1, "s2": 3, "s3": 2, "s4": 4})
    assert (result["score"], result["outcome"], result["feedback"]) == (
        2.0,
        PARTIAL,
        ["Zobacz kolejność."],
    )


def test_ordering_all_or_nothing():
    assert (
        grade_question(ordering(grading.ALL_OR_NOTHING), {"s1": 1, "s2": 3, "s3": 2, "s4": 4})[
            "score"
        ]
        == 0.0
    )


def test_ordering_reversed_is_wrong():
    assert grade_question(ordering(), {"s1": 4, "s2": 3, "s3": 2, "s4": 1})["outcome"] == INCORRECT


def test_ordering_missing_steps_count_as_misplaced():
    assert grade_question(ordering(), {"s1": 1})["score"] == 1.0


@pytest.mark.parametrize("answer", [{"s1": "first"}, {"s1": None}, ["s1", "s2"], "s1"])
def test_ordering_strange_answers_are_wrong(answer):
    assert grade_question(ordering(), answer)["score"] == 0.0


def test_ordering_empty_is_unanswered():
    assert grade_question(ordering(), {})["outcome"] == UNANSWERED


# Matching -------------------------------------------------------------------------------------


def test_matching_all_right_with_a_shared_right_hand_side():
    key = {text: matching_key(text) for text in ("małopolskie", "podkarpackie")}
    answer = {"p1": key["małopolskie"], "p2": key["małopolskie"], "p3": key["podkarpackie"]}
    result = grade_question(matching(), answer)
    assert (result["score"], result["outcome"]) == (3.0, CORRECT)


def test_matching_partial_and_all_or_nothing():
    key = matching_key
    answer = {"p1": key("małopolskie"), "p2": key("podkarpackie"), "p3": key("podkarpackie")}
    assert grade_question(matching(), answer)["score"] == 2.0
    assert grade_question(matching(), answer)["outcome"] == PARTIAL
    assert grade_question(matching(grading.ALL_OR_NOTHING), answer)["score"] == 0.0


def test_matching_key_does_not_depend_on_the_pair():
    assert matching_key("małopolskie") == matching_key(" Małopolskie ")
    assert matching_key("małopolskie") != matching_key("podkarpackie")
    assert "p1" not in matching_key("małopolskie")


def test_matching_unknown_keys_are_wrong():
    assert grade_question(matching(), {"p1": "nonsense"})["score"] == 0.0


# Voivodeship ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "outcome"), [("12", CORRECT), ("24", CORRECT), ("20", INCORRECT), ("", UNANSWERED)]
)
def test_voivodeship_any_listed_region_is_right(answer, outcome):
    assert grade_question(voivodeship(), answer)["outcome"] == outcome


# The whole quiz -------------------------------------------------------------------------------


def test_grade_quiz_sums_scores_and_keeps_the_snapshot_order():
    questions = [
        single(),
        multiple(),
        true_false(),
        short_text(),
        numeric(),
        ordering(),
        matching(),
        voivodeship(),
    ]
    answers = {
        "q-single": "a",
        "q-multi": ["sheep"],
        "q-tf": "true",
        "q-text": "zurek",
        "q-num": "46",
        "q-order": {"s1": 1, "s2": 2, "s3": 4, "s4": 3},
        "q-map": "24",
        "not-a-question": "ignored",
    }
    result = grade_quiz(questions, answers)
    assert [question["id"] for question in result["questions"]] == [q["id"] for q in questions]
    assert [question["outcome"] for question in result["questions"]] == [
        CORRECT, PARTIAL, INCORRECT, CORRECT, CORRECT, PARTIAL, UNANSWERED, CORRECT,
    ]  # fmt: skip
    assert result["score"] == 1 + 1 + 0 + 1 + 1 + 2 + 0 + 1
    assert result["max_score"] == 1 + 2 + 1 + 1 + 1 + 4 + 3 + 1
    assert result["percent"] == 50


def test_grade_quiz_with_no_answers_at_all():
    result = grade_quiz([single(), numeric()], {})
    assert (result["score"], result["max_score"], result["percent"]) == (0, 2, 0)
    assert grade_quiz([single()], None)["score"] == 0


def test_grade_quiz_of_an_empty_quiz():
    assert grade_quiz([], {}) == {"score": 0.0, "max_score": 0.0, "percent": 0, "questions": []}
