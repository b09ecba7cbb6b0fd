"""Parse benchmark: gbimport's load (+ map + validate) against a bare pandas read of the same file.

Run: `.venv/bin/python bench/parse.py [--rows 50000] [--out bench/out]`

Writes a sheet in Guidebook's template layout (title row, blank row, header on row 3) as xlsx
(openpyxl write_only) and as csv (UTF-8 with BOM, as Excel saves it), then measures, per format:

- the bare read: `pandas.read_csv(path)` / `pandas.read_excel(path, engine="calamine")`, told
  where the header is (`header=2`), i.e. the least work that yields a table;
- `importer.load.load_sheet(path)` alone;
- `importer.validate.validate_file(path, mapping=mappings/guidebook-template.toml,
  timezone="America/Chicago")`: load, map and validate, every issue found; each valid row's
  payload object is built when first read, so this is what `gbimport validate` costs;
- the same, then every payload object read (`report.payloads`), as `gbimport plan` does;
- and, once, the distinct HTML descriptions sanitised by nh3 alone (`importer.html.sanitize_html`),
  the floor under validating them.

Each measurement runs in its own fresh Python process, so one does not warm caches or the heap
for another. Time is wall-clock of the call alone (imports done beforehand). Memory is the
growth of the process's peak resident set (`ru_maxrss`) across the call: the peak after the call
minus the peak before it, after imports (of modules compiled beforehand: see main).
`tracemalloc` is not used because it does not see memory allocated by pandas' C parser or by
calamine's Rust code, which would flatter the bare read. One run each; the figures are printed,
nothing is asserted.
"""

from __future__ import annotations

import argparse
import compileall
import csv
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

HEADER = [
    "Session ID",
    "Session Title",
    "Date",
    "Time Start",
    "Time End",
    "Room/Location",
    "Schedule Track (Optional)",
    "Description (Optional)",
]
TITLE = "Benchmark Conference — Programme (times are Chicago local)"
ROOMS = [f"Room {n}" for n in range(101, 121)]
TRACKS = ["Data Engineering", "Machine Learning", "Visualisation", "Community", "Cloud"]
TOPICS = ["pipelines", "notebooks", "forecasting", "dashboards", "privacy", "testing", "geodata"]
SLOT_STARTS = [dt.time(h, m) for h in range(8, 18) for m in (0, 30)]  # 20 half-hour slots a day
REPO = Path(__file__).resolve().parent.parent


