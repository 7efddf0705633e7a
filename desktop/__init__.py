"""Gesprächskompass: practise and reflect on difficult conversations in the immigration office."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Gesprächskompass"
