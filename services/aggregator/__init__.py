"""The aggregator: joins partials by document and chunk, publishes exactly one summary."""
