"""Reflect: the domain and its storage. Pure Python and peewee; never Qt."""

__version__ = "0.1.0"
APP_NAME = "Reflect"