def session_rows(count: int) -> Iterator[list[object]]:
    """Yield `count` template rows: each (day, slot) fills every room once, so none overlap."""
    first_day = dt.date(2027, 1, 4)
    per_day = len(SLOT_STARTS) * len(ROOMS)
    for n in range(count):
        day = first_day + dt.timedelta(days=n // per_day)
        slot, room = divmod(n % per_day, len(ROOMS))
        start = SLOT_STARTS[slot]
        end = (dt.datetime.combine(day, start) + dt.timedelta(minutes=25)).time()
        yield [
            f"BEN-{n + 1:05d}",
            f"{TOPICS[n % len(TOPICS)].title()} in practice, part {n % 13 + 1}",
            day,
            start,
            end,
            ROOMS[room],
            track_cell(n),
            description(n),
        ]


def track_cell(n: int) -> str | None:
    if n % 9 == 0:
        return None
    first = TRACKS[n % len(TRACKS)]
    return f"{first}; {TRACKS[(n + 2) % len(TRACKS)]}" if n % 4 == 0 else first


def description(n: int) -> str | None:
    topic = TOPICS[n % len(TOPICS)]
    kind = n % 5
    if kind == 0:
        return None
    if kind == 1:
        return f"A short talk on {topic}, with examples, caveats and a live demo."
    if kind == 2:
        return (
            f"Why {topic} fail in production, and what to do about it.\n\n"
            f"Second paragraph: lessons from {n % 40 + 2} teams, tools, and a checklist."
        )
    if kind == 3:
        return (
            f"<p><strong>{topic.title()}</strong> from the ground up.</p>"
            f"<ul><li>Setup</li><li>Pitfalls, fixes</li></ul>"
            f'<p>Slides: <a href="https://example.org/s/{n}">example.org</a></p>'
        )
    return f"Hands-on session about {topic}; bring a laptop (Python 3.11+)."


def us_date(value: dt.date) -> str:
    return f"{value.month}/{value.day}/{value.year}"


def us_time(value: dt.time) -> str:
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([TITLE])
        writer.writerow([])
        writer.writerow(HEADER)
        for row in session_rows(rows):
            day, start, end = row[2], row[3], row[4]
            assert isinstance(day, dt.date) and isinstance(start, dt.time)
            assert isinstance(end, dt.time)
            writer.writerow([*row[:2], us_date(day), us_time(start), us_time(end), *row[5:]])


def write_xlsx(path: Path, rows: int) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Sessions")
    sheet.append([TITLE])
    sheet.append([])
    sheet.append(HEADER)
    formats = {2: "m/d/yyyy", 3: "h:mm AM/PM", 4: "h:mm AM/PM"}
    for row in session_rows(rows):
        cells: list[object] = []
        for index, value in enumerate(row):
            if index in formats:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = formats[index]
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    workbook.save(path)


MEASURE = r"""
import json, resource, sys, time
import pandas
kind, path, mapping = sys.argv[1], sys.argv[2], sys.argv[3]
import importer.load
try:
    import importer.validate
except ImportError:
    pass
def run():
    if kind == "html":  # the floor: the distinct HTML descriptions sanitised, nothing else
        return len([importer.html.sanitize_html(text) for text in html_cells])
    if kind == "bare":
        if path.endswith(".csv"):
            return len(pandas.read_csv(path, header=2))
        return len(pandas.read_excel(path, engine="calamine", header=2))
    if kind == "load":
        return len(importer.load.load_sheet(path).frame)
    result = importer.validate.validate_file(path, mapping=mapping, timezone="America/Chicago")
    if kind == "payloads":
        return len(result.payloads)
    for name in ("rows", "results"):
        if hasattr(result, name):
            return len(getattr(result, name))
    return len(result)
if kind == "html":
    import importer.html
    column = importer.load.load_sheet(path).frame["Description (Optional)"]
    html_cells = {text for text in column.dropna() if "<" in str(text)}
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
rows = run()
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kib": after - before, "rows": rows}))
"""


def measure(kind: str, path: Path, mapping: Path) -> dict[str, float] | None:
    """Run one measurement in a fresh interpreter; None when it cannot run (module missing)."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, kind, str(path), str(mapping)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        print(f"  {kind} on {path.name} failed: {last}", file=sys.stderr)
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def has_validate() -> bool:
    return (REPO / "importer" / "validate.py").exists()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    mapping = REPO / "mappings" / "guidebook-template.toml"
    files = {
        "csv": args.out / f"bench-{args.rows}.csv",
        "xlsx": args.out / f"bench-{args.rows}.xlsx",
    }
    write_csv(files["csv"], args.rows)
    write_xlsx(files["xlsx"], args.rows)
    # Compiled once here, so no measured process compiles the package's modules as it imports
    # them: compiling raises the peak taken before the call, and hid up to a tenth of the
    # growth the call itself makes (a first run after a checkout read lower than later ones).
    compileall.compile_dir(REPO / "importer", quiet=1)
    kinds = ["load", "validate", "payloads"] if has_validate() else ["load"]
    print(f"{args.rows} rows; time in seconds, peak = growth of max RSS in MiB, one run each")
    print(
        f"{'format':6} {'stage':9} {'bare s':>7} {'ours s':>7} {'ratio':>6} "
        f"{'bare MiB':>9} {'ours MiB':>9} {'ratio':>6}  rows"
    )
    bares = {}
    for fmt, path in files.items():
        bare = bares[fmt] = measure("bare", path, mapping)
        for kind in kinds:
            ours = measure(kind, path, mapping)
            print_line(fmt, kind, bare, ours)
    # What validating cannot go under on one thread, as validate runs it (nh3 releases the
    # GIL, and two threads cut this by about a third: see the README's Performance section).
    html = measure("html", files["csv"], mapping)
    if html is not None and bares["csv"] is not None:
        print(f"of which sanitising the {int(html['rows']):,} distinct HTML descriptions "
              f"alone (nh3): {html['seconds']:.3f} s, "
              f"{html['seconds'] / bares['csv']['seconds']:.2f}x the bare csv read")


def print_line(
    fmt: str, kind: str, bare: dict[str, float] | None, ours: dict[str, float] | None
) -> None:
    if bare is None or ours is None:
        print(f"{fmt:6} {kind:9} (could not run, see above)")
        return
    bare_mib, ours_mib = bare["peak_kib"] / 1024, ours["peak_kib"] / 1024
    print(
        f"{fmt:6} {kind:9} {bare['seconds']:7.3f} {ours['seconds']:7.3f} "
        f"{ours['seconds'] / bare['seconds']:6.2f} {bare_mib:9.1f} {ours_mib:9.1f} "
        f"{ours_mib / bare_mib if bare_mib else float('nan'):6.2f}  {int(ours['rows'])}"
    )


if __name__ == "__main__":
    main()
