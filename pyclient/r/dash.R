# pyclient's stand-in for Dash for R: the API of the dash, dashHtmlComponents and
# dashCoreComponents packages as the "Advanced Callbacks" chapter uses it, and jsonlite's
# toJSON. An app.R is sourced in an environment whose library(), require() and `::` find these
# functions, so the app runs unchanged in webR, where the real packages are not installed.
# Callbacks only run here: the shared Python scheduler decides which runs when
# (pyclient/r_app.py, docs "R apps" in the README).

.pyclient <- new.env()
.pyclient$callbacks <- list()
.pyclient$layout <- NULL
.pyclient$ctx <- NULL
.pyclient$packages <- c("dash", "dashHtmlComponents", "dashCoreComponents", "jsonlite")

# ---- JSON out: NULL is null, a length-one vector a scalar, a longer one an array, a named
# list an object, an unnamed list an array; NA, NaN and Inf are null.

.json_string <- function(s) {
  s <- enc2utf8(as.character(s))
  s <- gsub("\\", "\\\\", s, fixed = TRUE)
  s <- gsub("\"", "\\\"", s, fixed = TRUE)
  s <- gsub("\n", "\\n", s, fixed = TRUE)
  s <- gsub("\r", "\\r", s, fixed = TRUE)
  s <- gsub("\t", "\\t", s, fixed = TRUE)
  # Other control characters as \u00XX.
  chars <- utf8ToInt(paste0(s, collapse = ""))
  if (length(s) == 1 && any(chars < 32L)) {
    s <- paste0(vapply(chars, function(ch) {
      if (ch < 32L) sprintf("\\u%04x", ch) else intToUtf8(ch)
    }, ""), collapse = "")
  }
  paste0("\"", s, "\"")
}

.json_scalar <- function(x) {
  if (is.na(x)) return("null")
  if (is.logical(x)) return(if (x) "true" else "false")
  if (is.numeric(x)) {
    if (!is.finite(x)) return("null")
    return(format(x, digits = 15, scientific = FALSE, trim = TRUE))
  }
  .json_string(as.character(x))
}

.to_json <- function(x, where = "the value") {
  if (is.null(x)) return("null")
  if (inherits(x, "dash_no_update")) return("{\"_dash_no_update\":\"_dash_no_update\"}")
  if (inherits(x, "dash_component")) x <- unclass(x)
  if (is.factor(x)) x <- as.character(x)
  if (is.function(x) || is.environment(x)) {
    stop(sprintf("%s holds a %s, which cannot be sent to the page", where, class(x)[1]),
         call. = FALSE)
  }
  if (is.list(x)) {
    keys <- names(x)
    if (!is.null(keys)) {
      if (length(x) == 0) return("{}")
      parts <- vapply(seq_along(x), function(i) {
        paste0(.json_string(keys[[i]]), ":", .to_json(x[[i]], where))
      }, "")
      return(paste0("{", paste(parts, collapse = ","), "}"))
    }
    parts <- vapply(x, function(item) .to_json(item, where), "")
    return(paste0("[", paste(parts, collapse = ","), "]"))
  }
  if (length(x) == 1 && is.null(names(x))) return(.json_scalar(x))
  if (!is.null(names(x))) return(.to_json(as.list(x), where))
  paste0("[", paste(vapply(seq_along(x), function(i) .json_scalar(x[[i]]), ""), collapse = ","), "]")
}

# ---- JSON in: null is NULL, numbers are doubles, arrays are unnamed lists, objects named lists
# (as jsonlite::fromJSON(simplifyVector = FALSE) gives them).

.from_json <- function(text) {
  pattern <- paste0("\"(?:[^\"\\\\]|\\\\.)*\"|-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?",
                    "(?:[eE][+-]?[0-9]+)?|true|false|null|[][{},:]")
  tokens <- regmatches(text, gregexpr(pattern, text, perl = TRUE))[[1]]
  pos <- 0L
  nxt <- function() {
    pos <<- pos + 1L
    tokens[[pos]]
  }
  value <- function() {
    tok <- nxt()
    first <- substr(tok, 1, 1)
    if (tok == "{") {
      out <- list()
      if (tokens[[pos + 1L]] == "}") {
        nxt()
        return(structure(list(), names = character(0)))
      }
      repeat {
        key <- .json_unquote(nxt())
        nxt()  # ":"
        item <- value()
        out[key] <- list(item)
        if (nxt() == "}") return(out)
      }
    }
    if (tok == "[") {
      out <- list()
      if (tokens[[pos + 1L]] == "]") {
        nxt()
        return(out)
      }
      repeat {
        out[length(out) + 1L] <- list(value())
        if (nxt() == "]") return(out)
      }
    }
    if (first == "\"") return(.json_unquote(tok))
    if (tok == "true") return(TRUE)
    if (tok == "false") return(FALSE)
    if (tok == "null") return(NULL)
    as.numeric(tok)
  }
  value()
}

