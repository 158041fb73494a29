"""Reflect's Qt layer. Calls ``reflect`` services; never the ORM."""

from ui.feature_scan import skip_feature_scan

skip_feature_scan()  # before the rest of the layer loads: see ui/feature_scan.py
