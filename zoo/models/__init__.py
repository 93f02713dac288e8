"""Networks only: no I/O, no tokenization. Build one from its frozen args with `build_model`."""
from __future__ import annotations

from torch import nn

from ..config import ClassifierArgs, Seq2SeqArgs
from .classifier import SequenceClassifier
from .seq2seq import Seq2Seq


def build_model(args: ClassifierArgs | Seq2SeqArgs) -> nn.Module:
    """A freshly initialised network for the given arguments."""
    if isinstance(args, ClassifierArgs):
        return SequenceClassifier(args)
    return Seq2Seq(args)


__all__ = ["SequenceClassifier", "Seq2Seq", "build_model"]