.json_unquote <- function(tok) {
  s <- substr(tok, 2, nchar(tok) - 1)
  if (!grepl("\\", s, fixed = TRUE)) return(s)
  # Each escape, left to right (\uXXXX pairs for characters beyond the first plane).
  pieces <- regmatches(s, gregexpr("\\\\u[dD][89abAB][0-9a-fA-F]{2}\\\\u[0-9a-fA-F]{4}|\\\\u[0-9a-fA-F]{4}|\\\\.|[^\\\\]+", s, perl = TRUE))[[1]]
  simple <- c("\"" = "\"", "\\" = "\\", "/" = "/", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t")
  paste0(vapply(pieces, function(p) {
    if (substr(p, 1, 1) != "\\") return(p)
    if (substr(p, 2, 2) != "u") return(simple[[substr(p, 2, 2)]])
    units <- strtoi(substring(p, c(3, 9), c(6, 12))[nchar(p) > c(2, 6)], 16L)
    if (length(units) == 2) {
      return(intToUtf8(65536L + (units[1] - 55296L) * 1024L + (units[2] - 56320L)))
    }
    intToUtf8(units[1])
  }, ""), collapse = "")
}

# ---- the Dash for R API

dashNoUpdate <- function() structure(list(), class = "dash_no_update")

.dependency <- function(kind) {
  force(kind)
  function(id, property) {
    if (missing(property)) stop(sprintf("%s(id = '%s') needs a property", kind, id), call. = FALSE)
    structure(list(id = id, property = property), class = c(paste0("dash_", kind), "dash_dependency"))
  }
}
output <- .dependency("output")
input <- .dependency("input")
state <- .dependency("state")

.component <- function(type, namespace, children_first) {
  force(type)
  force(namespace)
  if (children_first) {
    function(children = NULL, ...) {
      props <- .props(list(...))
      if (!missing(children)) props["children"] <- list(children)
      structure(list(type = type, namespace = namespace, props = props), class = "dash_component")
    }
  } else {
    function(...) {
      structure(list(type = type, namespace = namespace, props = .props(list(...))),
                class = "dash_component")
    }
  }
}

# Props are always a JSON object, even when none is given (htmlBr()).
.props <- function(props) {
  if (length(props) == 0) return(structure(list(), names = character(0)))
  if (is.null(names(props)) || any(names(props) == "")) {
    stop("a component's arguments after its children need names (id = ..., style = ...)",
         call. = FALSE)
  }
  props
}

.callback_name <- function(expr, index) {
  # `update_output <- function(...) ...` names its callback; an anonymous function gets its place.
  if (is.call(expr) && as.character(expr[[1]]) %in% c("<-", "=") && is.name(expr[[2]])) {
    return(as.character(expr[[2]]))
  }
  if (is.name(expr)) return(as.character(expr))
  sprintf("callback_%d", index)
}

.Dash <- function() {
  self <- new.env()
  self$layout <- function(...) {
    .pyclient$layout <- if (length(list(...)) == 1) list(...)[[1]] else list(...)
    invisible(self)
  }
  self$callback <- function(output, params, func, prevent_initial_call = FALSE) {
    outputs <- if (inherits(output, "dash_dependency")) list(output) else output
    kinds <- vapply(params, function(p) if (inherits(p, "dash_state")) "state" else "input", "")
    .pyclient$callbacks[[length(.pyclient$callbacks) + 1L]] <- list(
      name = .callback_name(substitute(func), length(.pyclient$callbacks) + 1L),
      func = func,
      single = inherits(output, "dash_dependency"),
      outputs = outputs,
      inputs = params[kinds == "input"],
      state = params[kinds == "state"],
      kinds = kinds,
      prevent_initial_call = isTRUE(prevent_initial_call)
    )
    invisible(self)
  }
  self$callback_context <- function() {
    if (is.null(.pyclient$ctx)) {
      stop("app$callback_context() is only available inside a callback", call. = FALSE)
    }
    .pyclient$ctx
  }
  self$run_server <- function(...) invisible(self)  # the site is static: nothing to start
  self$run <- self$run_server
  self
}
Dash <- list(new = function(...) .Dash())

# ---- jsonlite::toJSON, as far as the chapter uses it: jsonlite's defaults (no auto_unbox:
# every vector is an array), pretty = TRUE indents by two spaces.

toJSON <- function(x, pretty = FALSE, auto_unbox = FALSE, ...) {
  text <- .jsonlite(x, pretty, auto_unbox, 0L)
  structure(text, class = "json")
}

.jsonlite <- function(x, pretty, unbox, depth) {
  pad <- function(d) if (pretty) paste0("\n", strrep("  ", d)) else ""
  colon <- if (pretty) ": " else ":"
  if (is.null(x)) return("{}")
  if (inherits(x, "dash_component")) x <- unclass(x)
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) "[]" else "{}")
    keys <- names(x)
    items <- vapply(x, function(item) .jsonlite(item, pretty, unbox, depth + 1L), "")
    if (!is.null(keys)) {
      items <- paste0(.json_string(keys), colon, items)
      return(paste0("{", pad(depth + 1L), paste(items, collapse = paste0(",", pad(depth + 1L))),
                    pad(depth), "}"))
    }
    return(paste0("[", pad(depth + 1L), paste(items, collapse = paste0(",", pad(depth + 1L))),
                  pad(depth), "]"))
  }
  values <- vapply(seq_along(x), function(i) {
    v <- x[[i]]
    if (is.na(v)) return(if (is.numeric(v)) "\"NA\"" else "null")
    if (is.numeric(v)) return(.jsonlite_number(v))
    .json_scalar(v)
  }, "")
  if (unbox && length(values) == 1) return(values)
  paste0("[", paste(values, collapse = if (pretty) ", " else ","), "]")
}
# jsonlite's digits = 4: up to four decimals between 1e-5 and 1e15, else four significant
# digits in exponent form (compared with jsonlite 1.8 in tests/unit/test_r_glue.py).
.jsonlite_number <- function(v) {
  if (abs(v) > 1e-5 && abs(v) < 1e15) {
    return(sub("\\.?0+$", "", formatC(round(v, 4), format = "f", digits = 4)))
  }
  sprintf("%.4g", v)
}
print.json <- function(x, ...) cat(x, "\n", sep = "")

