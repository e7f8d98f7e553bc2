"""Exceptions a callback may raise or meet, with Dash's names (`dash.exceptions` re-exports them)."""


class PyclientError(Exception):
    """Base of pyclient's own errors."""


class PreventUpdate(PyclientError):
    """Raised inside a callback: update none of its outputs and trigger nothing downstream."""


class CallbackException(PyclientError):
    """A callback is declared or used wrongly."""


class InvalidCallbackReturnValue(CallbackException):
    """A callback returned something that cannot become its outputs."""


class DuplicateCallback(CallbackException):
    """Two callbacks write the same output without `allow_duplicate=True`."""


class CircularDependency(CallbackException):
    """A chain of several callbacks feeds back into itself."""


class MissingComponent(CallbackException):
    """A callback names a component id that is not in the layout."""


class IDNotFoundError(MissingComponent):
    """Dash's name for a missing id (used by `set_props` and friends)."""


class MissingCallbackContextException(CallbackException):
    """`ctx` was read outside a callback."""


class NoLayoutException(PyclientError):
    """The app has no layout."""


class PyodideUnsupported(PyclientError):
    """Something the app needs cannot run in the browser."""
