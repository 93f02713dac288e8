"""Measuring entries: dataset readers and splits, metrics, evaluation on pairs or files."""