# ---- what pyclient calls (build time under Node, then in the page's webR)

# Source the app with the stand-ins in reach: library(dash) and friends do nothing,
# jsonlite::toJSON is the one above, anything else goes to R's own packages.
.pyclient_source <- function(path) {
  shim <- environment(.pyclient_source)
  app_env <- new.env(parent = shim)
  app_env$library <- function(package, ...) {
    name <- as.character(substitute(package))
    if (!(name %in% .pyclient$packages)) base::library(name, character.only = TRUE, ...)
    invisible(NULL)
  }
  app_env$require <- function(package, ...) {
    name <- as.character(substitute(package))
    if (name %in% .pyclient$packages) return(invisible(TRUE))
    base::require(name, character.only = TRUE, ...)
  }
  app_env$`::` <- function(pkg, name) {
    pkg <- as.character(substitute(pkg))
    name <- as.character(substitute(name))
    if (pkg %in% .pyclient$packages) return(get(name, envir = shim))
    getExportedValue(pkg, name)
  }
  .pyclient$app_file <- path
  exprs <- tryCatch(parse(path, keep.source = TRUE), error = function(e) {
    stop(sub("^[^:]*:", "app.R line ", conditionMessage(e)), call. = FALSE)
  })
  for (i in seq_along(exprs)) {
    line <- utils::getSrcLocation(exprs[i], "line")
    withCallingHandlers(eval(exprs[[i]], app_env), error = function(e) {
      stop(.unsupported(conditionMessage(e), line), call. = FALSE)
    })
  }
  .pyclient$app_env <- app_env
  invisible(app_env)
}

