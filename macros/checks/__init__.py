"""Checks an editor can run before a pull request, and the build helpers they share."""
