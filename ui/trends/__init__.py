"""The Trends page's parts: its controls, the chart switcher's kinds, tables and insights."""
