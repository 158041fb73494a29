"""A :class:`~reflect.report.Report` as Markdown or HTML text, and written to files.

The report is first laid out once as a list of blocks (headings, paragraphs, tables, the
charts, the user's own words); Markdown and HTML are two ways of writing the same blocks, so
they never disagree. The user's words are kept exactly as written: verbatim in Markdown,
escaped (never interpreted) in HTML. The charts arrive as PNG bytes from the UI layer.
"""

from __future__ import annotations

import base64
import html
import os
from collections.abc import Mapping
from pathlib import Path

from reflect.errors import ReflectError, disk_problem
from reflect.profile import make_private_file
from reflect.report import Report
from reflect.report_layout import Translate, blocks, english, language, title

FORMATS = {".pdf": "pdf", ".md": "markdown", ".html": "html", ".htm": "html"}


def format_for(path: Path) -> str | None:
    """``pdf``, ``markdown`` or ``html`` from the file name's suffix; None for anything else."""
    return FORMATS.get(path.suffix.lower())


def chart_file(out: Path, name: str) -> Path:
    """Where a Markdown report's chart goes: ``q3-ebb-flow.png`` beside ``q3.md``."""
    return out.with_name(f"{out.stem}-{name}.png")


# --- Markdown --------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(
    report: Report, images: Mapping[str, str], translate: Translate = english
) -> str:
    """The report as Markdown; ``images`` maps a chart's name to its (relative) path;
    ``translate`` gives its fixed words in the reader's language."""
    lines: list[str] = []
    for block in blocks(report, tuple(images), translate):
        if block.kind in ("h1", "h2", "h3"):
            level = "#" * int(block.kind[1])
            lines += [f"{level} {block.text}", ""]
        elif block.kind == "p":
            lines += [block.text, ""]
        elif block.kind == "note":
            lines += [f"*{block.text}*", ""]
        elif block.kind == "ul":
            lines += [f"- {item}" for item in block.items] + [""]
        elif block.kind == "table":
            header, *rows = block.items
            lines.append("| " + " | ".join(_cell(h) for h in header) + " |")
            lines.append("|" + "|".join("---" for _ in header) + "|")
            lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
            lines.append("")
        elif block.kind == "image":
            lines += [f"![{block.items[0]}]({images[block.text]})", ""]
        elif block.kind == "said":
            heading, text = block.items
            lines.append(f"**{heading}**")
            lines.append("")
            lines += [f"> {line}".rstrip() for line in text.splitlines()]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --- HTML ------------------------------------------------------------------------------------

STYLE = """
body { font-family: sans-serif; color: #1f2328; background: #ffffff; }
p, li, blockquote { line-height: 130%; }
p.chart { line-height: 100%; }
h1 { font-size: 20pt; color: #1f2328; }
h2 { font-size: 15pt; color: #1f2328; margin-top: 18px; }
h3 { font-size: 12pt; color: #1f2328; margin-top: 12px; }
p.note { color: #57606a; font-size: 9pt; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #d0d7de; padding: 2px 4px; text-align: left; vertical-align: top;
         font-size: 9pt; }
th { background: #f0f2f4; font-size: 8pt; }
td.n, th.n { text-align: right; }
p.heading { font-weight: bold; margin-bottom: 0; }
blockquote { margin: 2px 0 10px 16px; padding-left: 8px; color: #1f2328; }
img.chart { max-width: 100%; }
"""


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


def _lines(text: str) -> str:
    return "<br>".join(_h(line) for line in text.splitlines())


