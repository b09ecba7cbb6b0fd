"""Run settings: `gbimport.toml`, then the environment, then command-line options.

Later sources override earlier ones. The API key is only ever taken from the environment,
a prompt or the caller, never from the settings file (a file gets committed and shared).
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import tomllib
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

import httpx
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from importer._credentials import is_loopback
from importer._settings_beside import COMPARED, check_beside_agrees
from importer._sheet_setting import sheet_setting_blamed
from importer._toml_lines import key_line
from importer._toml_problems import at_its_line, syntax_fix, toml_text, toml_value
from importer.errors import ConfigError, MappingError
from importer.mapping import Mapping as MappingFile
from importer.mapping import builtin_mapping_names, find_mapping_file
from importer.model import listed
from importer.report import REPORT_FORMATS, format_problem
from importer.zones import timezone_setting

DEFAULT_API_URL = "https://builder.guidebook.com/open-api/v1.1/"
API_PATH = "/open-api/v1.1/"
DEFAULT_CONFIG_NAME = "gbimport.toml"
DAILY_BUDGET = 10_000

ENV_KEYS = {
    "GUIDEBOOK_API_KEY": "api_key",
    "GUIDEBOOK_API_URL": "api_url",
    "GUIDEBOOK_GUIDE": "guide",
}


class Settings(BaseModel):
    """Everything a plan or a run needs besides the spreadsheet itself."""

    # hide_input_in_errors: a value echoed back may be an API URL that holds the key.
    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)

    api_url: str = DEFAULT_API_URL
    api_key: SecretStr | None = None
    guide: int | None = Field(default=None, gt=0)
    mapping: str | None = None
    timezone: str | None = None
    rate: float = Field(default=5.0, gt=0)
    concurrency: int = Field(default=4, ge=1, le=64)
    timeout: float = Field(default=30.0, gt=0)
    max_retry_wait: float = Field(default=120.0, ge=0)
    report: str | None = None
    daily_budget: int = Field(default=DAILY_BUDGET, gt=0)
    allow_images_outside: bool = False
    max_image_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    state_file: str | None = None  # default: .gbimport-state.json beside the spreadsheet
    # The sheet(s) to read, as --sheet takes them: a cron job's workbook kept on one tab per
    # day needs "all" every night, and a crontab line is easy to get wrong.
    sheet: str | int | list[str | int] | None = None
    # Publish the guide after a run that changed it: the API's changes reach attendees' apps
    # only then, and a nightly sync has nobody to click Publish in Builder.
    publish: bool = False
    # The settings file named by --config, for a command printed to be run by hand (the
    # publish a run could not make) to read the same one.
    _config_file: str | None = PrivateAttr(default=None)
    # The settings file load_settings read, in full (--config's, or gbimport.toml in the
    # folder started in): plan and run name it, as two folders' files may name two guides.
    _settings_file: str | None = PrivateAttr(default=None)
    # That file and the one beside the sheet name different guides or APIs, for a rehearsal
    # on this machine's sandbox (any other such run stops): said before any write.
    _settings_warning: str | None = PrivateAttr(default=None)
    # The settings file that gave `sheet`, and its labeller: a tab it names that the workbook
    # lacks is blamed on its line (see sheet_setting_blamed).
    _sheet_set_in: tuple[str, Callable[[str], str]] | None = PrivateAttr(default=None)

    @property
    def config_file(self) -> str | None:
        return self._config_file

    @property
    def settings_file(self) -> str | None:
        return self._settings_file

    @property
    def settings_warning(self) -> str | None:
        return self._settings_warning

    def sheet_setting_blamed(self) -> contextlib.AbstractContextManager[None]:
        """Around reading the sheets `sheet` names: a tab the settings file named that the
        workbook lacks is told as that file's line, with the fix."""
        return sheet_setting_blamed(self.sheet, self._sheet_set_in)

    @model_validator(mode="wrap")
    @classmethod
    def _bad_values_as_config_error(cls, values: Any, handler: ModelWrapValidatorHandler[Settings],
                                    info: ValidationInfo) -> Settings:
        """`Settings(rate=0)` in a program fails as every other setting does, with a
        ConfigError saying what the value takes (load_settings names each value's source
        itself). Raised outside the `except`: the error left as its context echoes values."""
        if info.context is _SOURCES_NAMED:
            return handler(values)
        try:
            return handler(values)
        except ValidationError as exc:
            problem = _describe_validation_error(
                exc, dict.fromkeys(cls.model_fields, _argument_label), {})
        raise ConfigError(problem)

    @field_validator("api_url")
    @classmethod
    def _has_scheme(cls, url: str) -> str:
        # Without one, httpx reads '127.0.0.1:8000' as scheme '127.0.0.1': every later message
        # about the URL comes out garbled. The URL is not echoed: it may hold a key.
        if _is_web_url(url):
            return url
        raise ValueError(
            "the API URL must start with https:// (or http:// for this machine); "
            f"write it in full, such as {_suggested_api_url(url)}"
        )

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, name: str | None) -> str | None:
        return None if name is None else timezone_setting(name)

    @field_validator("report")
    @classmethod
    def _report_format(cls, path: str | None) -> str | None:
        # Checked here, where it is known whether the file or an option gave the path.
        if path is not None and (problem := format_problem(path, REPORT_FORMATS,
                                                           what="report")) is not None:
            raise ValueError(problem)
        return path

    def require_guide(self) -> int:
        if self.guide is None:
            raise ConfigError(
                "no guide id: pass --guide ID, set GUIDEBOOK_GUIDE, or put `guide = ID` "
                f"in {DEFAULT_CONFIG_NAME}"
            )
        return self.guide

    def require_api_key(self) -> str:
        if self.api_key is None or not self.api_key.get_secret_value():
            # Met in Python alone (the command asks for the key, or says how to give it,
            # first), where nothing prompts and a Settings built by hand reads no variable.
            raise ConfigError(
                "no API key: give Settings(api_key=...), or set GUIDEBOOK_API_KEY (Guidebook "
                "Builder > Settings > API) and read the settings with load_settings()"
            )
        return self.api_key.get_secret_value()


