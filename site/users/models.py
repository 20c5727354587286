from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The site's user: editors, moderators, administrators and teachers.

    Declared in the first migration so that fields can be added later without a painful
    switch of AUTH_USER_MODEL. Students do not get a User: how they sign in belongs to the
    classroom.
    """

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
