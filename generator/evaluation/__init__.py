"""``briefing eval``: the analysis measured against hand-labelled real reports (eval/).

``corpus`` reads the labels and texts, ``metrics`` holds the scoring formulas, ``report``
runs the pipeline's own stages over the corpus and compares each component with the labels.
"""
