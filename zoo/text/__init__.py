"""Text in: subword tokenizers, text checks and truncation, the ASCII word cache."""
