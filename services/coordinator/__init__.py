"""The coordinator: chunks each document and fans out one task per chunk × lens."""
