"""The exchange's exceptions; each message is German and says what to do."""

from __future__ import annotations


class ExchangeError(Exception):
    """A share or feedback file that cannot be written or read (message in German)."""


class PackageRefused(ExchangeError):
    """An incoming file was refused as a whole; nothing from it was stored."""


class NothingToShare(ExchangeError):
    """The chosen entries cannot be shared (none chosen, or kept with personal data)."""
