"""The frame around `--help` and usage errors, in Dutch.

typer (0.29) prints its help with rich and carries its own copy of click, whose fixed strings
("Usage:", "Show this message and exit.", "Missing argument", …) do not go through gettext. So the
Dutch frame is set here, in one place: typer's display strings (module constants), typer's own
gettext hook, the help option and usage line of our command classes, and a translation of the
usage-error messages. `tests/test_cli.py` checks the real `--help` output of every command.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from typing import Any

import typer
import typer.core
from typer import _click
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

HELP_OPTION = "Toon deze hulp en stop."

_TYPER_TEXT = {
    "(dynamic)": "(berekend)",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "Arguments": "Argumenten",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Missing command.": "Geef een opdracht.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "Aborted!": "Afgebroken.",
}

_ERRORS: list[tuple[str, str]] = [
    (r"^Missing argument '(.+?)'\.$", r"Argument ‘\1’ ontbreekt."),
    (r"^Missing option '(.+?)'\.$", r"Optie ‘\1’ ontbreekt."),
    (r"^Missing parameter: (.+)$", r"‘\1’ ontbreekt."),
    (r"^No such option: (\S+?)(?: Did you mean (\S+?)\?)?(?: \(Possible options: (.+)\))?$",
     "_option"),
    (r"^Onbekende opdracht '(.+?)'\.(?: Did you mean '(.+?)'\?)?$", "_command"),
    (r"^No such command '(.+?)'\.(?: Did you mean '(.+?)'\?)?$", "_command"),
    (r"^Got unexpected extra arguments? \((.*)\)$", r"Onverwacht extra argument: \1."),
    (r"^Option '(.+?)' requires an argument\.$", r"Optie ‘\1’ vraagt een waarde."),
    (r"^Option '(.+?)' requires (\d+) arguments\.$", r"Optie ‘\1’ vraagt \2 waarden."),
    (r"^Option '(.+?)' does not take a value\.$", r"Optie ‘\1’ neemt geen waarde."),
    (r"^Invalid value for (.+?): (.*)$", "_value"),
    (r"^Invalid value: (.*)$", "_value1"),
]

_VALUES: list[tuple[str, str]] = [
    (r"^Value error, (.*)$", r"\1"),
    (r"^Input should be a valid integer.*$", "dit is geen geheel getal."),
    (r"^Input should be greater than or equal to (\S+)$", r"dit moet minstens \1 zijn."),
    (r"^Input should be (.*)$", r"verwacht: \1."),
    (r"^(.+) is not one of (.+)\.$", r"\1 is geen van \2."),
    (r"^'(.*)' is not a valid integer\.?$", r"‘\1’ is geen geheel getal."),
    (r"^(.+) is not a valid integer\.?$", r"\1 is geen geheel getal."),
    (r"^(.+) is not in the range (.+)\.$", r"\1 ligt niet in het bereik \2."),
    (r"^(.+) is not a valid (.+)\.$", r"\1 is geen geldige \2."),
]


def _translate_value(text: str) -> str:
    for pattern, repl in _VALUES:
        if re.match(pattern, text, re.S):
            text = re.sub(pattern, repl, text, flags=re.S)
    return text


def dutch_usage_error(message: str) -> str:
    """A click usage-error message in Dutch (unknown messages pass unchanged)."""
    for pattern, repl in _ERRORS:
        m = re.match(pattern, message, re.S)
        if not m:
            continue
        if repl == "_option":
            text = f"Onbekende optie: {m.group(1)}."
            if m.group(2):
                text += f" Bedoelde u {m.group(2)}?"
            elif m.group(3):
                text += f" (Mogelijk: {m.group(3)})"
            return text
        if repl == "_command":
            return f"Onbekende opdracht ‘{m.group(1)}’." + (
                f" Bedoelde u ‘{m.group(2)}’?" if m.group(2) else "")
        if repl == "_value":
            return f"Ongeldige waarde voor {m.group(1)}: {_translate_value(m.group(2))}"
        if repl == "_value1":
            return f"Ongeldige waarde: {_translate_value(m.group(1))}"
        return m.expand(repl)
    return message


def _type_label(param: Any) -> str:
    """What the help shows as the kind of value a parameter takes, in Dutch."""
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    name = getattr(annotation, "__name__", str(annotation))
    if isinstance(param, TyperOption) and (param.is_flag or name == "bool"):
        return ""
    if getattr(param.type_descriptor, "is_choice", False):
        return param.display_type(None) if hasattr(param, "display_type") else ""
    labels = {"Path": "PAD", "str": "TEKST", "int": "GETAL"}
    if "list[" in str(annotation) or param.nargs != 1:
        inner = "PAD" if "Path" in str(annotation) else "TEKST"
        return f"{inner}..."
    return labels.get(name, name.upper())


class _DutchFrame:
    """Help option and usage line in Dutch; parameter types as Dutch words."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION
        return option

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = " ".join(self.collect_usage_pieces(ctx))  # type: ignore[attr-defined]
        pieces = pieces.replace("[OPTIONS]", "[OPTIES]").replace("COMMAND [ARGS]...",
                                                                 "OPDRACHT [ARGUMENTEN]...")
        formatter.write_usage(ctx.command_path, pieces, prefix="Gebruik: ")

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if isinstance(param, TyperArgument | TyperOption) and \
                    getattr(param, "type_descriptor", None) is not None:
                label = _type_label(param)
                param.display_type_rich = lambda ctx=None, label=label: label or None
        return params


