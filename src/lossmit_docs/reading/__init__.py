"""The reading phase of the service."""
