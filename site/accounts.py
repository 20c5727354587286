"""Sign-in and sign-out on the public site (editors also have Wagtail's own admin login)."""

from django.contrib.auth import views as auth_views
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache


@method_decorator(never_cache, name="dispatch")
class LoginView(auth_views.LoginView):
    template_name = "korzenie/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass
