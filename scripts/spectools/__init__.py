"""The tools that read specs through the spec model: lint, docs, diff, release check, record (with
scrub), portability."""
