"""Checks of the build itself: mypy on the generated packages, the workflows, the wheels."""
