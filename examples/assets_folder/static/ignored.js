document.title = "IGNORED FILE RAN";