def render_html(
    report: Report,
    images: Mapping[str, str],
    sizes: Mapping[str, tuple[int, int]] | None = None,
    translate: Translate = english,
) -> str:
    """The report as one HTML document. ``images`` maps a chart's name to its ``src`` (a
    data URI for a file that stands alone); ``sizes`` fixes the charts' width and height
    in pixels (for Qt's rich text, which knows no max-width)."""
    body = []
    for block in blocks(report, tuple(images), translate):
        kind = block.kind
        if kind in ("h1", "h2", "h3"):
            style = ' style="page-break-before: always"' if block.new_page else ""
            body.append(f"<{kind}{style}>{_h(block.text)}</{kind}>")
        elif kind == "p":
            body.append(f"<p>{_h(block.text)}</p>")
        elif kind == "note":
            body.append(f'<p class="note">{_h(block.text)}</p>')
        elif kind == "ul":
            body.append("<ul>" + "".join(f"<li>{_h(i)}</li>" for i in block.items) + "</ul>")
        elif kind == "table":
            header, *rows = block.items
            numeric = [all(_numeric(row[i]) for row in rows) for i in range(len(header))]
            widths = [f' width="{w}%"' for w in block.widths] or [""] * len(header)
            head = "".join(
                f'<th class="n"{widths[i]}>{_h(h)}</th>'
                if numeric[i]
                else f"<th{widths[i]}>{_h(h)}</th>"
                for i, h in enumerate(header)
            )
            cells = [
                "".join(
                    f'<td class="n">{_h(c)}</td>' if numeric[i] else f"<td>{_h(c)}</td>"
                    for i, c in enumerate(row)
                )
                for row in rows
            ]
            body.append(
                '<table cellspacing="0" cellpadding="0" width="100%">'
                f"<thead><tr>{head}</tr></thead><tbody>"
                + "".join(f"<tr>{r}</tr>" for r in cells)
                + "</tbody></table>"
            )
        elif kind == "image":
            size = (sizes or {}).get(block.text)
            width = f' width="{size[0]}" height="{size[1]}"' if size else ""
            alt = _h(block.items[0])
            src = _h(images[block.text])
            body.append(f'<p class="chart"><img class="chart" src="{src}" alt="{alt}"{width}></p>')
        elif kind == "said":
            heading, text = block.items
            body.append(f'<p class="heading">{_h(heading)}</p>')
            body.append(f"<blockquote>{_lines(text)}</blockquote>")
    head = _h(title(report, translate))
    lang = _h(language(translate))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{head}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def _numeric(cell: str) -> bool:
    return cell.removesuffix(" %").removesuffix("\u00a0%").isdigit() or cell == "—"


# --- files -----------------------------------------------------------------------------------


def markdown_files(
    report: Report, charts: Mapping[str, bytes], out: Path, translate: Translate = english
) -> dict[Path, bytes]:
    """The Markdown file and its charts beside it (``NAME-ebb-flow.png``), linked relatively."""
    files = {name: chart_file(out, name) for name in charts}
    text = render_markdown(report, {name: path.name for name, path in files.items()}, translate)
    return {out: text.encode("utf-8"), **{files[name]: png for name, png in charts.items()}}


def html_files(
    report: Report, charts: Mapping[str, bytes], out: Path, translate: Translate = english
) -> dict[Path, bytes]:
    """One self-contained HTML file, the charts inside it as data URIs."""
    images = {name: data_uri(png) for name, png in charts.items()}
    text = render_html(report, images, translate=translate)
    return {out: text.encode("utf-8")}


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def _write_partial(path: Path, data: bytes) -> Path:
    """``data`` into ``NAME.partial`` beside ``path``, on the disk and 0600."""
    partial = _partial(path)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    make_private_file(partial)
    return partial


def write_files(files: Mapping[Path, bytes]) -> list[Path]:
    """Every file written privately (0600) and all or nothing: each goes into a partial
    file first, and only when all are whole are they renamed into place. When one cannot
    be written, no partial file is left, older files of those names stay as they were, and
    the reason is said in a sentence."""
    for path in files:
        if not path.parent.is_dir():
            raise ReflectError(f"there is no folder {path.parent} to write the report into")
    made: list[Path] = []
    try:
        for path, data in files.items():
            made.append(_partial(path))
            _write_partial(path, data)
        for path in files:
            os.replace(_partial(path), path)
    except OSError as error:
        for partial in made:
            if partial.is_file():
                partial.unlink()
        problem = disk_problem(error)
        if problem is not None:
            raise problem from error
        reason = (error.strerror or str(error)).lower()
        where = error.filename or next(iter(files))
        where = str(where).removesuffix(".partial")
        raise ReflectError(f"could not write the report to {where}: {reason}") from error
    return list(files)