# The validation context of load_settings, which describes a bad value naming its source.
_SOURCES_NAMED: dict[str, bool] = {}

# Every setting but the key, which a file must not hold (it gets committed and shared).
FILE_KEYS = tuple(key for key in Settings.model_fields if key != "api_key")


def _is_web_url(url: str) -> bool:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.host)


def _suggested_api_url(url: str) -> str:
    """The URL most likely meant: http:// for this machine (a sandbox), else https://, and the
    API's path. Only a host that reads as one is repeated, and never the rest: a key pasted
    into the wrong variable must not be printed back."""
    generic = f"{DEFAULT_API_URL}, or http://127.0.0.1:PORT{API_PATH} for a local sandbox"
    guess = f"http://{url.strip()}"
    if "://" in url or not _is_web_url(guess):
        return generic
    parsed = httpx.URL(guess)
    if not (is_loopback(parsed.host) or _HOST_NAME.match(parsed.host)) or \
            _TOKEN_LIKE.search(parsed.host):
        return generic
    path = parsed.path if _API_PATH.match(parsed.path) else API_PATH
    return str(httpx.URL(scheme="http" if is_loopback(parsed.host) else "https",
                         host=parsed.host, port=parsed.port, path=path))


# A DNS name as people type one: short labels of letters, digits and hyphens, a dot between.
# A key is one long run of characters (or a JWT's three long ones).
_API_PATH = re.compile(r"^/open-api/v1(\.1)?/$")
_HOST_NAME = re.compile(r"^(?=.{1,100}$)([a-z0-9-]{1,30}\.)+[a-z]{2,20}$")


def load_settings(
    config: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    option_label: Callable[[str], str] | None = None,
    spreadsheet: str | Path | None = None,
    reads: Collection[str] = FILE_KEYS,
    **options: Any,
) -> Settings:
    """Merge the settings file, the environment and explicit options (None = not given).

    `option_label` names an option as the caller's user wrote it (the CLI: `rate` ->
    `command-line option --rate`), so a bad value is blamed on the source it came from.
    `spreadsheet`, the sheet to be read, with `reads`, the settings the command uses: a
    gbimport.toml beside it, left unread, that sets some of them stops it (ConfigError).
    """
    path = Path(config) if config is not None else Path(DEFAULT_CONFIG_NAME)
    in_file, text = _read_config_file(path, named=config is not None)
    file_label = _file_label(path, text)
    values, origins = _merge([
        (in_file, file_label),
        (_read_environment(os.environ if env is None else env), _environment_label),
        ({key: value for key, value in options.items() if value is not None},
         option_label or _argument_label),
    ])
    mistyped = {key: problem for key in Settings.model_fields
                if origins.get(key) is file_label
                and (problem := _toml_type_problem(key, values[key], file_label))}
    settings = _settings_from(
        {key: v for key, v in values.items() if key not in mistyped}, origins, mistyped)
    if spreadsheet is not None and not path.exists():
        _check_none_left_beside(Path(spreadsheet), [key for key in reads if key not in origins])
    elif spreadsheet is not None and config is None:
        settings._settings_warning = _check_beside_agrees(
            path, Path(spreadsheet), settings,
            [key for key in COMPARED if key in reads and origins.get(key) in (None, file_label)])
    settings._config_file = None if config is None else str(config)
    settings._settings_file = str(path.absolute()) if path.is_file() else None
    if origins.get("sheet") is file_label:
        settings._sheet_set_in = (str(path), file_label)
    origin = origins.get("mapping")
    # A name in the file was looked for beside it too (see _paths_from): say so if not found.
    beside = path.parent / "mappings" if origin is file_label else None
    _check_mapping_exists(settings.mapping, origin("mapping") if origin else "", beside)
    return settings


