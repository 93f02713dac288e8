"""The README says what the code does: its zoo table is the one the bundled cards give."""
from __future__ import annotations

from pathlib import Path

from train.zoo_table import END, START, replace_table, zoo_table

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_zoo_table_matches_the_bundled_cards() -> None:
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text
    assert replace_table(text, zoo_table()) == text, "run: python -m train.zoo_table --write README.md"
