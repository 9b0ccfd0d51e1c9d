"""Stuurhuis."""
