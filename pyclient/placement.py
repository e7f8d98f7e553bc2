"""Where each callback runs, and the browser's copy of each module without the server's part.

The rule (README, "Apps that use pandas"), applied to every top-level statement of each module:
1. A module-level name is *server-only* when it is bound by an import of a package the browser
   cannot have (`SERVER_PACKAGES`), by a statement that reads `os.environ` / `os.getenv` (a
   secret), or by a statement that uses a server-only name — transitively, where a function or
   class counts as using every global name its body reads. Names imported from a local module
   are server-only when they are in that module.
2. A callback runs on the server when it says `server=True`, or its body uses a server-only name
   or imports a server package. Every other callback runs in the browser.
3. The browser's copy blanks out each server-only statement (line numbers stay, so tracebacks
   point at the right line) and keeps each server callback's decorator and signature with `...`
   as its body, so the browser registers the same callbacks in the same order.
4. Build errors, naming the line: the Dash instance, or a callback's decorator or defaults, that
   need a server-only name.

Scopes come from the standard library's `symtable`, so a callback's local `df` is not taken for
the module's `df`. Hand-written because no library slices a module by import reachability.
"""

from __future__ import annotations

import ast
import re
import symtable
from dataclasses import dataclass, field
from pathlib import Path

from .app_files import app_modules

# Packages with compiled parts and no Pyodide build reachable here, plus database drivers and
# clients that need sockets a browser does not give. Importing one places its users on the server.
SERVER_PACKAGES = {
    "pandas": "pandas", "numpy": "numpy", "scipy": "scipy", "polars": "polars",
    "pyarrow": "pyarrow", "plotly.express": "plotly.express", "sklearn": "scikit-learn",
    "statsmodels": "statsmodels", "matplotlib": "matplotlib", "seaborn": "seaborn",
    "sqlalchemy": "SQLAlchemy", "psycopg2": "psycopg2", "psycopg": "psycopg",
    "pymysql": "PyMySQL", "pymongo": "pymongo", "redis": "redis", "duckdb": "duckdb",
}
SECRET = "a secret from os.environ"
_APP_CLASSES = {"Dash", "App"}


class PlacementError(Exception):
    """The module cannot be split between browser and server; the message names the line."""


@dataclass
class Origin:
    """Why a name is server-only: bound on `line`, needing `needs` (directly or `via` a name)."""

    line: int
    needs: str
    via: str | None = None

    def explain(self, name: str) -> str:
        if self.via:
            return f"{name} (line {self.line}), which uses {self.via}, which needs {self.needs}"
        return f"{name} (line {self.line}), which needs {self.needs}"


@dataclass
class ModulePlan:
    """One module split in two: what the browser gets and which callbacks the server runs."""

    path: Path
    source: str
    browser_source: str = ""
    server_names: dict[str, Origin] = field(default_factory=dict)
    # first line of a callback's definition (its first decorator) -> why it runs on the server
    server_callbacks: dict[int, str] = field(default_factory=dict)
    browser_callbacks: set[int] = field(default_factory=set)
    layout_removed: bool = False
    # expressions the browser gets as None (a background manager built from server values)
    replacements: list[ast.expr] = field(default_factory=list)
    server_strings: set[str] = field(default_factory=set)
    browser_strings: set[str] = field(default_factory=set)

    @property
    def changed(self) -> bool:
        return self.browser_source != self.source


def _package_of(module: str) -> str | None:
    """The server package a module belongs to (`plotly.express.colors` -> plotly.express)."""
    parts = module.split(".")
    for size in range(len(parts), 0, -1):
        key = ".".join(parts[:size])
        if key in SERVER_PACKAGES:
            return SERVER_PACKAGES[key]
    return None


def _imported_packages(node: ast.AST) -> list[tuple[int, str]]:
    """(line, package) for every import of a server package anywhere inside `node`."""
    found = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Import):
            found += [(sub.lineno, p) for a in sub.names if (p := _package_of(a.name))]
        elif isinstance(sub, ast.ImportFrom) and sub.module and sub.level == 0:
            names = [sub.module] + [f"{sub.module}.{a.name}" for a in sub.names]
            found += [(sub.lineno, p) for n in names if (p := _package_of(n))][:1]
    return found


