"""The staff area at /staff/events/: DEPA staff manage events; co-organisers run the door."""

import csv
import functools
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import rules, selectors, services
from .enums import IdeaStatus
from .errors import EventError
from .forms import CancelEventForm, CoOrganiserForm, EventForm
from .models import RSVP, Event, Idea


def staff_required(view):
    @login_required
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not rules.can_manage_events(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def event_runner_required(view):
    """Staff and the event's co-organisers; the event is passed to the view."""

    @login_required
    @functools.wraps(view)
    def wrapper(request, slug, *args, **kwargs):
        event = selectors.event_for_staff(slug=slug)
        if event is None:
            raise Http404
        if not rules.can_run_event(request.user, event):
            raise PermissionDenied
        return view(request, event, *args, **kwargs)

    return wrapper


def _manage_url(event):
    return reverse("staff_events:manage", kwargs={"slug": event.slug})


@staff_required
@require_GET
def event_list(request):
    page = Paginator(selectors.staff_events(), 20).get_page(request.GET.get("page"))
    return render(request, "events/staff/list.html", {"page_obj": page, "events": page.object_list})


@staff_required
@require_http_methods(["GET", "POST"])
def event_create(request):
    form = EventForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(
                by=request.user, data=form.service_data(), topics=form.cleaned_data["topics"]
            )
        except EventError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("The event is saved as a draft. Publish it when it is ready.")
            )
            return redirect(_manage_url(event))
    return render(
        request, "events/staff/form.html", {"form": form}, status=400 if form.errors else 200
    )


@staff_required
@require_http_methods(["GET", "POST"])
def event_edit(request, slug):
    event = selectors.event_for_staff(slug=slug)
    if event is None:
        raise Http404
    form = EventForm(
        request.POST or None, request.FILES or None, instance=event,
        confirmed_count=event.confirmed_count,
    )  # fmt: skip
    if request.method == "POST" and form.is_valid():
        original = Event.objects.get(pk=event.pk)
        try:
            services.event_update(
                event=original, data=form.service_data(), topics=form.cleaned_data["topics"]
            )
        except EventError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("The event is updated. Attendees are told if the time or place changed.")
            )
            return redirect(_manage_url(event))
    return render(request, "events/staff/form.html", {"form": form, "event": event},
                  status=400 if form.errors else 200)  # fmt: skip


@event_runner_required
@require_GET
def event_manage(request, event):
    return render(request, "events/staff/manage.html", {
        "event": event, "can_manage": rules.can_manage_events(request.user),
        "co_organisers": event.co_organisers.order_by("email"),
        "co_organiser_form": CoOrganiserForm(), "seats_left": selectors.seats_left(event),
    })  # fmt: skip


@staff_required
@require_POST
def event_publish(request, slug):
    event = get_object_or_404(Event, slug=slug)
    try:
        services.event_publish(event=event)
    except EventError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The event is published and open for RSVPs."))
    return redirect(_manage_url(event))


@staff_required
@require_http_methods(["GET", "POST"])
def event_cancel(request, slug):
    event = get_object_or_404(Event, slug=slug)
    form = CancelEventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.event_cancel(event=event, message=form.cleaned_data["message"])
        except EventError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("The event is cancelled. Everyone who signed up is being emailed.")
            )
        return redirect(_manage_url(event))
    return render(request, "events/staff/cancel.html", {"form": form, "event": event},
                  status=400 if form.errors else 200)  # fmt: skip


@staff_required
@require_POST
def event_duplicate(request, slug):
    event = get_object_or_404(Event, slug=slug)
    copy = services.event_duplicate(event=event, by=request.user)
    messages.success(request, _("A draft copy one week later is ready. Check it and publish it."))
    return redirect(reverse("staff_events:edit", kwargs={"slug": copy.slug}))


@staff_required
@require_POST
def co_organiser_add(request, slug):
    event = get_object_or_404(Event, slug=slug)
    form = CoOrganiserForm(request.POST)
    if form.is_valid():
        try:
            user = services.event_add_co_organiser(event=event, email=form.cleaned_data["email"])
        except EventError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("%(name)s is now a co-organiser.") % {"name": user.name})
    else:
        messages.error(request, _("Please enter a valid email address."))
    return redirect(_manage_url(event))


@staff_required
@require_POST
def co_organiser_remove(request, slug, user_id):
    event = get_object_or_404(Event, slug=slug)
    services.event_remove_co_organiser(event=event, user_id=user_id)
    messages.success(request, _("The co-organiser is removed."))
    return redirect(_manage_url(event))


@event_runner_required
@require_GET
def attendees(request, event):
    rsvps = selectors.event_attendees(event=event, query=request.GET.get("q", "").strip())
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{event.slug}-attendees.csv"'
        response.write("\ufeff")  # Excel opens UTF-8 Thai names only with a BOM
        writer = csv.writer(response)
        writer.writerow([_("Name"), _("Email"), _("Status"), _("Signed up"), _("Checked in")])
        for rsvp in rsvps:
            writer.writerow([
                _csv_safe(rsvp.user.name), rsvp.user.email, rsvp.get_status_display(),
                rsvp.requested_at.isoformat(),
                rsvp.checked_in_at.isoformat() if rsvp.checked_in_at else "",
            ])  # fmt: skip
        return response
    return render(request, "events/staff/attendees.html", {
        "event": event, "rsvps": rsvps, "query": request.GET.get("q", ""),
    })  # fmt: skip


def _csv_safe(value: str) -> str:
    """A name starting with =, +, - or @ would run as a formula in a spreadsheet."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


@event_runner_required
@require_POST
def check_in(request, event, rsvp_id):
    rsvp = get_object_or_404(RSVP, pk=rsvp_id, event=event)
    _check_in(request, rsvp)
    query = urlencode({"q": request.POST.get("q", "")})
    return redirect(reverse("staff_events:attendees", kwargs={"slug": event.slug}) + f"?{query}")


def _check_in(request, rsvp):
    try:
        if services.rsvp_check_in(rsvp=rsvp):
            messages.success(request, _("%(name)s is checked in.") % {"name": rsvp.user.name})
        else:
            messages.info(request, _("%(name)s was already checked in.") % {"name": rsvp.user.name})
    except EventError as error:
        messages.error(request, error.message)


@event_runner_required
@require_http_methods(["GET", "POST"])
def check_in_ticket(request, event, token):
    """The URL in a ticket's QR code: GET shows who it is, POST checks them in."""
    rsvp = get_object_or_404(RSVP.objects.select_related("user"), event=event, ticket_token=token)
    if request.method == "POST":
        _check_in(request, rsvp)
        return redirect(request.path)
    return render(request, "events/staff/check_in_ticket.html", {"event": event, "rsvp": rsvp})


@event_runner_required
@require_POST
def idea_status(request, event, idea_id):
    idea = get_object_or_404(Idea, pk=idea_id, event=event)
    status = request.POST.get("status")
    if status not in IdeaStatus.values:
        messages.error(request, _("Unknown idea status."))
    else:
        services.idea_set_status(idea=idea, status=status)
        messages.success(request, _("The idea is updated."))
    return redirect(reverse("events:detail", kwargs={"slug": event.slug}) + "#ideas")
