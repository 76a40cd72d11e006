"""The producing phase of the service."""
