"""The ingest API's routers: documents (tenants), operations (probes, metrics), admin."""