# Names where a setting's value came from, for a message about it: asked for only when a value
# is refused, so a good run never looks for a key's line in the file.
Labeller = Callable[[str], str]


def _file_label(path: Path, text: str) -> Labeller:
    """'gbimport.toml:3: rate', as a mapping's errors name their key's line: an editor or
    a terminal opens the file there, and a planner finds the line among many."""
    def label(key: str) -> str:
        line = key_line(text, (key,))
        return f"{path}:{line}: {key}" if line else f"{path}: {key}"
    return label


def _settings_from(values: dict[str, Any], origins: Mapping[str, Labeller],
                   mistyped: Mapping[str, str]) -> Settings:
    try:
        settings = Settings.model_validate(values, context=_SOURCES_NAMED)
    except ValidationError as exc:
        problem = _describe_validation_error(exc, origins, mistyped)
    else:
        if not mistyped:
            return settings
        problem = "; ".join(mistyped.values())
    # Raised outside the `except`: the ValidationError as its context would echo the values.
    raise ConfigError(problem)


def _check_none_left_beside(spreadsheet: Path, not_given: list[str]) -> None:
    """Cron starts a job in the home folder: `gbimport run /srv/event/schedule.xlsx` there
    finds no gbimport.toml, and the one beside the sheet went unheeded without a word (a
    nightly run that publishes nothing, exits 0 and so is never mailed)."""
    beside = spreadsheet.parent / DEFAULT_CONFIG_NAME
    if not beside.is_file():
        return
    try:
        unread = [key for key in _read_config_file(beside, named=False)[0] if key in not_given]
    except ConfigError:  # a file that cannot be read is no stop of this run's: name it alone
        unread = ["settings"]
    if unread:
        raise ConfigError(
            f"{beside} was not read: settings are read from {DEFAULT_CONFIG_NAME} in the "
            f"folder gbimport is started in ({Path.cwd()}, which has none), so this run would "
            f"go without that file's {', '.join(unread)}. Start the job in the sheet's folder "
            f"(cd {beside.parent} && gbimport ...), or give --config {beside}")


def _check_beside_agrees(read: Path, spreadsheet: Path, settings: Settings,
                         compared: list[str]) -> str | None:
    """gbimport.toml in the folder started in was read: the one beside the sheet must not name
    another guide or API for what that file (or a default) decided (see _settings_beside)."""
    beside = spreadsheet.parent / DEFAULT_CONFIG_NAME
    if not compared or not beside.is_file() or beside.resolve() == read.resolve():
        return None
    try:
        beside_values = _read_config_file(beside, named=False)[0]
    except ConfigError:  # not read, and so no stop: it names nothing this run could go by
        return None
    return check_beside_agrees(read.absolute(), beside.resolve(), beside_values,
                               {key: getattr(settings, key) for key in compared},
                               settings.api_url)


def _check_mapping_exists(mapping: str | None, origin: str, beside: Path | None) -> None:
    """Look for the mapping now, while it is known which file or option named it."""
    if mapping is None:
        return
    try:
        find_mapping_file(mapping, also_in=beside)
    except MappingError as error:
        raise MappingError(f"{origin}: {error}" if origin else str(error)) from None


def _merge(
    sources: list[tuple[dict[str, Any], Labeller]],
) -> tuple[dict[str, Any], dict[str, Labeller]]:
    """Later sources override earlier ones; `origins` remembers where each value came from."""
    values: dict[str, Any] = {}
    origins: dict[str, Labeller] = {}
    for source, label in sources:
        values.update(source)
        origins.update(dict.fromkeys(source, label))
    return values, origins


