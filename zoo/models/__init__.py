"""Networks only: no I/O, no tokenization. `zoo.models.build.build_model(args)` builds one from its frozen args.

This package's __init__ imports nothing, so the torch-free modules (cells, numpy_net) load without torch.
"""
