"""Quizzes and attempts."""

__all__ = []
