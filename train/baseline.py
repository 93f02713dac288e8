"""The classical rival every classifier card reports: TF-IDF n-grams + logistic regression."""
from __future__ import annotations

from typing import Any

from zoo.datasets import Pair
from zoo.metrics import accuracy, f1

ANALYZERS = {"char": ("char_wb", (2, 5)), "char14": ("char", (1, 4)), "word": ("word", (1, 2))}


def tfidf_baseline(train: list[Pair], test: list[Pair], kind: str, positive: str) -> dict[str, Any]:
    """Fit on train, measure on test: accuracy and positive-class F1."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    analyzer, ngrams = ANALYZERS[kind]
    vec = TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, min_df=2, sublinear_tf=True, max_features=500_000)
    x_train = vec.fit_transform([t for t, _ in train])
    clf = LogisticRegression(C=10.0, max_iter=2000)
    clf.fit(x_train, [l for _, l in train])
    pred = list(clf.predict(vec.transform([t for t, _ in test])))
    gold = [l for _, l in test]
    return {"name": f"TF-IDF {analyzer} {ngrams[0]}-{ngrams[1]} grams + logistic regression (C=10)",
            "accuracy": round(accuracy(gold, pred), 4), "f1": round(f1(gold, pred, positive), 4)}