# A function the app calls that neither R nor the stand-in has: name it, with the line.
.unsupported <- function(message, line) {
  missing <- regmatches(message, regexec("could not find function \"([^\"]+)\"", message))[[1]]
  if (length(missing) == 2) {
    return(sprintf(paste0("app.R line %d: %s() is not supported by pyclient's Dash for R ",
                          "(it has Dash$new, app$layout, app$callback, app$callback_context, ",
                          "output, input, state, dashNoUpdate, the html* and dcc* components ",
                          "and jsonlite::toJSON)."), line, missing[2]))
  }
  sprintf("app.R line %d: %s", line, message)
}

.dependency_json <- function(d) list(id = d$id, property = d$property)

# The build's question (web/src/r_spec.mjs): the app's spec, or {"error": ...} naming the line.
.pyclient_read <- function(path) {
  tryCatch({
    .pyclient_source(path)
    .pyclient_spec()
  }, error = function(e) .to_json(list(error = conditionMessage(e))))
}

.pyclient_spec <- function() {
  callbacks <- lapply(seq_along(.pyclient$callbacks), function(i) {
    cb <- .pyclient$callbacks[[i]]
    list(name = cb$name, outputs = unname(lapply(cb$outputs, .dependency_json)),
         inputs = unname(lapply(cb$inputs, .dependency_json)),
         state = unname(lapply(cb$state, .dependency_json)),
         single_output = cb$single, prevent_initial_call = cb$prevent_initial_call,
         line = .pyclient_line(cb$func))
  })
  .to_json(list(layout = .pyclient$layout, callbacks = callbacks), "the layout")
}

.pyclient_line <- function(func) {
  ref <- attr(func, "srcref")
  if (is.null(ref)) return(NULL)
  ref[[1]]
}

# One call: the arguments in the order the app's params list them, app$callback_context()
# built from what the scheduler computed. Returns the result as JSON text.
.pyclient_call <- function(index, inputs_json, states_json, info_json) {
  cb <- .pyclient$callbacks[[index + 1L]]
  inputs <- .from_json(inputs_json)
  states <- .from_json(states_json)
  info <- .from_json(info_json)
  args <- vector("list", length(cb$kinds))
  args[cb$kinds == "input"] <- inputs
  args[cb$kinds == "state"] <- states
  .pyclient$ctx <- .context(cb, inputs, states, info)
  on.exit(.pyclient$ctx <- NULL)
  trace <- NULL
  result <- tryCatch(
    withCallingHandlers(
      list(status = "ok", value = .to_json(do.call(cb$func, args),
                                           sprintf("callback \"%s\"'s return value", cb$name))),
      error = function(e) trace <<- .app_lines(sys.calls())),
    error = function(e) list(status = "error", message = conditionMessage(e),
                             traceback = .call_text(e, cb, trace)))
  if (result$status == "ok") {
    return(paste0("{\"status\":\"ok\",\"value\":", result$value, "}"))
  }
  .to_json(result)
}

# Like a Python traceback: the app's lines that led to the error, outermost first.
.app_lines <- function(calls) {
  lines <- character(0)
  for (call in calls) {
    ref <- attr(call, "srcref")
    file <- if (is.null(ref)) "" else attr(ref, "srcfile")$filename
    if (identical(file, .pyclient$app_file)) {
      lines <- c(lines, sprintf("  app.R line %d: %s", ref[[1]], trimws(as.character(ref)[1])))
    }
  }
  lines
}

.call_text <- function(e, cb, trace) {
  line <- .pyclient_line(cb$func)
  head <- sprintf("callback \"%s\"%s", cb$name, if (is.null(line)) "" else sprintf(" (app.R line %d)", line))
  paste(c(head, trace, paste0("Error: ", conditionMessage(e))), collapse = "\n")
}

.prop_ids <- function(deps, values) {
  named <- values
  names(named) <- vapply(deps, function(d) paste0(d$id, ".", d$property), "")
  if (length(named) == 0) names(named) <- character(0)
  named
}

.context <- function(cb, inputs, states, info) {
  triggered <- info$triggered
  if (length(triggered) == 0) {
    # The initial call: falsy, yet prop_id "." splits into a blank id, as in Dash.
    trig <- list(prop_id = ".", value = FALSE)
  } else {
    values <- lapply(triggered, function(t) t$value)
    simple <- all(vapply(values, function(v) is.atomic(v) && length(v) == 1, TRUE))
    trig <- list(prop_id = vapply(triggered, function(t) t$prop_id, ""),
                 value = if (simple) unlist(values) else values)
  }
  list(states = .prop_ids(cb$state, states), triggered = trig,
       inputs = .prop_ids(cb$inputs, inputs))
}