def _reads_secret(node: ast.AST) -> bool:
    for sub in ast.walk(node):
        if (isinstance(sub, ast.Attribute) and sub.attr in ("environ", "getenv", "environb")
                and isinstance(sub.value, ast.Name) and sub.value.id == "os"):
            return True
        if isinstance(sub, ast.Name) and sub.id in ("getenv", "environ"):
            return True
    return False


def _bound_names(stmt: ast.stmt) -> set[str]:
    """Module-level names a top-level statement binds."""
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return {
            (a.asname or a.name.split(".")[0]) for a in stmt.names if a.name != "*"
        }
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {stmt.name}
    names: set[str] = set()
    stack: list[ast.AST] = [stmt]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            continue
        elif isinstance(node, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp,
                               ast.GeneratorExp)):
            continue
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= _bound_names(node)
        stack.extend(ast.iter_child_nodes(node))
    return names


def _mutated_roots(stmt: ast.stmt) -> set[str]:
    """Names a statement changes in place: `opts.append(x)`, `cfg["k"] = v`, `obj.a = b`."""
    roots = set()
    targets: list[ast.AST] = []
    if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
    elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        targets = [stmt.value.func]
    for target in targets:
        node = target
        if not isinstance(node, (ast.Attribute, ast.Subscript)):
            continue
        while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
            node = node.func if isinstance(node, ast.Call) else node.value
        if isinstance(node, ast.Name):
            roots.add(node.id)
    return roots


def _global_reads(table: symtable.SymbolTable) -> set[str]:
    """Global names read inside a scope and all scopes nested in it."""
    names = {s.get_name() for s in table.get_symbols() if s.is_global() and s.is_referenced()}
    for child in table.get_children():
        names |= _global_reads(child)
    return names


def _uses(stmt: ast.stmt) -> tuple[set[str], set[str]]:
    """(names read at module level, global names read inside its functions/classes)."""
    table = symtable.symtable(ast.unparse(stmt), "<statement>", "exec")
    outer = {s.get_name() for s in table.get_symbols() if s.is_referenced()}
    inner: set[str] = set()
    for child in table.get_children():
        inner |= _global_reads(child)
    return outer, inner


def _attribute_reads(stmt: ast.AST) -> set[tuple[str, str]]:
    return {
        (n.value.id, n.attr) for n in ast.walk(stmt)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
    }


def _strings(nodes: list[ast.AST]) -> set[str]:
    return {
        n.value for node in nodes for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) < 300
    }


def _callback_decorator(stmt: ast.stmt) -> tuple[ast.expr | None, bool]:
    """(the @callback / @app.callback decorator, server=True?) of a function definition."""
    if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None, False
    for deco in stmt.decorator_list:
        call = deco if isinstance(deco, ast.Call) else None
        func = call.func if call else deco
        if getattr(func, "attr", getattr(func, "id", "")) == "callback":
            server = any(
                k.arg == "server" and isinstance(k.value, ast.Constant) and bool(k.value.value)
                for k in (call.keywords if call else [])
            )
            return deco, server
    return None, False


def _app_names(stmts: list[ast.stmt]) -> set[str]:
    names = set()
    for stmt in stmts:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
            func = stmt.value.func
            if getattr(func, "attr", getattr(func, "id", "")) in _APP_CLASSES:
                names |= {t.id for t in stmt.targets if isinstance(t, ast.Name)}
    return names


def _first_line(stmt: ast.stmt) -> int:
    decorators = getattr(stmt, "decorator_list", [])
    return min([stmt.lineno] + [d.lineno for d in decorators])


def local_module(root: Path, module: str | None, level: int, here: Path) -> Path | None:
    """The file of a local module imported from `here`, or None if it is not the app's."""
    base = root if level == 0 else here.parents[level - 1]
    parts = module.split(".") if module else []
    candidate = base.joinpath(*parts)
    for path in (candidate.with_suffix(".py"), candidate / "__init__.py"):
        if parts and path.is_file():
            return path.resolve()
    return None


