"""Build a freshly initialised network from its frozen args."""
from __future__ import annotations

from torch import nn

from zoo.format.config import ClassifierArgs, LmArgs, Seq2SeqArgs
from zoo.models.classifier import SequenceClassifier
from zoo.models.language_model import LanguageModel
from zoo.models.seq2seq import Seq2Seq


def build_model(args: ClassifierArgs | Seq2SeqArgs | LmArgs) -> nn.Module:
    """A freshly initialised network for the given arguments."""
    if isinstance(args, ClassifierArgs):
        return SequenceClassifier(args)
    if isinstance(args, LmArgs):
        return LanguageModel(args)
    return Seq2Seq(args)
