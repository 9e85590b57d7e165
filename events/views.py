"""Public calendar, event pages, RSVP, tickets, ICS and the idea board."""

import datetime
import json
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from startups import selectors as startup_selectors
from startups import services as startup_services
from startups.errors import StartupError
from udon_ecosystem.mail import absolute_url

from . import rules, selectors, services
from .enums import EventKind, RSVPStatus
from .errors import EventError
from .filters import CalendarFilter
from .forms import IdeaForm
from .ics import event_ics, feed_ics
from .models import Event, Idea
from .qr import ticket_qr_svg

PAGE_SIZE = 20


@require_GET
def calendar(request):
    past = request.GET.get("when") == "past"
    filterset = CalendarFilter(request.GET or None, queryset=selectors.calendar_events(past=past))
    form, events = filterset.form, filterset.qs
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "events/calendar.html", {
        "form": form, "page_obj": page, "events": page.object_list, "past": past,
        "querystring_base": query.urlencode(),
        "filters_active": any(request.GET.get(name) for name in ("kind", "topic", "month")),
    })  # fmt: skip


def _json_ld(request, event) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.description[:500],
        "startDate": timezone.localtime(event.starts_at).isoformat(),
        "endDate": timezone.localtime(event.ends_at).isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.is_cancelled
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"
        if event.venue_kind == "online"
        else "https://schema.org/OfflineEventAttendanceMode",
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "organizer": {"@type": "Organization", "name": "DEPA Smart Udon"},
        "location": {"@type": "VirtualLocation", "url": request.build_absolute_uri()}
        if event.venue_kind == "online"
        else {
            "@type": "Place",
            "name": event.room or "Smart Hub Udon Thani",
            "address": event.address or "Udon Thani",
        },
    }
    if event.cover:
        data["image"] = request.build_absolute_uri(event.cover.url)
    # json.dumps does not escape "</": do it so the script element cannot be closed early.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _google_calendar_url(event) -> str:
    start, end = (moment.astimezone(datetime.UTC) for moment in (event.starts_at, event.ends_at))
    dates = f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}"
    query = {"action": "TEMPLATE", "text": event.title, "dates": dates,
             "details": absolute_url(event.get_absolute_url())}  # fmt: skip
    return "https://calendar.google.com/calendar/render?" + urlencode(query)


def _render_detail(request, event, *, idea_form=None, status=200):
    rsvp = selectors.rsvp_for(event=event, user=request.user)
    ideas = None
    if event.kind == EventKind.BRAINSTORM:
        ideas = list(selectors.event_ideas(event=event, user=request.user))
        grown = startup_selectors.startups_from_ideas(
            idea_ids=[idea.pk for idea in ideas if idea.is_selected], user=request.user
        )
        for idea in ideas:
            idea.grown_startup = grown.get(idea.pk)
    context = {
        "event": event,
        "rsvp": rsvp,
        "seats_left": event.seats_left,
        "ideas": ideas,
        "idea_form": idea_form or IdeaForm(),
        "can_post_ideas": rsvp is not None and rsvp.is_confirmed and not event.has_ended,
        "can_run": rules.can_run_event(request.user, event),
        "json_ld": _json_ld(request, event),
        "google_calendar_url": _google_calendar_url(event),
        "canonical_url": request.build_absolute_uri(event.get_absolute_url()),
    }
    return render(request, "events/detail.html", context, status=status)


@require_GET
def detail(request, slug):
    event = selectors.event_for_public(slug=slug)
    if event is None:
        raise Http404
    return _render_detail(request, event)


@login_required
@require_POST
def rsvp(request, slug):
    event = get_object_or_404(Event, slug=slug)
    try:
        result = services.rsvp_create(event=event, user=request.user)
    except EventError as error:
        messages.error(request, error.message)
    else:
        if result.status == RSVPStatus.CONFIRMED:
            messages.success(
                request, _("You are confirmed. We emailed you the details with a calendar file.")
            )
        else:
            messages.info(
                request,
                _(
                    "The event is full, so you are on the waitlist. "
                    "We will email you if a seat frees up."
                ),
            )
    return redirect(event)


@login_required
@require_POST
def rsvp_cancel(request, slug):
    event = get_object_or_404(Event, slug=slug)
    try:
        cancelled = services.rsvp_cancel(event=event, user=request.user)
    except EventError as error:
        messages.error(request, error.message)
    else:
        if cancelled:
            messages.success(
                request, _("Your RSVP is cancelled. Your seat goes to the next person waiting.")
            )
    return redirect(event)


@require_GET
def event_calendar_file(request, slug):
    event = selectors.event_for_public(slug=slug)
    if event is None:
        raise Http404
    rsvp = selectors.rsvp_for(event=event, user=request.user)
    include_link = rsvp is not None and rsvp.is_confirmed
    body = event_ics(event, language=request.LANGUAGE_CODE, include_link=include_link)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


@require_GET
def feed(request):
    kind = request.GET.get("kind", "")
    if kind and kind not in EventKind.values:
        kind = ""
    body = feed_ics(selectors.feed_events(kind=kind), language=request.LANGUAGE_CODE)
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


@login_required
@require_GET
def ticket(request, slug):
    event = get_object_or_404(Event.objects.public(), slug=slug)
    rsvp = get_object_or_404(event.rsvps, user=request.user, status=RSVPStatus.CONFIRMED)
    check_in_url = absolute_url(
        reverse(
            "staff_events:check_in_ticket", kwargs={"slug": event.slug, "token": rsvp.ticket_token}
        )
    )
    return render(request, "events/ticket.html", {
        "event": event, "rsvp": rsvp, "qr_svg": ticket_qr_svg(check_in_url),
    })  # fmt: skip


@login_required
@require_POST
def idea_create(request, slug):
    event = selectors.event_for_public(slug=slug)
    if event is None or not event.is_published:
        raise Http404
    form = IdeaForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, event, idea_form=form, status=400)
    try:
        services.idea_create(event=event, author=request.user, **form.cleaned_data)
    except EventError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your idea is on the board. Others can now vote for it."))
    return redirect(reverse("events:detail", kwargs={"slug": slug}) + "#ideas")


@login_required
@require_POST
def idea_vote(request, slug, idea_id):
    idea = get_object_or_404(Idea, pk=idea_id, event__slug=slug)
    try:
        if request.POST.get("withdraw"):
            services.idea_unvote(idea=idea, user=request.user)
            messages.success(request, _("Your vote is withdrawn."))
        else:
            services.idea_vote(idea=idea, user=request.user)
            messages.success(request, _("Thank you, your vote counts."))
    except EventError as error:
        messages.error(request, error.message)
    return redirect(reverse("events:detail", kwargs={"slug": slug}) + "#ideas")


@login_required
@require_POST
def idea_to_startup(request, slug, idea_id):
    """The author of a selected idea starts a draft startup profile from it."""
    idea = get_object_or_404(Idea, pk=idea_id, event__slug=slug, author=request.user)
    try:
        startup, created = startup_services.startup_create_from_idea(idea=idea, by=request.user)
    except StartupError as error:
        messages.error(request, error.message)
        return redirect(reverse("events:detail", kwargs={"slug": slug}) + "#ideas")
    if created:
        messages.success(request, _(
            "Your idea is now a draft startup profile. Complete it, then send it to DEPA "
            "staff for review."))  # fmt: skip
    else:
        messages.info(request, _("This idea already has a startup profile. Here it is."))
    return redirect("startups:edit", slug=startup.slug)
