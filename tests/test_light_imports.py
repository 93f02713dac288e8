"""The app's pages draw their inputs before torch is imported: on a fresh server the warm-up thread is still
importing it (about 2 s of a 2-core machine), and a page that imported it too would wait for that import."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
import zoo
import pages.ui.classifier_page, pages.ui.seq2seq, pages.ui.shell, pages.ui.sidebar, pages.ui.loader
from zoo.loader import read_facts
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
    assert before == "False", "a page module or zoo.loader.read_facts imports torch at import time"
    assert after.startswith("True ") and after.split()[1] in ("ham", "spam")
