"""What is installed: a generated package's version, read from its distribution's metadata."""

from importlib.metadata import PackageNotFoundError, version

__all__ = ["version_of"]


def version_of(dist: str, generated: str) -> str:
    """The installed version of the distribution `dist`, else `generated` (the version it was generated as: a
    package imported from a source tree is not installed)."""
    try:
        return version(dist)
    except PackageNotFoundError:
        return generated