def _read_config_file(path: Path, *, named: bool) -> tuple[dict[str, Any], str]:
    """The file's settings, and its text to find a refused value's line in."""
    if not path.exists():
        if named:
            raise ConfigError(f"{path}: settings file not found; check the --config path")
        return {}, ""
    if path.is_dir():
        raise ConfigError(f"{path} is a folder, not a settings file: give the path of the "
                          ".toml file with --config")
    try:
        text = toml_text(path.read_bytes())
        values = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        fix = syntax_fix(text, str(exc), quote_back=False)  # the value may be the key
        raise ConfigError(f"{at_its_line(str(path), str(exc))}; {fix}") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except OSError as exc:  # most often written by another user, mode 600, and run by cron
        raise ConfigError(f"{path}: cannot read the settings file ({exc.strerror or exc}); "
                          "let the user that runs gbimport read it") from None
    _refuse_a_mapping(path, values, text)
    if loc := _api_key_written(values):
        line = key_line(text, loc)
        raise ConfigError(
            f"{path}:{f'{line}:' if line else ''} {'.'.join(loc)}: the API key does not belong "
            "in a settings file; remove it and set GUIDEBOOK_API_KEY in the environment instead"
        )
    return _paths_from(path.parent, values), text


def _api_key_written(values: dict[str, Any]) -> tuple[str, ...] | None:
    """Where the file writes the API key: at the top, or under a heading of its own that a
    user put the settings in ([guidebook]), where it is as much in a file that gets shared."""
    for key, value in values.items():
        if _names_the_api_key(key):
            return (key,)
        if isinstance(value, dict) and (
                inner := next((name for name in value if _names_the_api_key(name)), None)):
            return key, inner
    return None


def _names_the_api_key(key: str) -> bool:
    """api_key, or the key under another name a cron user would write (GUIDEBOOK_API_KEY, as
    in the crontab; apikey; token): refused alike, not listed as one more unknown setting
    while the key stays in a file that gets committed and shared."""
    return re.sub(r"[^a-z]", "", key.lower()).removeprefix("guidebook") in _KEY_NAMES


_KEY_NAMES = frozenset({"apikey", "key", "token", "apitoken", "accesstoken", "secret"})


def _refuse_a_mapping(path: Path, values: dict[str, Any], text: str) -> None:
    """`--config my-event.toml` meant as --mapping (or a mapping saved as gbimport.toml): said
    once, rather than each of its keys being told to move to the mapping file it is."""
    if "fields" not in values or not values.keys() <= MappingFile.model_fields.keys():
        return
    fix = f"give it with --mapping {path} instead" if path.name != DEFAULT_CONFIG_NAME else (
        f"rename it (such as to my-event.toml: {DEFAULT_CONFIG_NAME} in the folder is read as "
        "the settings) and give it with --mapping")
    line = key_line(text, ("fields",))
    raise ConfigError(f"{path}:{line}: [fields] makes this file a mapping, not settings; {fix}")


def _paths_from(folder: Path, values: dict[str, Any]) -> dict[str, Any]:
    """Paths in a settings file are relative to the file, so cron can run from anywhere."""
    for key in ("mapping", "report", "state_file"):
        value = values.get(key)
        if not isinstance(value, str) or Path(value).is_absolute():
            continue
        if key == "mapping" and "/" not in value and not value.endswith(".toml"):
            # A mapping's name: a built-in, or one in mappings/ beside this file (as
            # ./mappings/ would be, run from here).
            beside = folder / "mappings" / f"{value}.toml"
            if value not in builtin_mapping_names() and beside.is_file():
                values[key] = str(beside)
            continue
        values[key] = str(folder / value)
    return values


def _read_environment(env: Mapping[str, str]) -> dict[str, Any]:
    return {field: env[name] for name, field in ENV_KEYS.items() if env.get(name)}


def _environment_label(field: str) -> str:
    name = next(name for name, known in ENV_KEYS.items() if known == field)
    return f"environment variable {name}"


def _argument_label(field: str) -> str:
    return f"argument {field}"


def _describe_validation_error(
    exc: ValidationError, origins: Mapping[str, Labeller], mistyped: Mapping[str, str]
) -> str:
    """One clause per bad value, each naming the source the user has to fix, in the order
    of the settings' fields (`mistyped`: those the file wrote in another TOML type)."""
    problems = dict(mistyped)
    for error in exc.errors():
        # A setting of several types (sheet) fails once per type: say it once.
        field = str(error["loc"][0])
        if field not in problems:
            label = origins.get(field)
            problems[field] = _describe_one(error, field, label(field) if label else f"'{field}'")
    order = list(Settings.model_fields)
    return "; ".join(problems[field] for field in sorted(
        problems, key=lambda field: order.index(field) if field in order else len(order)))


