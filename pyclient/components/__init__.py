"""Dash's component classes: `html` (every HTML element), `dcc` (core components)."""

from . import dcc, html
from .base import Component

__all__ = ["Component", "dcc", "html"]
