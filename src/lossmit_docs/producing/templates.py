"""Word templates rendered safely, and checked before a batch goes out.

Borrower text is data, never template: values are XML-escaped (autoescape) and never evaluated, so a name
such as `Tom & Jerry {{ 7*7 }}` prints as typed. A variable the context lacks is an error (StrictUndefined)
rather than a blank in a legal notice. Every output is reopened to prove Word can open it.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import docx
import jinja2
from docxtpl import DocxTemplate

from lossmit_docs.producing.contexts import as_context
from lossmit_docs.producing.formatting import FILTERS

# Characters XML 1.0 forbids: a stray one from OCR or a pasted name would make an unreadable .docx.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FIX_TAG = "open the template in Word or LibreOffice and correct the tag"


class TemplateProblem(Exception):
    """A template cannot be rendered; the message names the template, what is wrong and the fix."""

    def __init__(self, template: str, problem: str, fix: str) -> None:
        super().__init__(f"template {template}: {problem}; fix: {fix}")
        self.template = template
        self.problem = problem
        self.fix = fix


@dataclass(frozen=True)
class Problem:
    """One finding of `check_templates`, for the `lossmit templates check` listing."""

    template: str
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.template}: {self.problem} (fix: {self.fix})"


def _printable(value: Any) -> Any:
    return _XML_ILLEGAL.sub("", value) if isinstance(value, str) else value


def _strict(printer: Callable[..., Any]) -> Callable[..., Any]:
    """A filter given a missing variable reports the variable, not a confusing type error."""

    def checked(value: Any, *args: Any) -> Any:
        if isinstance(value, jinja2.Undefined):
            str(value)  # StrictUndefined raises UndefinedError naming the variable
        return printer(value, *args)

    return checked


def environment() -> jinja2.Environment:
    """The one Jinja setup every template gets: escaped, strict, with the money and date filters."""
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, finalize=_printable)
    env.filters.update({name: _strict(printer) for name, printer in FILTERS.items()})
    return env


def _syntax_problem(template: Path, exc: jinja2.TemplateSyntaxError) -> TemplateProblem:
    if isinstance(exc, jinja2.TemplateAssertionError):  # compiles, but names a filter that does not exist
        return TemplateProblem(template.name, f"unknown filter or test: {exc.message}",
                               f"use one of the filters {', '.join(sorted(FILTERS))}")
    near = " ".join(line.strip() for line in getattr(exc, "docx_context", []) if line.strip())
    where = f" near “{near[:160]}”" if near else ""
    return TemplateProblem(template.name, f"Jinja syntax error: {exc.message}{where}", FIX_TAG)


def _render(template: Path, context: Mapping[str, Any], out: str | Path | IO[bytes]) -> None:
    try:
        doc = DocxTemplate(str(template))
        doc.render(dict(context), jinja_env=environment(), autoescape=True)
        doc.save(out)
    except jinja2.TemplateSyntaxError as exc:
        raise _syntax_problem(template, exc) from exc
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(
            template.name, f"uses a variable the context does not supply ({exc.message})",
            "correct the variable's spelling in the template, or supply it in the document's context",
        ) from exc
    except jinja2.TemplateError as exc:
        raise TemplateProblem(template.name, f"cannot be rendered: {exc}", FIX_TAG) from exc
    except (TypeError, ValueError) as exc:
        raise TemplateProblem(template.name, f"a value cannot be printed: {exc}",
                              "give money as Decimal and dates as date in the document's context") from exc


def render(template: Path, context: Any, out: Path) -> Path:
    """Render a template with a context dataclass (or mapping) to `out`, and prove the result opens."""
    if not template.is_file():
        raise TemplateProblem(template.name, f"not found at {template}",
                              "restore it (templates/build_templates.py writes the starting set)")
    _render(template, as_context(context), out)
    try:
        docx.Document(str(out))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        raise TemplateProblem(template.name, f"rendered to a file Word cannot open ({exc})", FIX_TAG) from exc
    return out


def template_variables(path: Path) -> set[str]:
    """The top-level variables a template uses (loop variables and the like excluded)."""
    try:
        return DocxTemplate(str(path)).get_undeclared_template_variables(jinja_env=environment())
    except jinja2.TemplateSyntaxError as exc:
        raise _syntax_problem(path, exc) from exc


def _unknown_variable(template: Path, name: str, supplied: set[str]) -> Problem:
    close = difflib.get_close_matches(name, sorted(supplied), n=1)
    hint = f"did you mean {{{{ {close[0]} }}}}? " if close else ""
    return Problem(template.name, f"uses {{{{ {name} }}}}, which its context does not supply",
                   f"{hint}correct the spelling in Word; supplied: {', '.join(sorted(supplied))}")


def check_template(template: Path, build_context: Callable[[], Mapping[str, Any]]) -> list[Problem]:
    """Variables first (every unknown one listed), then a trial render to catch typos inside objects."""
    context = dict(build_context())
    try:
        unknown = template_variables(template) - set(context)
    except TemplateProblem as exc:
        return [Problem(exc.template, exc.problem, exc.fix)]
    if unknown:
        return [_unknown_variable(template, name, set(context)) for name in sorted(unknown)]
    try:
        _render(template, context, io.BytesIO())
    except TemplateProblem as exc:
        return [Problem(exc.template, exc.problem, exc.fix)]
    return []


def check_templates(templates_dir: Path,
                    context_builders: Mapping[str, Callable[[], Mapping[str, Any]]]) -> list[Problem]:
    """Every problem in a folder of templates, so a typo is caught before a thousand letters go out.

    `context_builders` maps a template's name (file stem) to a function giving a sample context.
    """
    problems: list[Problem] = []
    found = {path.stem: path for path in sorted(templates_dir.glob("*.docx")) if not path.name.startswith("~$")}
    for stem, path in found.items():
        builder = context_builders.get(stem)
        if builder is None:
            problems.append(Problem(path.name, "no document of this name is known to the program",
                                    f"rename it to one of: {', '.join(sorted(context_builders))}"))
            continue
        problems.extend(check_template(path, builder))
    for stem in sorted(set(context_builders) - set(found)):
        problems.append(Problem(f"{stem}.docx", f"missing from {templates_dir}",
                                "restore it (templates/build_templates.py writes the starting set)"))
    return problems
