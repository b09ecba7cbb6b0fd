"""gbimport: put a conference schedule from a spreadsheet into Guidebook, and keep it in sync.

The pipeline, one module per stage: load -> mapping -> validate -> plan -> upload -> report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from importer._lazy import names_on_first_use

# The names below are imported on first use: the package itself loads no pandas or httpx,
# so the `gbimport` command starts with nothing heavy imported yet (see __main__.py).
if TYPE_CHECKING:
    from importer.draft import Draft, draft_mapping
    from importer.errors import GbImportError
    from importer.load import Sheet, load_sheet
    from importer.mapping import Mapping, load_mapping
    from importer.model import RowIssue, RowResult, SessionPayload
    from importer.plan import Plan
    from importer.report import ImportReport, RowOutcome, write_issues, write_report
    from importer.runner import plan_import, publish_guide, run_import
    from importer.settings import Settings, load_settings
    from importer.validate import ValidationReport, validate_file, validate_sheet

# The module each name is defined in: using a name imports that module alone (GbImportError
# loads no pandas).
_HOMES = {
    "Draft": "draft", "draft_mapping": "draft",
    "GbImportError": "errors",
    "Sheet": "load", "load_sheet": "load",
    "Mapping": "mapping", "load_mapping": "mapping",
    "RowIssue": "model", "RowResult": "model", "SessionPayload": "model",
    "Plan": "plan",
    "ImportReport": "report", "RowOutcome": "report", "write_issues": "report",
    "write_report": "report",
    "plan_import": "runner", "publish_guide": "runner", "run_import": "runner",
    "Settings": "settings", "load_settings": "settings",
    "ValidationReport": "validate", "validate_file": "validate", "validate_sheet": "validate",
}

__version__ = "0.1.0"

__all__ = [
    "Draft",
    "GbImportError",
    "ImportReport",
    "Mapping",
    "Plan",
    "RowIssue",
    "RowOutcome",
    "RowResult",
    "SessionPayload",
    "Settings",
    "Sheet",
    "ValidationReport",
    "draft_mapping",
    "load_mapping",
    "load_settings",
    "load_sheet",
    "plan_import",
    "publish_guide",
    "run_import",
    "validate_file",
    "validate_sheet",
    "write_issues",
    "write_report",
]


__getattr__, __dir__ = names_on_first_use(__name__, _HOMES, globals(), __all__)
