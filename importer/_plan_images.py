"""The rows' images in the plan: an unusable one makes its row invalid, a changed one is a
change, and an emptied image cell is warned that the session keeps its image."""

from __future__ import annotations

from collections import defaultdict

from importer._names_to_create import keep_names_still_sent
from importer._plan_value import Plan, PlannedRow
from importer.images import ImageFile, SavedState
from importer.model import RowIssue, row_prefix
from importer.payloads import FieldChange


def attach_images(
    plan: Plan,
    images: dict[tuple[str | None, int], ImageFile],
    issues: list[RowIssue],
    state: SavedState,
    column: str = "image",
) -> None:
    """Rows whose image is unusable become invalid; a changed image becomes a change.
    `images` by (sheet, row): the sheet is None unless several sheets were read.
    `column`: the image column's header, as the sheet writes it."""
    plan.saved_state = state
    problems: dict[tuple[str | None, int], list[RowIssue]] = defaultdict(list)
    for issue in issues:
        problems[issue.sheet, issue.row or 0].append(issue)
    has_image = {int(s["id"]): bool(s.get("image")) for s in plan.state.sessions}
    for row in plan.rows:
        where = (row.result.sheet, row.result.row)
        if where in problems:
            row.action, row.changes = "invalid", []
            row.issues += problems[where]
        elif row.action not in ("invalid", "skipped"):
            shown = row.session_id is not None and has_image.get(row.session_id, False)
            _attach_image(row, images.get(where), state, shown, column)
    if problems:  # rows made invalid here: their new tracks and rooms are not needed
        keep_names_still_sent(plan)


def _attach_image(row: PlannedRow, image: ImageFile | None, state: SavedState, shown: bool,
                  column: str) -> None:
    """A row to send: its image goes with a create, or with an update when it is not the one
    last sent. `shown`: the guide's session has an image now."""
    # A session taken over from an earlier id is remembered under that id.
    earlier_id = next((c.old for c in row.changes if c.field == "import_id"), None)
    sent = state.sent(row.result.import_id or "")
    if sent is None and earlier_id and (sent := state.sent(earlier_id)):
        state.record(row.result.import_id or "", sent)  # saved only by a run
    if image is None:
        if sent is not None and shown:  # until someone removes it in Builder
            row.issues.append(_image_kept_issue(row, column))
        elif sent is not None:
            state.forget(row.result.import_id or "")  # gone: filled in again, it is sent
        return
    row.image = image
    if row.action == "create":
        return
    if sent != image.sha256:
        old = "an earlier image" if sent else "an image" if shown else None
        row.changes.append(FieldChange("image", old, image.filename))
        row.action = "update"


def _image_kept_issue(row: PlannedRow, column: str) -> RowIssue:
    """An emptied image cell: say the image stays, rather than report the row unchanged."""
    return RowIssue(
        row.result.row, column, None, "image-kept", "warning",
        f"{row_prefix(row.result.row, row.result.sheet)}{column!r} is empty now, but the "
        "session keeps the image it was sent (gbimport does not take images off sessions: the "
        "Open API documents no way to); remove it in Guidebook Builder. This warning stays "
        "until then.", row.result.sheet)
