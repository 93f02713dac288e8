"""torch stays out of a fresh server's first page and first answer: its import is about 2 s of a core here, and
held up the server's answers to the browser. The page modules import no torch; the spam and sentiment pages
answer on the NumPy backend; the warm-up imports torch only once the server is quiet (pages/ui/warm_up.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
import zoo
import pages.ui.classifier_page, pages.ui.seq2seq, pages.ui.shell, pages.ui.sidebar, pages.ui.loader, pages.ui.generate_view
from zoo.hub.loader import read_facts
facts = read_facts("lstm.sms-spam")  # config and card, files checked against the index
assert facts.config.task == "spam" and facts.card["num_params"] > 0
print("torch" in sys.modules)
entry = zoo.load("lstm.sms-spam")  # building the model imports torch
print("torch" in sys.modules, entry.predict("WINNER! claim your prize")[0]["label"])
"""


def test_page_modules_and_entry_facts_do_not_import_torch() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    before, after = out.stdout.split("\n")[:2]
    assert before == "False", "a page module or zoo.hub.loader.read_facts imports torch at import time"
    assert after.startswith("True ") and after.split()[1] in ("ham", "spam")


PAGE_PROBE = """
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("app.py", default_timeout=120).switch_page("pages/spam.py").run()  # a first visit to /spam
at.text_area(key="spam_text").input("WINNER! Claim your free prize now")  # a form: the text goes with the press
at = at.button(key="spam_submit").click().run()
assert not at.exception, [e.value for e in at.exception]
print("torch" in sys.modules, " ".join(m.value for m in at.metric))
"""


def test_spam_page_answers_without_importing_torch() -> None:
    """The whole page, as a user's first visit runs it: label, charts, map; no torch in the process."""
    out = subprocess.run([sys.executable, "-c", PAGE_PROBE], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    imported, label, *_ = out.stdout.split()
    assert imported == "False" and label in ("ham", "spam")
