"""Operator tools: the `mesh` command, the `mesh up` launcher, replay, and their terminal output."""
