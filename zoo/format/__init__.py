"""The entry format: config.json, safetensors weights, tokenizers, model cards, checksums."""
