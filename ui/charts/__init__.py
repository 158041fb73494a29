"""Charts. pyqtgraph is imported where a chart is first drawn, never at start-up."""
