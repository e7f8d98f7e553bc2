library(dash)
library(dashHtmlComponents)
library(dashCoreComponents)

app <- Dash$new()
app$layout(htmlDiv(list(dccInput(id = "in", value = "a"), htmlButton("go", id = "go"), htmlDiv(id = "out"))))

app$callback(output("out", "children"), params = list(state("in", "value"), input("go", "n_clicks")),
             function(value, n_clicks) paste(value, n_clicks), prevent_initial_call = TRUE)
