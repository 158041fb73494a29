"""The Goals page's dialogs and the small history strip."""
