"""The built-in ``rules`` analyzers, one per lens: ``analyze(text, ctx) -> list[Finding]``.

Laid out by lens: ``grammar/`` (one module per sub-rule), ``clarity``, ``tone`` and
``structure``; beside them what the lenses share: ``scan`` (the chunk read once: ``masking``,
``blocks``, sentences), ``edits`` (shaping a fix), ``recheck`` (every edit re-checked),
``phrases`` (the list matcher), ``attitude`` (the tone families) and ``words/`` (every word
list, one module per lens). ``lenses`` builds the four analyzers (``analyzer_for``).

Importing this package loads nothing: building the analyzers (about 1,300 patterns and
Harper) takes seconds of CPU and about 70 MB, which a lens reviewing with a model alone never
needs.
"""
