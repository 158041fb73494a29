"""The main window's pages. Each loads its own data through the task runner when shown."""
