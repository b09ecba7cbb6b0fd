"""Package names imported on first use (PEP 562), so importing a package loads none of its
heavy modules: `import importer` loads no pandas or httpx, and `gbimport validate` no FastAPI."""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping, Sequence
from importlib import import_module
from typing import Any


def names_on_first_use(
    package: str, homes: Mapping[str, str], namespace: MutableMapping[str, Any],
    public: Sequence[str],
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The package's `__getattr__` and `__dir__`: a name in `homes` (name -> module within the
    package) is imported from its module when first used, then kept in `namespace`."""

    def __getattr__(name: str) -> Any:
        if name in homes:
            namespace[name] = value = getattr(import_module(f"{package}.{homes[name]}"), name)
            return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*namespace, *public})

    return __getattr__, __dir__
