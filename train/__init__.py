"""Training: one shared loop (train.loop), batching, and thin task recipes."""
