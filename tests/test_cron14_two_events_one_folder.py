"""Two crontab lines, one per event, whose sheets share a folder, both at 02:30: the two runs
(two guides, so no lock between them) share the state file beside the sheets. Each read it
when it started; the one ending last must not write back the other guide's part as it was
then, or the other event's next night repeats its notes, sends its images again, and
forgets a publish it owes."""

from __future__ import annotations

from pathlib import Path

from importer.images import SavedState


def test_the_run_ending_last_keeps_what_the_other_event_saved(tmp_path: Path) -> None:
    path = tmp_path / ".gbimport-state.json"
    first, second = SavedState(path, 1), SavedState(path, 2)  # both started at 02:30
    first.record("sheet:T1", "a" * 64)
    first.tell_left(["sheet:T9"], "sheet:")
    first.unpublished = True  # its publish failed: the next night publishes
    first.save()
    second.record("sheet:K1", "b" * 64)
    second.save()
    next_night, other = SavedState(path, 1), SavedState(path, 2)
    assert (next_night.sent("sheet:T1"), next_night.left_told(), next_night.unpublished) == (
        "a" * 64, frozenset({"sheet:T9"}), True)
    assert other.sent("sheet:K1") == "b" * 64


def test_a_guide_saving_twice_keeps_its_own_latest(tmp_path: Path) -> None:
    path = tmp_path / ".gbimport-state.json"
    state = SavedState(path, 1)
    state.record("sheet:T1", "a" * 64)
    state.save()  # every 50 rows
    state.forget("sheet:T1")
    state.record("sheet:T2", "c" * 64)
    state.save()
    again = SavedState(path, 1)
    assert (again.sent("sheet:T1"), again.sent("sheet:T2")) == (None, "c" * 64)
