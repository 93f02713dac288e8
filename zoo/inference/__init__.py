"""Loaded entries that answer: classifiers (torch and NumPy), translators, decoding, context atlases."""
