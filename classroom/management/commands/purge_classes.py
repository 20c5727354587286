"""Delete classes, with their students and quiz attempts, after their school year.

A class of "2026/2027" is deleted on 30 September 2027 or later (the privacy page promises
it). Run it daily (cron, or the platform's scheduler).
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from classroom import attempts
from classroom.models import SchoolClass


def expiry(school_year):
    try:
        end_year = int(school_year.split("/")[1])
    except (IndexError, ValueError):
        return None
    return datetime.date(end_year, 9, 30)


class Command(BaseCommand):
    help = "Delete classes (students, results) whose school year ended before 30 September."

    def handle(self, *args, **options):
        today = timezone.localdate()
        deleted = 0
        for school_class in SchoolClass.objects.only("pk", "key", "school_year"):
            ends = expiry(school_class.school_year)
            if ends is not None and today >= ends:
                with transaction.atomic():
                    attempts.delete_with_prefix(school_class.taker_prefix())
                    school_class.delete()
                deleted += 1
        self.stdout.write(f"Deleted {deleted} classes after their school year.")
