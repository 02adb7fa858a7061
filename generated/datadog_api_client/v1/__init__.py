"""Datadog API v1."""
