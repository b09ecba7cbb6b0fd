"""gbimport: put a conference schedule from a spreadsheet into Guidebook, and keep it in sync."""

from __future__ import annotations

__version__ = "0.1.0"
