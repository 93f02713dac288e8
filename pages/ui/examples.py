"""Example sentences for the pages, all written for this demo (none taken from any dataset).

Titles are (English, 한국어) pairs for the buttons; the sentences are in the model's own language.
"""
from __future__ import annotations

Example = tuple[tuple[str, str], str]

CLASSIFIER: dict[str, dict[str, list[Example]]] = {
    "spam": {
        "en": [
            (("Prize alert", "당첨 알림"),
             "URGENT! Your number has won a 2000 pound cash prize. Text WIN to 80888 now to claim, T&Cs apply."),
            (("Lunch plans", "점심 약속"),
             "Are we still on for lunch tomorrow? I can bring the notes from Tuesday's class."),
            (("Free ringtone", "무료 벨소리"),
             "Get your FREE ringtone today! Reply GO to 85023, only 1.50 per week, stop anytime."),
            (("Running late", "늦는 중"), "Bus broke down, I'll be 20 minutes late. Save me a seat please."),
            (("Other script", "다른 문자"), "Γεια σου! Θα έρθεις απόψε για φαγητό στο σπίτι μας;"),
        ],
    },
    "sentiment": {
        "en": [
            (("Loved it", "아주 좋음"), "a warm , funny and beautifully acted film that stays with you for days ."),
            (("Boring", "지루함"), "the plot drags on and on , and the jokes never land ."),
            (("Mixed", "엇갈림"), "the actors try hard , but the script gives them nothing to work with ."),
            (("Twist", "반전"), "i expected to hate it , but by the end i was completely won over ."),
            (("Korean text", "한국어 문장"), "배우들의 연기가 정말 훌륭했고 음악도 아름다웠다."),
        ],
        "ko": [
            (("Loved it", "아주 좋음"), "배우들의 연기가 정말 훌륭했고 음악도 아름다웠다. 또 보고 싶어요!"),
            (("Boring", "지루함"), "두 시간 내내 지루해서 중간에 나오고 싶었다"),
            (("Mixed", "엇갈림"), "영상미는 좋은데 이야기가 너무 뻔해서 아쉽네요"),
            (("Twist", "반전"), "처음엔 별로였는데 마지막 반전 덕분에 완전히 빠져들었다"),
            (("English text", "영어 문장"), "a warm , funny and beautifully acted film ."),
        ],
    },
}

# Translators, by the kind of text they were trained on and their source language (family.source), so that each
# example is in the model's own domain: Multi30k's image captions, Tatoeba's short everyday sentences. The last
# example of each is long on purpose: one context vector has to carry all of it.
TRANSLATE: dict[str, list[Example]] = {
    "multi30k.de": [
        (("Cyclist", "자전거"), "Ein Mann fährt mit dem Fahrrad durch die Stadt."),
        (("Dogs", "개들"), "Zwei Hunde spielen im Schnee."),
        (("Market", "시장"), "Eine Frau in einem roten Kleid verkauft Obst auf einem Markt."),
        (("Long one", "긴 문장"), "Eine Gruppe von Kindern in bunten Jacken sitzt auf einer Mauer am Strand und "
                                  "schaut zu, wie ein älterer Mann mit einem großen Hut einen Drachen steigen lässt."),
    ],
    "multi30k.en": [
        (("Cyclist", "자전거"), "A man rides his bike through the city."),
        (("Dogs", "개들"), "Two dogs are playing in the snow."),
        (("Market", "시장"), "A woman in a red dress sells fruit at a market."),
        (("Long one", "긴 문장"), "A group of children in colourful jackets sits on a wall by the beach and watches "
                                  "an old man with a big hat fly a kite."),
    ],
    "tatoeba.en": [
        (("Keys", "열쇠"), "Where did you put my keys?"),
        (("Weather", "날씨"), "It's too cold to go out today."),
        (("Plans", "계획"), "I'm going to see a movie with my friend tomorrow."),
        (("Long one", "긴 문장"), "When I was a child, my grandmother used to tell me stories about the small "
                                  "village by the sea where she grew up before the war."),
    ],
    "fr": [
        (("Cyclist", "자전거"), "Un homme traverse la ville à vélo."),
        (("Question", "질문"), "Où as-tu mis mes clés ?"),
        (("Weather", "날씨"), "Il fait trop froid pour sortir aujourd'hui."),
    ],
    "ko": [
        (("Greeting", "인사"), "오늘 날씨가 정말 좋네요."),
        (("Question", "질문"), "내 열쇠를 어디에 두었어요?"),
        (("Plans", "계획"), "내일 친구와 영화를 보러 갈 거예요."),
    ],
}

