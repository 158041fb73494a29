"""The platforms whose data exports Reflect can count, by the name the command line takes.

A module of its own so the command line can list them without loading the storage layer."""

SOURCES = ("x", "mastodon", "linkedin", "facebook", "bluesky", "activitywatch")