class DutchGroup(_DutchFrame, TyperGroup):
    """The `protocolmaker` group with a Dutch help frame."""


class DutchCommand(_DutchFrame, TyperCommand):
    """A `protocolmaker` command with a Dutch help frame."""


class _LazyRichUtils(types.ModuleType):
    """Stands in for `typer.rich_utils` until typer first uses it (for help or an error): the
    module imports rich's Markdown renderer and costs about 0.09 s CPU, which a build that
    prints neither never needs. typer reaches it with `from . import rich_utils`, which takes
    the attribute of the package as it is; the first attribute read imports the real module,
    makes it Dutch and puts it in this one's place."""

    def __getattr__(self, name: str) -> Any:
        import importlib
        import sys

        sys.modules.pop("typer.rich_utils", None)
        real = importlib.import_module("typer.rich_utils")
        _dutch_rich_utils(real)
        typer.rich_utils = real  # type: ignore[attr-defined]
        return getattr(real, name)


def install() -> None:
    """Set typer's display strings and gettext hook to Dutch (idempotent), and register the
    shell completion classes (`_PROTOCOLMAKER_COMPLETE=complete_bash …`)."""
    import sys

    from typer._completion_classes import completion_init

    completion_init()
    typer.core._ = lambda text: _TYPER_TEXT.get(text, text)  # type: ignore[attr-defined]
    loaded = sys.modules.get("typer.rich_utils")
    if loaded is not None and not isinstance(loaded, _LazyRichUtils):
        _dutch_rich_utils(loaded)
    elif not isinstance(getattr(typer, "rich_utils", None), _LazyRichUtils):
        typer.rich_utils = _LazyRichUtils("typer.rich_utils")  # type: ignore[attr-defined]


def _dutch_rich_utils(rich_utils: Any) -> None:
    rich_utils.DEPRECATED_STRING = "(verouderd) "
    rich_utils.DEFAULT_STRING = "[standaard: {}]"
    rich_utils.ENVVAR_STRING = "[omgevingsvariabele: {}]"
    rich_utils.REQUIRED_LONG_STRING = "[verplicht]"
    rich_utils.ARGUMENTS_PANEL_TITLE = "Argumenten"
    rich_utils.OPTIONS_PANEL_TITLE = "Opties"
    rich_utils.COMMANDS_PANEL_TITLE = "Opdrachten"
    rich_utils.ERRORS_PANEL_TITLE = "Fout"
    rich_utils.ABORTED_TEXT = "Afgebroken."
    rich_utils.RICH_HELP = "Zie '{command_path} {help_option}' voor hulp."
    if not getattr(rich_utils.rich_format_error, "dutch", False):
        rich_utils.rich_format_error = _dutch_errors(rich_utils.rich_format_error)


def _dutch_errors(show: Callable[[Any], None]) -> Callable[[Any], None]:
    def rich_format_error(exc: _click.ClickException) -> None:
        message = dutch_usage_error(exc.format_message())
        exc.format_message = lambda: message  # type: ignore[method-assign]
        show(exc)

    rich_format_error.dutch = True  # type: ignore[attr-defined]
    return rich_format_error
