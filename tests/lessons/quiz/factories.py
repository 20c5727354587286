"""Factory for quiz pages, with one question of every kind and fixed ids (the quiz engine's tests)."""

import uuid

import factory
import wagtail_factories

from lessons.models import QuizPage


def uid(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "korzenie-test-quiz/" + "/".join(map(str, parts))))


def items(question, values):
    return [
        {"type": "item", "value": value, "id": uid(question, index)}
        for index, value in enumerate(values)
    ]


def choice(text, correct=False, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback}


def sample_questions(prefix="q"):
    """One question of each kind, with the ids the tests refer to: f"{prefix}-{kind}"."""

    def question(kind, value):
        return {"type": kind, "value": value, "id": uid(prefix, kind)}

    def qid(kind):
        return uid(prefix, kind)

    return [
        question(
            "single_choice",
            {
                "prompt": "Z którego województwa pochodzi karp zatorski?",
                "choices": items(
                    qid("single_choice"),
                    [
                        choice("małopolskie", True, "Tak: Dolina Karpia leży w Małopolsce."),
                        choice("podlaskie", False, "Nie: Zator leży w Małopolsce."),
                        choice("pomorskie"),
                    ],
                ),
                "points": 1,
                "explanation": "Karp zatorski pochodzi z okolic Zatora (Dolina Karpia).",
            },
        ),
        question(
            "multiple_choice",
            {
                "prompt": "Z mleka jakich zwierząt może powstać oscypek?",
                "choices": items(
                    qid("multiple_choice"),
                    [
                        choice("owiec", True, "Tak: polskiej owcy górskiej."),
                        choice("krów", True, "Tak, ale najwyżej 40% mleka."),
                        choice("kóz", False, "Nie: mleka koziego nie dodaje się."),
                    ],
                ),
                "scoring": "partial",
                "points": 2,
                "explanation": "Oscypek robi się z mleka owczego; można dodać mleko krowie.",
            },
        ),
        question(
            "true_false",
            {
                "prompt": "Miód wrzosowy z Borów Dolnośląskich ma chronioną nazwę pochodzenia (ChNP).",
                "answer": "false",
                "feedback_true": "To ChOG, nie ChNP.",
                "feedback_false": "Dobrze: to ChOG.",
                "points": 1,
                "explanation": "Miód wrzosowy zarejestrowano w 2008 roku jako ChOG.",
            },
        ),
        question(
            "short_text",
            {
                "prompt": "Jak nazywa się drewniana forma do odciskania wzorów na oscypku?",
                "accepted_answers": items(qid("short_text"), ["oscypiorka"]),
                "ignore_case": True,
                "ignore_diacritics": True,
                "feedback_correct": "Brawo!",
                "feedback_incorrect": "To oscypiorka.",
                "points": 1,
                "explanation": "Wzory odciska się rzeźbionym drewnianym pierścieniem.",
            },
        ),
        question(
            "numeric",
            {
                "prompt": "Ile polskich nazw zarejestrowano w UE jako ChNP, ChOG lub GTS do września 2023?",
                "answer": "46",
                "tolerance": "0",
                "unit": "",
                "feedback_correct": "Tak, 46.",
                "feedback_incorrect": "Było ich 46.",
                "points": 1,
                "explanation": "Twaróg wędzony był 46. polską nazwą.",
            },
        ),
        question(
            "ordering",
            {
                "prompt": "Ułóż etapy wyrobu oscypka we właściwej kolejności.",
                "steps": items(
                    qid("ordering"),
                    ["podgrzanie mleka", "dodanie klagu", "moczenie w solance", "wędzenie"],
                ),
                "scoring": "partial",
                "feedback_correct": "Świetnie.",
                "feedback_incorrect": "Najpierw mleko, na końcu dym.",
                "points": 2,
                "explanation": "Ser moczy się w solance, a potem wędzi w bacówce.",
            },
        ),
        question(
            "matching",
            {
                "prompt": "Dopasuj produkty do województw.",
                "pairs": items(
                    qid("matching"),
                    [
                        {"left": "Karp zatorski", "right": "małopolskie"},
                        {"left": "Podkarpacki miód spadziowy", "right": "podkarpackie"},
                        {"left": "Jabłka grójeckie", "right": "mazowieckie"},
                    ],
                ),
                "scoring": "partial",
                "feedback_correct": "Wszystko się zgadza.",
                "feedback_incorrect": "Sprawdź na mapie.",
                "points": 3,
                "explanation": "Zator – Małopolska, spadź – Podkarpacie, Grójec – Mazowsze.",
            },
        ),
        question(
            "voivodeship",
            {
                "prompt": "W którym województwie leżą Bory Dolnośląskie?",
                "regions": ["02"],
                "feedback_correct": "Tak.",
                "feedback_incorrect": "Nazwa podpowiada: Dolny Śląsk.",
                "points": 1,
                "explanation": "Bory Dolnośląskie leżą w województwie dolnośląskim.",
            },
        ),
    ]


class QuizPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Quiz {n}")
    summary = "Sprawdź, co wiesz o produktach regionalnych."
    intro = "Osiem pytań o oscypku, karpiu i miodzie."
    questions = factory.LazyFunction(sample_questions)

    class Meta:
        model = QuizPage
