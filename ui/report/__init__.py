"""File → Report…: a review of a month, a quarter or a year as PDF, HTML or Markdown."""
