"""The intake phase of the service."""
