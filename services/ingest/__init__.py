"""The ingest API: documents in over HTTP, status and summaries out, signed webhooks."""