class _Slicer:
    """Plans every module of one app folder, following imports between its local modules."""

    def __init__(self, root: Path, modules: list[Path]) -> None:
        self.root = root
        self.modules = [m.resolve() for m in modules]
        self._sources: dict[Path, str] = {}
        self.plans: dict[Path, ModulePlan] = {}
        self._busy: set[Path] = set()

    def local_module(self, module: str | None, level: int, here: Path) -> Path | None:
        return local_module(self.root, module, level, here)

    def source(self, path: Path) -> str:
        """A module's text, read once however many modules look at it."""
        if path not in self._sources:
            self._sources[path] = path.read_text(encoding="utf-8", errors="replace")
        return self._sources[path]

    def plan(self, path: Path) -> ModulePlan:
        path = path.resolve()
        if path in self.plans:
            return self.plans[path]
        if path in self._busy:  # an import cycle: what is known so far
            return ModulePlan(path, "")
        self._busy.add(path)
        try:
            plan = self._plan(path)
        finally:
            self._busy.discard(path)
        self.plans[path] = plan
        return plan

    def _imported_server_names(self, stmt: ast.stmt, here: Path) -> dict[str, Origin]:
        """Names a `from local import ...` brings in that are server-only over there."""
        if not isinstance(stmt, ast.ImportFrom):
            return {}
        source = self.local_module(stmt.module, stmt.level, here)
        if source is None:
            return {}
        theirs = self.plan(source).server_names
        found = {}
        for alias in stmt.names:
            for name, origin in theirs.items() if alias.name == "*" else [
                (alias.name, theirs.get(alias.name))
            ]:
                if origin is not None:
                    module = "." * stmt.level + (stmt.module or "")
                    via = f"{module}.{name}" if stmt.module else f"{module}{name}"
                    found[alias.asname or name] = Origin(stmt.lineno, origin.needs, via=via)
        return found

    def _local_modules(self, stmt: ast.stmt, here: Path) -> dict[str, Path]:
        """`import utils` / `from pkg import mod`: names bound to a whole local module."""
        found = {}
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                path = self.local_module(alias.name, 0, here)
                if path is not None and (alias.asname or "." not in alias.name):
                    found[alias.asname or alias.name] = path
        elif isinstance(stmt, ast.ImportFrom):
            for alias in stmt.names:
                module = f"{stmt.module}.{alias.name}" if stmt.module else alias.name
                path = self.local_module(module, stmt.level, here)
                if path is not None:
                    found[alias.asname or alias.name] = path
        return found

    def _plan(self, path: Path) -> ModulePlan:
        source = self.source(path)
        plan = ModulePlan(path, source, browser_source=source)
        try:
            tree = ast.parse(source, str(path))
        except SyntaxError:
            return plan  # the build's import of the app reports it
        stmts = tree.body
        where = path.relative_to(self.root) if path.is_relative_to(self.root) else path
        uses = [_uses(s) for s in stmts]
        modules: dict[str, Path] = {}
        server = plan.server_names
        removed: set[int] = set()  # indexes of server-only statements
        for i, stmt in enumerate(stmts):
            modules |= self._local_modules(stmt, path)
            if _callback_decorator(stmt)[0] is not None:
                continue
            imported = _imported_packages(stmt)
            needs = imported[0][1] if imported else SECRET if _reads_secret(stmt) else None
            if needs:
                removed.add(i)
                server.update({n: Origin(stmt.lineno, needs) for n in _bound_names(stmt)})
            for name, origin in self._imported_server_names(stmt, path).items():
                server[name] = origin
        apps = _app_names(stmts)

        def hits(i: int, names: set[str]) -> str | None:
            direct = sorted(names & server.keys())
            if direct:
                return direct[0]
            for module_name, attr in sorted(_attribute_reads(stmts[i])):
                if module_name in modules and attr in self.plan(modules[module_name]).server_names:
                    return f"{module_name}.{attr}"
            return None

        changed = True
        while changed:
            changed = False
            for i, stmt in enumerate(stmts):
                if i in removed or _callback_decorator(stmt)[0] is not None:
                    continue
                outer, inner = uses[i]
                via = hits(i, outer | inner)
                if via is None:
                    continue
                managers = _manager_values(stmt) if _bound_names(stmt) & apps else []
                if managers and hits(i, _uses_expr(_without(stmt, managers))) is None:
                    # Only the background manager is the server's: the browser gets None.
                    plan.replacements = managers
                    continue
                removed.add(i)
                changed = True
                needs = server[via].needs if via in server else "the server"
                for name in (_bound_names(stmt) | _mutated_roots(stmt)) - apps:
                    server.setdefault(name, Origin(stmt.lineno, needs, via=via))

        for i in sorted(removed):
            stmt = stmts[i]
            if _bound_names(stmt) & apps:
                raise PlacementError(
                    f"{where}:{stmt.lineno}: the Dash app is created with "
                    f"{hits(i, uses[i][0] | uses[i][1]) or 'a server-only value'}, which only "
                    "the server can compute. Create `app = Dash(__name__, ...)` from plain "
                    "values, and move the pandas work into callbacks or module-level names."
                )
            if any(
                isinstance(t, ast.Attribute) and t.attr == "layout"
                and isinstance(t.value, ast.Name) and t.value.id in apps
                for t in getattr(stmt, "targets", [getattr(stmt, "target", None)])
            ):
                plan.layout_removed = True

        reasons: dict[int, str | None] = {}
        for i, stmt in enumerate(stmts):
            deco, marked = _callback_decorator(stmt)
            if deco is None or i in removed:
                continue
            head = list(stmt.decorator_list) + [stmt.args] + list(stmt.args.defaults)
            needy = hits(i, set().union(*(_uses_expr(n) for n in head)))
            if needy is not None:
                raise PlacementError(
                    f"{where}:{deco.lineno}: the decorator or defaults of callback "
                    f'"{stmt.name}" use {needy}, which only the server has. Dependencies '
                    "(Output/Input/State) must be built from plain values."
                )
            reasons[i] = self._callback_reason(stmt, marked, server, hits, i)
        removed |= self._server_helpers(stmts, uses, removed, reasons, path)

        blank: list[tuple[int, int, str]] = []  # (first line, column, replacement) to the end
        lines = source.splitlines(keepends=True)
        ends = [_first_line(s) - 1 for s in stmts[1:]] + [len(lines)]
        for i, stmt in enumerate(stmts):
            if i in removed:
                plan.server_strings |= _strings([stmt])
                blank.append((_first_line(stmt), 0, ends[i], ""))
            elif reasons.get(i) is None:
                plan.browser_strings |= _strings([stmt])
                if i in reasons:
                    plan.browser_callbacks.add(_first_line(stmt))
            else:
                plan.server_callbacks[_first_line(stmt)] = reasons[i]
                head = list(stmt.decorator_list) + [stmt.args]
                plan.browser_strings |= _strings(head)
                plan.server_strings |= _strings(stmt.body)
                body = stmt.body[0]
                blank.append((body.lineno, body.col_offset, ends[i], "..."))
        for node in plan.replacements:
            lines = _replace_expression(lines, node, "None")
            plan.server_strings |= _strings([node])
        plan.browser_source = _blank_spans(lines, blank)
        return plan

    def _server_helpers(self, stmts, uses, removed, reasons, path) -> set[int]:
        """Functions and classes only server code uses: not shipped to the browser either."""
        others = "\n".join(self.source(p) for p in self.modules if p != path)
        pruned: set[int] = set()
        while True:
            browser_refs: set[str] = set()
            server_refs: set[str] = set()
            for i, stmt in enumerate(stmts):
                outer, inner = uses[i]
                if i in removed or i in pruned:
                    server_refs |= outer | inner
                elif reasons.get(i) is not None:  # a server callback: its head stays
                    head = list(stmt.decorator_list) + [stmt.args] + list(stmt.args.defaults)
                    browser_refs |= set().union(*(_uses_expr(n) for n in head))
                    server_refs |= inner
                else:
                    browser_refs |= outer | inner
            found = {
                i for i, stmt in enumerate(stmts)
                if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                and i not in removed | pruned and i not in reasons
                and stmt.name in server_refs and stmt.name not in browser_refs
                and not re.search(rf"\b{re.escape(stmt.name)}\b", others)
            }
            if not found:
                return pruned
            pruned |= found

    @staticmethod
    def _callback_reason(stmt, marked, server, hits, i) -> str | None:
        if marked:
            return "marked server=True"
        imported = _imported_packages(stmt)
        if imported:
            return f"imports {imported[0][1]} (line {imported[0][0]})"
        symbol_table = symtable.symtable(ast.unparse(stmt), "<callback>", "exec")
        reads = set().union(*(_global_reads(c) for c in symbol_table.get_children()))
        via = hits(i, reads)
        if via is None:
            if _reads_secret(ast.Module(body=stmt.body, type_ignores=[])):
                return f"reads {SECRET}"
            return None
        if via in server:
            return "uses " + server[via].explain(via)
        return f"uses {via}, which only the server has"


