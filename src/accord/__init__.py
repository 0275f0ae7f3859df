"""Accord: security and defence news turned into verifiable, evidence-backed event data."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("accord")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
