"""Command line: ``python -m generator spec|lint|generate|check``."""

from __future__ import annotations

import argparse
import json
import sys

from generator.load import Precedence, load_spec
from generator.output import check_output, write_output
from generator.problems import ERROR, has_errors

DEFAULT_INPUT = "docs_input"
DEFAULT_OUTPUT = "generated"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("paths", nargs="*", default=[DEFAULT_INPUT], help="pages or directories of pages")
        sub.add_argument(
            "--prefer",
            choices=[p.value for p in Precedence],
            default=Precedence.SINGLE_ENDPOINT_PAGE.value,
            help="which page wins when an endpoint is documented differently twice",
        )
        return sub

    spec = command("spec", "write the intermediate spec")
    spec.add_argument("--format", choices=["json", "openapi"], default="json")
    spec.add_argument("-o", "--output", help="file to write (default: standard output)")
    lint = command("lint", "list every problem of the pages as file:line: message")
    lint.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    generate = command("generate", "regenerate the output tree from the pages")
    generate.add_argument("-o", "--output", default=DEFAULT_OUTPUT)
    check = command("check", "exit 1 when the output tree is not what the pages generate")
    check.add_argument("-o", "--output", default=DEFAULT_OUTPUT)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    spec = load_spec(args.paths, Precedence(args.prefer))
    errors = has_errors(spec.problems)
    if args.command == "lint":
        for problem in spec.problems:
            print(problem)
        warnings = len(spec.problems) - sum(p.severity == ERROR for p in spec.problems)
        print(f"{len(spec.problems) - warnings} errors, {warnings} warnings", file=sys.stderr)
        return 1 if errors or (args.strict and warnings) else 0
    for problem in spec.problems:
        if problem.severity == ERROR:
            print(problem, file=sys.stderr)
    if errors:
        print("the pages have errors (see above); run `python -m generator lint` for every finding", file=sys.stderr)
    if args.command == "spec":
        text = spec.to_json() if args.format == "json" else json.dumps(spec.to_openapi(), indent=2) + "\n"
        if args.output:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text)
        else:
            sys.stdout.write(text)
        return 1 if errors else 0
    if errors:
        return 1  # never generate from pages that could not be read whole
    if args.command == "generate":
        written = write_output(spec, args.output)
        print(f"{args.output}: {written} files changed", file=sys.stderr)
        return 0
    report = check_output(spec, args.output)
    if report:
        print(report, file=sys.stderr)
        return 1
    print(f"{args.output} is up to date", file=sys.stderr)
    return 0