MANAGER_OPTIONS = {"background_callback_manager", "long_callback_manager"}


def _manager_values(stmt: ast.stmt) -> list[ast.expr]:
    """The background-manager arguments of `app = Dash(..., background_callback_manager=m)`."""
    call = getattr(stmt, "value", None)
    if not isinstance(call, ast.Call):
        return []
    return [k.value for k in call.keywords if k.arg in MANAGER_OPTIONS]


def _without(stmt: ast.stmt, values: list[ast.expr]) -> ast.AST:
    """The statement's call with those keyword values left out (to see what else it uses)."""
    call = stmt.value
    keep = [k for k in call.keywords if k.value not in values]
    return ast.Call(func=call.func, args=call.args, keywords=keep)


def _replace_expression(lines: list[str], node: ast.expr, text: str) -> list[str]:
    """`node`'s source replaced by `text`, every line kept (columns are UTF-8 byte offsets)."""
    out = list(lines)
    first = out[node.lineno - 1].encode()
    last = out[node.end_lineno - 1].encode()
    head, tail = first[: node.col_offset].decode(), last[node.end_col_offset :].decode()
    out[node.lineno - 1] = head + text + ("\n" if node.end_lineno > node.lineno else tail)
    for number in range(node.lineno + 1, node.end_lineno + 1):
        out[number - 1] = tail if number == node.end_lineno else "\n"
    if node.end_lineno > node.lineno:
        out[node.end_lineno - 1] = " " * len(head) + tail.lstrip() if tail.strip() else tail
    return out


