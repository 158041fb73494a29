"""The weekly check-in: the dialog, its sections, and the flow that loads and saves it."""