# Lab: several sentences at once, one per line, in two clear groups so the map has something to show.
LAB: dict[str, list[str]] = {
    "spam": [
        "WINNER! You have been selected for a 1000 pound prize, call 09061 now",
        "Claim your FREE holiday voucher today, text GO to 80122",
        "URGENT: your mobile account has a cash reward waiting, reply YES",
        "Final notice: you won a free camera phone, call to collect",
        "Congratulations, your entry won a weekly draw, text CLAIM now",
        "Are you coming to the party tonight?",
        "I'll call you when I get home, love you",
        "Can you pick up some milk on the way back?",
        "Sorry I missed your call, in a meeting till 5",
        "Happy birthday! Hope you have a lovely day",
        "Meeting moved to Thursday, same room",
        "Thanks for dinner yesterday, it was great",
    ],
    "sentiment.en": [
        "a moving , beautifully shot film with a wonderful cast .",
        "one of the funniest movies i have seen in years .",
        "smart , tender and full of surprises .",
        "a joy from start to finish .",
        "the best performance of her career .",
        "a dull , lifeless film that goes nowhere .",
        "the jokes are flat and the story is a mess .",
        "i checked my watch every ten minutes .",
        "badly written and even worse acted .",
        "a waste of a good cast .",
        "it is neither good nor bad , just long .",
    ],
    "sentiment.ko": [
        "배우들의 연기가 정말 훌륭했다",
        "음악과 영상이 너무 아름다운 영화",
        "올해 본 영화 중 최고였어요",
        "가족과 함께 보기 좋은 따뜻한 영화",
        "웃기고 감동적이었다 강력 추천",
        "시간이 아까운 영화였다",
        "스토리가 엉망이고 지루하다",
        "연기가 어색해서 몰입이 안 됐다",
        "기대했는데 너무 실망스럽네요",
        "돈 주고 보기 아까운 영화",
    ],
    "translation.de": [
        "Ein Mann fährt Fahrrad.", "Eine Frau liest ein Buch.", "Zwei Hunde spielen im Park.",
        "Ein Kind isst ein Eis.", "Ein Mann in einem blauen Hemd steht vor einem Gebäude.",
        "Eine Gruppe von Menschen wartet an einer Bushaltestelle in der Stadt.",
        "Ein kleines Mädchen mit einem roten Ball rennt über eine grüne Wiese.",
        "Zwei ältere Männer spielen Schach in einem Park neben einem Brunnen, während Tauben um sie herum laufen.",
        "Ein Hund.", "Menschen am Strand.",
    ],
    "translation.en": [
        "A man rides a bike.", "A woman reads a book.", "Two dogs play in the park.", "A child eats ice cream.",
        "A man in a blue shirt stands in front of a building.",
        "A group of people waits at a bus stop in the city.",
        "A little girl with a red ball runs across a green meadow.",
        "Two old men play chess in a park next to a fountain while pigeons walk around them.",
        "A dog.", "People on the beach.",
    ],
    "translation.fr": ["Un homme lit.", "Une femme chante.", "Il fait beau.", "Où est la gare ?",
                       "Je voudrais un café, s'il vous plaît.", "Nous partons demain matin très tôt."],
    "translation.ko": ["안녕하세요.", "날씨가 좋네요.", "어디에 가요?", "저는 학생이에요.",
                       "내일 친구와 영화를 보러 갈 거예요.", "이 책은 정말 재미있어요."],
}


def classifier_examples(task: str, language: str) -> list[Example]:
    """The example buttons of a classifier page for a model of that language (English ones as fallback)."""
    by_language = CLASSIFIER.get(task, {})
    return by_language.get(language) or by_language.get("en", [])


def domain(dataset: str) -> str:
    """The kind of text a translator was trained on, from its dataset name: "multi30k", "tatoeba", or ""."""
    family = dataset.split("-")[0]
    return family if family in ("multi30k", "tatoeba") else ""


def translate_examples(source: str, dataset: str = "") -> list[Example]:
    """The example buttons of the translate page for a source language, from the translator's own domain (its
    dataset: Multi30k captions, Tatoeba everyday sentences) when there are some."""
    family = domain(dataset)
    return (TRANSLATE.get(f"{family}.{source}") or TRANSLATE.get(source) or TRANSLATE.get(f"multi30k.{source}")
            or TRANSLATE.get(f"tatoeba.{source}") or TRANSLATE["multi30k.en"])


def lab_examples(task: str, language: str) -> list[str]:
    """Default sentences for the lab for an entry of that task and (source) language."""
    return LAB.get(f"{task}.{language}") or LAB.get(task) or LAB.get(f"{task}.en") or LAB["spam"]


# Next-word page: beginnings of reviews for a language model, in its language, and one in the other language (its
# tokens are mostly bytes to the model: the page says the text is not in a language it learned).
LANGUAGE_MODEL: dict[str, list[Example]] = {
    "en": [
        (("Opening", "첫머리"), "this movie is one of the"),
        (("But…", "하지만…"), "the acting was great , but the"),
        (("Verdict", "평가"), "i would not recommend this film to"),
        (("Korean text", "한국어 문장"), "이 영화 정말"),
    ],
    "ko": [
        (("Opening", "첫머리"), "이 영화 정말"),
        (("But…", "하지만…"), "배우들 연기는 좋았는데"),
        (("Verdict", "평가"), "이 영화를 추천하고 싶은 사람은"),
        (("English text", "영어 문장"), "this movie is one of the"),
    ],
}


def lm_examples(language: str) -> list[Example]:
    """The example buttons of the next-word page for a language model of that language (English ones as fallback)."""
    return LANGUAGE_MODEL.get(language) or LANGUAGE_MODEL["en"]
