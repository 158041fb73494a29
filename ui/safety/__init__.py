"""Export, restore and backups: what the File menu offers to keep data safe."""
