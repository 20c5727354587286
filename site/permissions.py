"""Who may see what: the roles the site knows, checked in one place.

Teachers are users in the "Teachers" group (the classroom app decides how they get there);
editors, moderators and superusers may see teacher material too, to write and review it.
"""

TEACHERS_GROUP = "Teachers"
STAFF_GROUPS = ("Editors", "Moderators")


def is_teacher(user):
    """True for a signed-in user who may see teacher-only material (notes, answer keys)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_korzenie_teacher", None)
    if cached is None:
        cached = user.groups.filter(name__in=(TEACHERS_GROUP, *STAFF_GROUPS)).exists()
        user._korzenie_teacher = cached
    return cached
