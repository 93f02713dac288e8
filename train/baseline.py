"""The classical rival every classifier card reports: TF-IDF n-grams + logistic regression."""
from __future__ import annotations

from typing import Any

from zoo.evaluation.datasets import Pair
from zoo.evaluation.metrics import accuracy, f1

ANALYZERS = {"char": ("char_wb", (2, 5)), "char14": ("char", (1, 4)), "word": ("word", (1, 2))}


def _pipeline(kind: str):
    """The baseline's TF-IDF vectorizer and logistic regression, unfitted."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    analyzer, ngrams = ANALYZERS[kind]
    vec = TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, min_df=2, sublinear_tf=True, max_features=500_000)
    return vec, LogisticRegression(C=10.0, max_iter=2000)


def signature(kind: str) -> str:
    """The unfitted baseline's every setting, as text (part of the distillation teacher's cache key)."""
    vec, clf = _pipeline(kind)
    return f"{vec!r}|{clf!r}"


def out_of_fold_probs(train: list[Pair], kind: str, labels: list[str], folds: int = 5, seed: int = 13,
                      jobs: int | None = None):
    """The baseline's class probabilities for every training example, each from a model fitted on the other
    folds (so they are honest guesses, not memories): (N, len(labels)) float32, columns in `labels` order.

    The folds are fitted in `jobs` processes at once (default: one per CPU core, at most one per fold); each
    fit is the same deterministic computation whatever the process count, so the result does not depend on it.
    """
    import os

    import numpy as np
    from joblib import Parallel, delayed
    from sklearn.model_selection import StratifiedKFold

    texts, gold = [t for t, _ in train], [l for _, l in train]
    splits = list(StratifiedKFold(folds, shuffle=True, random_state=seed).split(texts, gold))
    jobs = jobs or min(folds, os.cpu_count() or 1)
    guesses = Parallel(n_jobs=jobs)(delayed(_fold_probs)([texts[i] for i in fit_rows], [gold[i] for i in fit_rows],
                                                         [texts[i] for i in held_rows], kind, labels)
                                    for fit_rows, held_rows in splits)
    probs = np.zeros((len(train), len(labels)), dtype=np.float32)
    for (_, held_rows), fold in zip(splits, guesses):
        probs[held_rows] = fold
    return probs


def _fold_probs(fit_texts: list[str], fit_gold: list[str], held_texts: list[str], kind: str, labels: list[str]):
    """One fold: fit the baseline on fit_texts, return its probabilities for held_texts, columns in labels order."""
    vec, clf = _pipeline(kind)
    clf.fit(vec.fit_transform(fit_texts), fit_gold)
    return clf.predict_proba(vec.transform(held_texts))[:, [list(clf.classes_).index(l) for l in labels]]


def tfidf_baseline(train: list[Pair], test: list[Pair], kind: str, positive: str) -> dict[str, Any]:
    """Fit on train, measure on test: accuracy and positive-class F1."""
    analyzer, ngrams = ANALYZERS[kind]
    vec, clf = _pipeline(kind)
    clf.fit(vec.fit_transform([t for t, _ in train]), [l for _, l in train])
    pred = list(clf.predict(vec.transform([t for t, _ in test])))
    gold = [l for _, l in test]
    return {"name": f"TF-IDF {analyzer} {ngrams[0]}-{ngrams[1]} grams + logistic regression (C=10)",
            "accuracy": round(accuracy(gold, pred), 4), "f1": round(f1(gold, pred, positive), 4)}
