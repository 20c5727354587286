"""Question blocks: validation refuses ungradable questions; snapshots and the public view."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from lessons.quiz import blocks
from lessons.quiz.snapshot import public_questions, questions_snapshot

STREAM = blocks.QuestionStreamBlock()


@pytest.fixture(autouse=True)
def in_english():
    """Messages are checked in English (the source); one test checks the Polish ones."""
    with translation.override("en"):
        yield


def stream_value(*children):
    """A QuestionStreamBlock value from (type, value) pairs, with fixed block ids."""
    raw = [
        {"type": kind, "value": value, "id": f"id-{index}"}
        for index, (kind, value) in enumerate(children)
    ]
    return STREAM.to_python(raw)


def preview(kind):
    return STREAM.child_blocks[kind].meta.preview_value


ALL_KINDS = list(STREAM.child_blocks)


def error_text(excinfo):
    error = excinfo.value
    return json.dumps(error.as_json_data(), ensure_ascii=False)


def clean(kind, **changes):
    block = STREAM.child_blocks[kind]
    value = block.to_python({**preview(kind), **changes})
    return block.clean(value)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_kind_preview_value_is_a_valid_question(kind):
    block = STREAM.child_blocks[kind]
    assert block.meta.template and block.meta.icon and block.meta.description
    clean(kind)


def test_all_eight_kinds_exist():
    assert ALL_KINDS == [
        "single_choice", "multiple_choice", "true_false", "short_text",
        "numeric", "ordering", "matching", "voivodeship",
    ]  # fmt: skip


def test_single_choice_without_a_correct_choice_is_refused():
    choices = [
        {"text": "a", "correct": False, "feedback": ""},
        {"text": "b", "correct": False, "feedback": ""},
    ]
    with pytest.raises(ValidationError) as excinfo:
        clean("single_choice", choices=choices)
    assert "Mark exactly one choice as correct" in error_text(excinfo)


def test_single_choice_with_two_correct_choices_is_refused():
    choices = [
        {"text": "a", "correct": True, "feedback": ""},
        {"text": "b", "correct": True, "feedback": ""},
    ]
    with pytest.raises(ValidationError) as excinfo:
        clean("single_choice", choices=choices)
    assert "use a multiple-choice question" in error_text(excinfo)


def test_multiple_choice_without_a_correct_choice_is_refused():
    choices = [
        {"text": "a", "correct": False, "feedback": ""},
        {"text": "b", "correct": False, "feedback": ""},
    ]
    with pytest.raises(ValidationError) as excinfo:
        clean("multiple_choice", choices=choices)
    assert "at least one choice as correct" in error_text(excinfo)


def test_choice_question_with_one_choice_is_refused():
    with pytest.raises(ValidationError):
        clean("single_choice", choices=[{"text": "a", "correct": True, "feedback": ""}])


def test_ordering_with_one_step_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        clean("ordering", steps=["tylko jeden krok"])
    assert "at least two steps" in error_text(excinfo) or "steps" in error_text(excinfo)


def test_ordering_with_duplicate_steps_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        clean("ordering", steps=["wędzenie", " Wędzenie "])
    assert "same text" in error_text(excinfo)


def test_matching_with_one_pair_is_refused():
    with pytest.raises(ValidationError):
        clean("matching", pairs=[{"left": "Oscypek", "right": "małopolskie"}])


def test_matching_with_duplicate_items_is_refused():
    pairs = [{"left": "Oscypek", "right": "małopolskie"}, {"left": "oscypek", "right": "śląskie"}]
    with pytest.raises(ValidationError) as excinfo:
        clean("matching", pairs=pairs)
    assert "same text" in error_text(excinfo)


def test_negative_tolerance_is_refused():
    with pytest.raises(ValidationError) as excinfo:
        clean("numeric", tolerance="-1")
    assert "cannot be negative" in error_text(excinfo) or "greater than or equal" in error_text(
        excinfo
    )


def test_short_text_needs_an_accepted_answer():
    with pytest.raises(ValidationError) as excinfo:
        clean("short_text", accepted_answers=["...", "„”"])
    assert "at least one accepted answer" in error_text(excinfo)


def test_voivodeship_needs_a_region():
    with pytest.raises(ValidationError):
        clean("voivodeship", regions=[])


def test_error_messages_are_translated_to_polish():
    choices = [
        {"text": "a", "correct": False, "feedback": ""},
        {"text": "b", "correct": False, "feedback": ""},
    ]
    with translation.override("pl"):
        with pytest.raises(ValidationError) as excinfo:
            clean("multiple_choice", choices=choices)
        assert "Zaznacz co najmniej jedną odpowiedź jako poprawną." in error_text(excinfo)


def test_snapshot_uses_block_and_list_item_ids_and_is_json():
    value = stream_value(*[(kind, preview(kind)) for kind in ALL_KINDS])
    snapshot = questions_snapshot(value)
    assert [question["id"] for question in snapshot] == [f"id-{index}" for index in range(8)]
    assert [question["type"] for question in snapshot] == ALL_KINDS
    assert json.loads(json.dumps(snapshot)) == snapshot
    single = snapshot[0]
    assert all(len(choice["id"]) == 36 for choice in single["choices"])  # list item UUIDs
    assert single["choices"][0]["correct"] is True
    assert snapshot[4]["answer"] == "46" and snapshot[4]["tolerance"] == "0"


def test_list_item_ids_survive_a_round_trip():
    value = stream_value(("ordering", preview("ordering")))
    first = questions_snapshot(value)  # the items get their UUIDs here
    again = STREAM.to_python(STREAM.get_prep_value(value))
    assert questions_snapshot(again) == first


SECRET_KEYS = {
    "correct",
    "accepted",
    "feedback",
    "explanation",
    "answer",
    "regions",
    "tolerance",
    "pairs",
}


def test_public_questions_hold_no_answer_key():
    value = stream_value(*[(kind, preview(kind)) for kind in ALL_KINDS])
    snapshot = questions_snapshot(value)
    public = public_questions(snapshot, seed=1, shuffle_questions=True, shuffle_options=True)
    text = json.dumps(public, default=str, ensure_ascii=False)
    for question in public:
        assert not SECRET_KEYS & set(question)
        for key in ("choices", "steps", "items", "options"):
            for item in question.get(key, []):
                assert set(item) == {"id", "text"}
    for secret in ("Tak: Dolina Karpia.", "Zator leży", "oscypiorka", "To chronione oznaczenie"):
        assert secret not in text


def test_ordering_steps_are_never_shown_in_the_right_order():
    value = stream_value(("ordering", {**preview("ordering"), "steps": ["a", "b"]}))
    snapshot = questions_snapshot(value)
    for seed in range(30):
        steps = public_questions(snapshot, seed=seed)[0]["steps"]
        assert [step["text"] for step in steps] == ["b", "a"]


def test_matching_options_are_alphabetical_and_do_not_reveal_their_pair():
    value = stream_value(("matching", preview("matching")))
    snapshot = questions_snapshot(value)
    question = public_questions(snapshot, seed=3)[0]
    assert [option["text"] for option in question["options"]] == ["małopolskie", "świętokrzyskie"]
    pair_ids = {pair["id"] for pair in snapshot[0]["pairs"]}
    assert not pair_ids & {option["id"] for option in question["options"]}


def test_shuffles_are_fixed_for_a_seed_and_differ_between_seeds():
    kinds = [("single_choice", preview("single_choice"))] * 6
    snapshot = questions_snapshot(stream_value(*kinds))
    first = public_questions(snapshot, seed=42, shuffle_questions=True, shuffle_options=True)
    assert first == public_questions(
        snapshot, seed=42, shuffle_questions=True, shuffle_options=True
    )
    orders = {
        tuple(q["id"] for q in public_questions(snapshot, seed=seed, shuffle_questions=True))
        for seed in range(10)
    }
    assert len(orders) > 1
    unshuffled = public_questions(snapshot, seed=42)
    assert [q["id"] for q in unshuffled] == [f"id-{index}" for index in range(6)]
    assert [q["number"] for q in unshuffled] == list(range(1, 7))


def test_voivodeship_choices_are_the_sixteen_in_the_active_language():
    snapshot = questions_snapshot(stream_value(("voivodeship", preview("voivodeship"))))
    with translation.override("pl"):
        polish = public_questions(snapshot, seed=1)[0]["choices"]
    with translation.override("en"):
        english = public_questions(snapshot, seed=1)[0]["choices"]
    assert len(polish) == 16
    assert polish[5] == {"id": "12", "text": "małopolskie"}
    assert english[5] == {"id": "12", "text": "Lesser Poland (małopolskie)"}
