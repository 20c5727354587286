"""The quiz engine: question blocks, server-side grading, answer forms and the taking flow.

`blocks` defines how editors write questions; `snapshot` turns a quiz's StreamField into a frozen,
JSON-serialisable list of questions (with the answer key) and strips it into the public form the
browser may see; `grading` grades answers against a snapshot with pure functions; `forms` parses
and validates what a student submits.
"""
