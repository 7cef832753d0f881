"""Intake: turning a saved or fetched web page into a seed.

``page.extract_page`` is pure (bytes in, ``PageExtract`` out); ``pagedates`` finds the
publication date together with the markup it came from; ``fetch`` is the only network
code; ``seed.new_from_page`` does the file I/O and writes through ``seeds.create_seed``.
"""
