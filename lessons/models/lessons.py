"""Lesson pages, their index and teacher resources."""

__all__ = []
