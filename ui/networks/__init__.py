"""The Networks page's dialogs: the network editor with its charter, and the preset picker."""
