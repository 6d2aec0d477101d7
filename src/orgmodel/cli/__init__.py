"""The ``orgmodel`` command line. Subcommands live in their own modules and load on use,
so ``orgmodel --help`` and ``orgmodel check`` start without matplotlib or Graphviz."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from orgmodel.errors import InternalError, OrgmodelError, UserError

# name -> (module, attribute, one-line help shown by `orgmodel --help` without importing it)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "check": ("orgmodel.cli.check_cmd", "check", "Load model files and check their structure and legality."),
    "show": ("orgmodel.cli.show_cmd", "show", "Print a structure as an indented tree."),
    "schema": ("orgmodel.cli.schema_cmd", "schema", "Write the JSON Schema of model files."),
    "variants": ("orgmodel.cli.show_cmd", "variants", "List the variants of a structure with open choices."),
    "render": ("orgmodel.cli.render_cmd", "render", "Draw one structure as SVG, PDF or PNG."),
    "sheet": ("orgmodel.cli.render_cmd", "sheet", "Draw several structures side by side on one sheet."),
    "compare": ("orgmodel.cli.compare_cmd", "compare", "Metrics and design-choice axes of several structures."),
    "diff": ("orgmodel.cli.compare_cmd", "diff", "Differences between two structures."),
    "export": ("orgmodel.cli.export_cmd", "export", "Write a structure as GraphML, GEXF, Mermaid, Popolo, RDF, xlsx."),
    "import": ("orgmodel.cli.export_cmd", "import_cmd", "Read a body table (xlsx, csv) or Popolo into a model file."),
    "explore": ("orgmodel.cli.explore_cmd", "explore", "Write an interactive HTML page of one or more structures."),
    "powers": ("orgmodel.cli.regs_cmd", "powers", "The delegation table (toimivaltaluettelo) of a structure."),
    "regulations": ("orgmodel.cli.regs_cmd", "regulations",
                    "The organisation chapters of the hallintosääntö, or what changes between two drafts."),
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported only when they run."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[name]
        command: click.Command = getattr(importlib.import_module(module), attr)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


_HELP = f"""Governance structures as code: check model files against the law, draw and compare them.

\b
Exit codes: 0 clean, 1 findings, {UserError.exit_code} bad input (the message says file:line:column),
{InternalError.exit_code} internal error (a bug of ours: please report it).
"""
INTERRUPTED = 130  # what a shell reports for a program stopped by Ctrl-C


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]}, help=_HELP)
@click.version_option(package_name="orgmodel")
@click.option("--allow-extends-outside", is_flag=True,
              help="Let 'extends:' name base files outside the model's folder and the current folder.")
def cli(allow_extends_outside: bool) -> None:
    """The command group; its help text is ``_HELP``, which takes the exit codes from the exception classes.

    Its option is read by the subcommands' loaders (:func:`orgmodel.cli.common.allow_extends_outside`)."""


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI; bad input becomes a clear message and its class's exit code, never a traceback.

    With ``--format json`` the message is a JSON document on standard output instead
    (:func:`~orgmodel.cli.output.error_document`), so a script always gets JSON.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        return cli.main(args=args, prog_name="orgmodel", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(INTERRUPTED)
    except click.ClickException as e:  # click's usage errors are bad input; exit code 1 means findings here
        from .output import error_document  # here, not at the top: `orgmodel --help` does not need it

        if _wants_json(args):
            click.echo(error_document(e), nl=False)
        else:
            e.show()
        sys.exit(UserError.exit_code if e.exit_code in (1, 2) else e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except UserError as e:
        from .output import echo, error_document

        if _wants_json(args):
            click.echo(error_document(e), nl=False)
        else:
            echo(str(e), err=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)
    except Exception as e:  # a bug of ours, not the user's input: say so, briefly
        if os.environ.get("ORGMODEL_DEBUG"):
            raise
        from .output import echo

        echo(f"orgmodel: internal error: {type(e).__name__}: {e}\n"
             "(set ORGMODEL_DEBUG=1 to see the traceback, and please report it)", err=True)
        sys.exit(e.exit_code if isinstance(e, OrgmodelError) else InternalError.exit_code)


def _wants_json(args: list[str]) -> bool:
    """Whether the command line asks for JSON output (``--format json``, ``--format=json``, ``-f json``)."""
    for i, arg in enumerate(args):
        if arg in ("--format=json", "-fjson") or (arg in ("--format", "-f") and args[i + 1:i + 2] == ["json"]):
            return True
    return False
