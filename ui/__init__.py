"""Reflect's Qt layer. Calls ``reflect`` services; never the ORM."""
