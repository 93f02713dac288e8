"""Every card's "Without this library" snippet runs with safetensors, tokenizers and torch.nn (NumPy for a bag of
words) and gives the library's answers."""
from __future__ import annotations

import re

import pytest

import zoo
from zoo.hub.registry import read_index

ENTRIES = zoo.list_models()
TEXTS = {"en": ["A quiet, moving film.", "The acting was great, but the story was boring.",
                "WINNER!! Claim your free prize now<br />call 0800", "word " * 900],
         "ko": ["연기는 좋았지만 스토리가 너무 지루했다", "정말 최고의 영화", "ㅋㅋㅋ " * 300]}
SOURCES = {"de": ["Ein Mann fährt Fahrrad.", "Zwei Hunde spielen im Schnee."],
           "en": ["A man is riding a bike.", "Where is the station?"]}


def _snippet(entry) -> dict:
    text = (entry.folder / "README.md").read_text(encoding="utf-8")
    section = text.split("## Without this library", 1)
    assert len(section) == 2, f"{entry.name}: the card has no 'Without this library' section"
    code = re.search(r"```python\n(.*?)```", section[1], re.S).group(1)
    code = re.sub(r'^folder = "[^"]*"', f"folder = {str(entry.folder)!r}", code, count=1, flags=re.M)
    code = "\n".join(line for line in code.splitlines() if not line.startswith("print("))
    namespace: dict = {"__name__": "snippet"}
    exec(compile(code, f"{entry.name} card snippet", "exec"), namespace)  # noqa: S102 (our own card's code)
    return namespace


@pytest.mark.parametrize("name", ENTRIES)
def test_card_snippet_gives_the_library_answers(name: str) -> None:
    entry = zoo.load(name)
    plain = _snippet(entry)
    if read_index()[name]["architecture"] == "seq2seq":
        for source in SOURCES[entry.config.language[0]]:
            assert plain["translate"](source) == entry.translate(source, beam=1)[0]
        return
    if read_index()[name]["architecture"] == "lm":
        for text in TEXTS["ko" if "ko" in entry.config.language else "en"]:
            ours = plain["next_tokens"](text, 5)
            theirs = {t["token"]: t["prob"] for t in entry.predict_next(text, 5)}
            assert list(ours) == list(theirs) and all(abs(ours[k] - theirs[k]) <= 1e-4 for k in ours)
        return
    for text in TEXTS["ko" if "ko" in entry.config.language else "en"]:
        ours = plain["probabilities"](text)
        theirs = entry.predict(text)[0]["probs"]
        assert ours.keys() == theirs.keys()
        assert all(abs(ours[k] - theirs[k]) <= 1e-4 for k in ours), (text[:40], ours, theirs)