def _describe_one(error: Any, field: str, where: str) -> str:
    if error["type"] == "extra_forbidden":
        # Only a file holds keys of its own choosing: the environment and options are fixed.
        # GUIDEBOOK_TIMEZONE: a crontab's style, as if every setting had a variable
        plain = field.lower().removeprefix("guidebook_")
        close = difflib.get_close_matches(plain, FILE_KEYS, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(sorted(FILE_KEYS))}"
        if field in MappingFile.model_fields:  # [fields.tracks] written in the settings file
            hint = (f"{field} belongs in the mapping file, not the settings: move it there "
                    "and name that file with mapping = \"...\"")
        if isinstance(table := error["input"], dict) and table.keys() & set(FILE_KEYS):
            hint = (f"settings under a [{field}] heading are not read: write "
                    f"{listed(list(table))} at the top of the file, above any heading")
        if field.upper() in ENV_KEYS:  # GUIDEBOOK_GUIDE = 3, copied from a crontab's line
            hint = f"the environment variable's name; in this file: {ENV_KEYS[field.upper()]!r}"
        return f"{where}: unknown setting ({hint})"
    if error["type"] == "value_error":  # our validators' own words, whole, with the fix
        return f"{where}: {str(error['msg']).removeprefix('Value error, ')}"
    if field == "api_key":  # never echo the key, not even a malformed one
        return (f"{where}: expected the API key as text in quotes; write it in quotes"
                if error["type"] == "string_type" else f"{where}: {error['msg']}")
    # Pydantic's words ("Input should be greater than 0") name neither the unit nor the way
    # out; say what the setting takes, as a mapping's errors do.
    got = _shown_input(error["input"])
    if field in ALLOWED:
        default = Settings.model_fields[field].default
        keep = "" if default is None else \
            f", or leave it out for the default ({_shown_input(default)})"
        return f"{where}: expected {ALLOWED[field]}, got {got}; change it{keep}"
    if error["type"] == "string_type":  # a path or a name given as a number
        return f"{where}: expected text in quotes, got {got}; write it in quotes"
    return f"{where}: {error['msg']} (got {got})"


def _toml_type_problem(field: str, value: Any, label: Labeller) -> str | None:
    """A switch or a number in the file must be TOML's own: read leniently, `guide = true`
    is guide 1, `rate = true` a rate of 1 and `publish = "yes"` true."""
    annotation = Settings.model_fields[field].annotation
    if annotation is bool:
        if isinstance(value, bool):
            return None
        fix = "write true or false, without quotes" if isinstance(value, str) else \
            "write true or false"
    elif field in ALLOWED and field != "sheet":  # a number
        if isinstance(value, bool):
            fix = "change it"
        elif isinstance(value, str) and _reads_as_number(value):
            fix = "write it without quotes"
        else:  # a number, or what the settings' own check refuses ("5 MB")
            return None
    elif field == "sheet" and any(isinstance(v, bool) for v in _listed(value)):
        fix = "change it"  # true would be sheet 1, the second
    elif field == "sheet" and value == []:  # read as no choice: the first sheet with data
        fix = "name at least one, or leave it out for the first sheet holding data"
    else:
        return None
    return f"{label(field)}: expected {ALLOWED[field]}, got {_shown_input(value)}; {fix}"


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _reads_as_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# What each number or switch takes.
ALLOWED = {
    "guide": "a whole number above 0 (the guide's id)",
    "rate": "a number above 0 (requests per second)",
    "concurrency": "a whole number from 1 to 64 (requests in flight at once)",
    "timeout": "a number above 0 (seconds per request)",
    "max_retry_wait": "a number of 0 or more (seconds of retrying one request)",
    "daily_budget": "a whole number above 0 (requests per day)",
    "max_image_bytes": "a whole number above 0 (bytes)",
    "allow_images_outside": "true or false",
    "publish": "true or false",
    "sheet": "a sheet's name or 0-based number, \"all\", or a list of names",
}


def _shown_input(value: Any) -> str:
    """The bad value as TOML writes it, unless it could be a key pasted into the wrong place
    (a long token)."""
    if isinstance(value, str) and (len(value) > 40 or _TOKEN_LIKE.search(value)):
        return "a long token (not repeated: it may be a key)"
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # --rate 0 arrives as 0.0
    return toml_value(value)


_TOKEN_LIKE = re.compile(r"[A-Za-z0-9_\-]{20,}")
