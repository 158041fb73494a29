"""The main window's pages, each built the first time it is wanted.

Start-up builds only the page on show: the others (and the modules behind them) wait until
the user goes to them or something asks for them. As before, a page loads its data when it
is shown, and again when the data changes once it has been built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyPages(Mapping[str, QWidget]):
    def __init__(self, stack: QStackedWidget, builders: dict[str, Callable[[], QWidget]]):
        self._stack = stack
        self._builders = builders
        self._keys = list(builders)
        self._built: dict[str, QWidget] = {}
        for _key in self._keys:  # a blank stands in for each page until it is built
            stack.addWidget(QWidget())

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._builders[key]()
            index = self._keys.index(key)
            blank = self._stack.widget(index)
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(blank)
            blank.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[key] = page
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def built(self) -> list[QWidget]:
        """The pages built so far: the ones with data on show that a change must refresh."""
        return [self._built[key] for key in self._keys if key in self._built]
