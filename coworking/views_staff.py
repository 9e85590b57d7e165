"""DEPA staff pages at /staff/smart-hub/: the day, walk-ins, resources, hours, closed days and
the occupancy report."""

import csv
import datetime as dt
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import charts, selectors, services
from .forms import ClosedDayForm, OpeningHoursFormSet, ResourceForm, SpaceForm, WalkInForm
from .models import Booking, ClosedDay, OpeningHours, Resource
from .rules import may_manage_smart_hub


def staff_only(view):
    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not may_manage_smart_hub(request.user):
            raise PermissionDenied
        space = selectors.smart_hub()
        if space is None:
            raise Http404
        return view(request, space, *args, **kwargs)

    return wrapper


def _date_param(request):
    try:
        return dt.date.fromisoformat(request.GET.get("date", ""))
    except ValueError:
        return selectors.local_today()


def _day_redirect(date):
    return redirect(f"{reverse('coworking_staff:day')}?date={date.isoformat()}")


@staff_only
def day(request, space):
    date = _date_param(request)
    context = {
        "space": space,
        "date": date,
        "previous_date": date - dt.timedelta(days=1),
        "next_date": date + dt.timedelta(days=1),
        "bookings": selectors.staff_day_bookings(space=space, date=date),
        "window": selectors.day_window(space=space, date=date),
    }
    return render(request, "coworking/staff/day.html", context)


@staff_only
@require_POST
def check_in(request, space, pk):
    booking = get_object_or_404(Booking, pk=pk, resource__space=space)
    try:
        services.booking_check_in(booking=booking, by=request.user)
    except services.BookingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(name)s is checked in.") % {"name": booking.member or "-"})
    return _day_redirect(timezone.localdate(booking.starts_at))


@staff_only
def walk_in(request, space):
    form = WalkInForm(request.POST or None, space=space, initial={"date": selectors.local_today()})
    suggestions = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            booking = services.booking_create(
                member=data["member"],
                resource=data["resource"],
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                by=request.user,
            )
        except services.BookingConflict as conflict:
            form.add_error(None, str(conflict))
            suggestions = conflict.suggestions
        except services.BookingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, _("Walk-in booking saved for %(name)s.") % {"name": booking.member}
            )
            return _day_redirect(data["date"])
    status = 400 if form.errors else 200
    return render(
        request,
        "coworking/staff/walk_in.html",
        {"form": form, "suggestions": suggestions},
        status=status,
    )


@staff_only
def space_edit(request, space):
    form = SpaceForm(request.POST or None, instance=space)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Smart Hub details saved."))
        return redirect("coworking_staff:space")
    status = 400 if form.errors else 200
    return render(request, "coworking/staff/space_form.html", {"form": form}, status=status)


@staff_only
def resources(request, space):
    items = Resource.objects.filter(space=space)
    return render(request, "coworking/staff/resources.html", {"resources": items, "space": space})


@staff_only
def resource_edit(request, space, pk=None):
    resource = get_object_or_404(Resource, pk=pk, space=space) if pk else Resource(space=space)
    form = ResourceForm(request.POST or None, instance=resource)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Resource saved."))
        return redirect("coworking_staff:resources")
    status = 400 if form.errors else 200
    return render(
        request,
        "coworking/staff/resource_form.html",
        {"form": form, "resource": resource},
        status=status,
    )


@staff_only
def hours(request, space):
    queryset = OpeningHours.objects.filter(space=space)
    formset = OpeningHoursFormSet(request.POST or None, queryset=queryset)
    if request.method == "POST" and formset.is_valid():
        with transaction.atomic():
            instances = formset.save(commit=False)
            for obj in formset.deleted_objects:
                obj.delete()
            for obj in instances:
                obj.space = space
                obj.save()
        messages.success(request, _("Opening hours saved."))
        return redirect("coworking_staff:hours")
    status = 400 if request.method == "POST" else 200
    return render(request, "coworking/staff/hours.html", {"formset": formset}, status=status)


@staff_only
def closed_days(request, space):
    today = selectors.local_today()
    items = ClosedDay.objects.filter(space=space, date__gte=today - dt.timedelta(days=30))
    form = ClosedDayForm(request.POST or None, space=space)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Closed day added."))
        return redirect("coworking_staff:closed_days")
    status = 400 if form.errors else 200
    return render(
        request,
        "coworking/staff/closed_days.html",
        {"closed_days": items, "form": form},
        status=status,
    )


@staff_only
def closed_day_edit(request, space, pk):
    closed_day = get_object_or_404(ClosedDay, pk=pk, space=space)
    form = ClosedDayForm(request.POST or None, instance=closed_day, space=space)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Closed day saved."))
        return redirect("coworking_staff:closed_days")
    status = 400 if form.errors else 200
    return render(
        request,
        "coworking/staff/closed_day_form.html",
        {"form": form, "closed_day": closed_day},
        status=status,
    )


@staff_only
@require_POST
def closed_day_delete(request, space, pk):
    get_object_or_404(ClosedDay, pk=pk, space=space).delete()
    messages.success(request, _("Closed day removed: the Smart Hub opens as usual that day."))
    return redirect("coworking_staff:closed_days")


@staff_only
@require_POST
def closed_days_load_holidays(request, space):
    year = selectors.local_today().year
    created = services.closed_days_load_public_holidays(space=space, years=[year, year + 1])
    messages.success(
        request, _("Thai public holidays loaded: %(count)s new closed days.") % {"count": created}
    )
    return redirect("coworking_staff:closed_days")


def _report_start(request):
    try:
        start = dt.date.fromisoformat(request.GET.get("start", ""))
    except ValueError:
        today = selectors.local_today()
        start = today - dt.timedelta(days=today.weekday() + 21)
    return start - dt.timedelta(days=start.weekday())


@staff_only
def report(request, space):
    data = selectors.occupancy_report(space=space, start=_report_start(request))
    data["utilisation_chart"] = charts.utilisation_bars(data)
    data["peak_chart"] = charts.peak_hours_bars(data["peak_hours"])
    return render(request, "coworking/staff/report.html", data)


@staff_only
def report_csv(request, space):
    start = _report_start(request)
    data = selectors.occupancy_report(space=space, start=start)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="smart-hub-occupancy-{start}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 (Thai names) correctly only with a BOM
    writer = csv.writer(response)
    writer.writerow([_("Resource"), *[f"{_('Week of')} {w}" for w in data["week_starts"]]])
    for row in data["rows"]:
        writer.writerow([row["resource"].name, *[f"{value}%" for value in row["weeks"]]])
    writer.writerow([])
    writer.writerow(
        [
            _("No-shows"),
            data["no_shows"],
            _("Checked in"),
            data["attended"],
            _("No-show rate"),
            f"{data['no_show_rate']}%",
        ]
    )
    return response
