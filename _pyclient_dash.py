"""`python app.py` where pyclient is installed and Dash is not: `import dash` gives pyclient's
Dash, so the app runs unchanged, and its `app.run()` builds and serves it (`pyclient run`).

Loaded at start-up by pyclient-dash.pth. The finder sits last on sys.meta_path, so it is asked
only when no installed package answers: a real Dash, when there is one, always wins. It imports
pyclient only when a script asks for `dash`.
"""

import importlib.abc
import importlib.util
import sys

_NAMES = {"dash", "dash_table", "dash_html_components", "dash_core_components"}


class _PyclientDash(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] not in _NAMES:
            return None
        sys.meta_path.remove(self)  # once: pyclient's own alias takes over from here
        from pyclient import compat

        compat.install()
        return importlib.util.find_spec(fullname)


sys.meta_path.append(_PyclientDash())
