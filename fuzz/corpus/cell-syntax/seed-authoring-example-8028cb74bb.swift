//| eval: false
notebook.deleteEverything()
