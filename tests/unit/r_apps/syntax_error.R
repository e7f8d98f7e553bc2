library(dash)

app <- Dash$new()

app$layout(htmlDiv(list(htmlP("a") htmlP("b"))))
