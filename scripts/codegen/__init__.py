"""make generate: specs (through the spec model) -> generated/. The generator (generate.py), the facts
it reads from the spec model beyond openapi-python-client (sdkfacts.py), and its inputs: config.yaml,
templates/, runtime/ (copied into every package), extra/ (rendered from the spec)."""
