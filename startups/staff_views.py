"""The DEPA staff moderation area: the queue, the review page and the decisions."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from . import rules, selectors, services
from .diff import revision_diff
from .errors import StartupError
from .forms import DecisionForm, RevisionDecisionForm
from .models import Startup, StartupRevision


def staff_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not rules.can_review(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@staff_required
@require_GET
def queue(request):
    return render(
        request,
        "startups/staff/queue.html",
        {**selectors.moderation_queue(), "now": timezone.now()},
    )


def _review_context(startup, form=None, revision_form=None):
    revision = selectors.startup_pending_revision(startup)
    return {
        "startup": startup,
        "revision": revision,
        "diff": revision_diff(startup, revision) if revision else [],
        "history": selectors.startup_history(startup),
        "team": selectors.startup_full_team(startup),
        "form": form or DecisionForm(),
        "revision_form": revision_form or RevisionDecisionForm(),
        "actions": services.allowed_staff_actions(startup),
    }


@staff_required
@require_GET
def review(request, slug):
    startup = get_object_or_404(
        Startup.objects.select_related("origin_idea", "origin_event"), slug=slug
    )
    return render(request, "startups/staff/review.html", _review_context(startup))


DECISIONS = {
    "approve": (services.startup_approve, False),
    "request_changes": (services.startup_request_changes, True),
    "reject": (services.startup_reject, True),
    "archive": (services.startup_archive, True),
}


@staff_required
@require_POST
def decide(request, slug):
    startup = get_object_or_404(
        Startup.objects.select_related("origin_idea", "origin_event"), slug=slug
    )
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return render(
            request, "startups/staff/review.html", _review_context(startup, form=form), status=400
        )
    service, takes_reason = DECISIONS[form.cleaned_data["action"]]
    kwargs = {"reason": form.cleaned_data["reason"]} if takes_reason else {}
    try:
        startup = service(startup=startup, by=request.user, **kwargs)
    except StartupError as error:
        messages.error(request, error.message)
        return redirect("startups_staff:review", slug=startup.slug)
    messages.success(
        request,
        _("%(name)s is now “%(status)s”. The founders get an email.")
        % {"name": startup.name, "status": startup.get_status_display()},
    )
    return redirect("startups_staff:queue")


@staff_required
@require_POST
def decide_revision(request, slug, pk):
    revision = get_object_or_404(StartupRevision, pk=pk, startup__slug=slug)
    form = RevisionDecisionForm(request.POST)
    if not form.is_valid():
        context = _review_context(revision.startup, revision_form=form)
        return render(request, "startups/staff/review.html", context, status=400)
    approve = form.cleaned_data["action"] == "approve"
    try:
        services.revision_decide(
            revision=revision, approve=approve, by=request.user, reason=form.cleaned_data["reason"]
        )
    except StartupError as error:
        messages.error(request, error.message)
        return redirect("startups_staff:review", slug=slug)
    messages.success(
        request,
        _("The edit is approved and now public.") if approve else _("The edit is rejected."),
    )
    return redirect("startups_staff:queue")
