"""seq-zoo: small pretrained RNN/LSTM/GRU classifiers and attention-free seq2seq translators.

    import zoo
    m = zoo.load("lstm.sms-spam")
    m.predict(["WINNER! Claim your prize now"])
"""
from zoo.errors import ZooError
from zoo.hub.loader import load
from zoo.hub.registry import list_models

__all__ = ["ZooError", "load", "list_models"]
