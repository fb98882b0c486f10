"""Run a storyline command as a user would, for the CLI tests of this folder."""

from click.testing import CliRunner, Result

from storyline.cli import main


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)
