"""PySide6's check of every later import, switched off for Reflect.

Once PySide6 is loaded, each module that any ``import`` statement names is passed to
``PySide6.support.feature.feature_imported``, which reads that module's source
(``inspect.getsource``) to learn whether it mentions PySide6 — all for the opt-in
``snake_case`` and ``true_property`` features (imported from ``__feature__``). Reflect uses
neither, and the reading cost 20-50 ms of every start on a 2-core machine (about a hundred modules,
most of them the standard library's). A module that is not looked at counts as one that
does not switch features, which is what every Reflect module is.

If a later PySide6 no longer has the hook, this does nothing. Do not import from
``__feature__`` in Reflect (a test says so).
"""

from __future__ import annotations

import sys


def skip_feature_scan() -> bool:
    """Stop PySide6 reading the source of every module imported from now on; True when its
    hook was found (and replaced)."""
    import PySide6.QtCore  # noqa: F401  (loading it installs the hook)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "feature_imported", None)):
        return False
    feature.feature_imported = _not_looked_at
    return True


def _not_looked_at(module: object) -> None:
    """In place of ``feature_imported``: the module keeps no entry, so PySide6 does not switch
    features for calls from it."""
