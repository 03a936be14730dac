"""The document-review roles built on the runtime in ``shared``, plus the `mesh` CLI."""