def _uses_expr(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _blank_spans(lines: list[str], spans: list[tuple[int, int, int, str]]) -> str:
    """Replace each (first line, column, last line) span with `text`, keeping every newline."""
    out = list(lines)
    for first, col, last, text in spans:
        for number in range(first, last + 1):
            line = out[number - 1]
            newline = "\n" if line.endswith("\n") else ""
            start = col if number == first else 0
            keep = line[:start]
            filler = text if number == first else ""
            out[number - 1] = (keep + filler).rstrip() + newline if (keep + filler).strip() else newline
    return "".join(out)


def plan_app(app_file: Path, files: list[Path] | None = None) -> dict[Path, ModulePlan]:
    """Plan the app file and the given other .py files of its folder (default: the app's
    modules, never its caches or virtualenvs)."""
    app_file = Path(app_file).resolve()
    modules = [p for p in (files if files is not None else app_modules(app_file.parent))
               if p.suffix == ".py"]
    slicer = _Slicer(app_file.parent, [app_file, *modules])
    slicer.plan(app_file)
    for path in modules:
        slicer.plan(path)
    return slicer.plans


def callback_places(plans: dict[Path, ModulePlan], definitions: list) -> list[str | None]:
    """For each registered callback (CallbackDef), why it runs on the server, or None."""
    places = []
    for definition in definitions:
        code = getattr(definition.func, "__code__", None)
        reason = "marked server=True" if definition.server else None
        if reason is None and code is not None and definition.clientside is None:
            plan = plans.get(Path(code.co_filename).resolve())
            reason = plan.server_callbacks.get(code.co_firstlineno) if plan else None
        places.append(reason)
    return places


__all__ = ["SERVER_PACKAGES", "ModulePlan", "PlacementError", "callback_places", "plan_app"]
