"""A report's charts and its PDF, drawn with Qt: the part of a report the domain cannot do.

The charts are the Trends page's own widgets, drawn offscreen through
``ui.charts.chart_render.chart_image``; the PDF is the report's HTML laid out by
``QTextDocument`` on A4 pages, with the page number at the foot of each page. The fixed words
come in the language of the translators installed (``ui.text.domain``); ``reflect report``
installs the profile's with ``profile_language``. Everything
here runs on the UI thread and returns bytes; writing the files is ``report_render.write_files``
(on the worker, in the app).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QSize,
    QUrl,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from reflect import APP_NAME
from reflect.goal_overview import ALL_NETWORKS
from reflect.profile import Profile
from reflect.report import Report
from reflect.report_layout import CHARTS, title
from reflect.report_render import format_for, html_files, markdown_files, render_html
from ui.charts.chart_render import application, chart_image
from ui.charts.trend_chart import palette_is_dark
from ui.i18n import Translators
from ui.settings import FILE_NAME, Settings
from ui.text import NBSP, domain
from ui.trends.chart_kinds import KINDS

#: The charts' size before the device pixel ratio: narrower than ``reflect chart``'s, so
#: their text stays readable when the image is fitted to the width of an A4 page.
CHART_SIZE = QSize(860, 430)
#: QTextDocument.print_ keeps a 2 cm margin inside the page; the charts fill the width
#: between (A4: 170 mm, about 640 pixels at the 96 dpi rich text measures in).
PDF_IMAGE_WIDTH = 630


def words(text: str) -> str:
    """A report's sentence in the user's language; "40 %" never split over two lines."""
    return domain(text).replace(" %", NBSP + "%")


def chart_pngs(report: Report) -> dict[str, bytes]:
    """The report's charts as PNG images; none for a period without check-ins."""
    if not report.checked_in:
        return {}
    data = {"ebb-flow": report.flow, "participation": report.roles}
    found = {}
    with _light(application()):
        for name in CHARTS:
            everything = QCoreApplication.translate("Reflect", ALL_NETWORKS)
            heading = KINDS[name].title(report.query, everything)
            image = chart_image(name, data[name], report.query, heading, CHART_SIZE)
            found[name] = png_bytes(image)
    return found


@contextmanager
def _light(app: QApplication) -> Iterator[None]:
    """A report is read on white paper: under a dark palette, draw its charts light."""
    saved = app.palette()
    if not palette_is_dark(saved):
        yield
        return
    app.setPalette(app.style().standardPalette())
    try:
        yield
    finally:
        app.setPalette(saved)


def png_bytes(image: QImage) -> bytes:
    held = QByteArray()
    buffer = QBuffer(held)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(held.data())


def pdf_bytes(report: Report, charts: Mapping[str, bytes]) -> bytes:
    """The report as a PDF document on A4 pages, numbered at the foot."""
    application()  # fonts need a QGuiApplication, also when there is no chart to draw
    held = QByteArray()
    buffer = QBuffer(held)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title(report, words))
    writer.setCreator(APP_NAME)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    sizes = {}
    for name, png in charts.items():
        image = QImage.fromData(png, "PNG")
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"{name}.png"), image)
        height = round(PDF_IMAGE_WIDTH * image.height() / image.width())
        sizes[name] = (PDF_IMAGE_WIDTH, height)  # the page's width
    sources = {name: f"{name}.png" for name in charts}
    document.setHtml(render_html(report, sources, sizes, words))
    document.print_(writer)  # its painter ends the PDF
    buffer.close()
    return bytes(held.data())


def report_files(report: Report, charts: Mapping[str, bytes], out: Path) -> dict[Path, bytes]:
    """What to write for ``out``, by its suffix: a PDF, an HTML file, or Markdown and its
    chart images."""
    kind = format_for(out)
    if kind == "pdf":
        return {out: pdf_bytes(report, charts)}
    if kind == "html":
        return html_files(report, charts, out, words)
    if kind == "markdown":
        return markdown_files(report, charts, out, words)
    raise ValueError(f"no report format for {out.name}")


@contextmanager
def profile_language(profile: Profile) -> Iterator[str]:
    """While inside, the translators of the language the app shows for ``profile`` (its choice
    in Settings, else the system's) are installed, as the app does at start; the code used."""
    application()  # translators need an application to be installed on
    path = profile.directory / FILE_NAME
    choice = Settings(path).language() if path.exists() else ""
    saved = QLocale()
    translators = Translators()
    try:
        yield translators.install(choice)
    finally:
        translators.remove()
        QLocale.setDefault(saved)
