"""pytest plugin of the project's test command (``-p generator.contract_runtime.no_bytecode`` in pyproject.toml).

The generated contract tests live in the output tree, which ``python -m generator check`` compares file by
file with what the pages generate: a ``__pycache__`` written there would be reported as drift. Their
conftest turns bytecode off too, but only once it runs, after pytest has imported the package around it and
the conftest itself; a plugin is loaded before either.
"""

import sys

sys.dont_write_bytecode = True
