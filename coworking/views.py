import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members.selectors import membership_suspension

from . import selectors, services
from .forms import BookingForm
from .rules import may_book


def _requested_date(request):
    """The day asked for, clamped to today..end of the booking window."""
    first, last = selectors.booking_window()
    try:
        date = dt.date.fromisoformat(request.GET.get("date", ""))
    except ValueError:
        return first
    return min(max(date, first), last)


def grid(request):
    space = selectors.smart_hub()
    date = _requested_date(request)
    first, last = selectors.booking_window()
    context = {
        "space": space,
        "date": date,
        "first_date": first,
        "last_date": last,
        "previous_date": date - dt.timedelta(days=1) if date > first else None,
        "next_date": date + dt.timedelta(days=1) if date < last else None,
        "may_book": may_book(request.user),
    }
    if not context["may_book"]:
        context["suspension"] = membership_suspension(user=request.user)
    if space:
        context.update(selectors.availability_grid(space=space, date=date))
    return render(request, "coworking/grid.html", context)


def _booking_initial(request):
    initial = {"date": _requested_date(request).isoformat()}
    if request.GET.get("resource", "").isdigit():
        initial["resource"] = request.GET["resource"]
    start = request.GET.get("start", "")
    if len(start) == 5 and start[2] == ":":
        initial["start"] = start
        try:
            initial["end"] = (
                dt.datetime.combine(dt.date(2000, 1, 1), dt.time.fromisoformat(start))
                + selectors.slot_delta() * 2
            ).strftime("%H:%M")
        except ValueError:
            initial.pop("start")
    return initial


@login_required
def book(request):
    space = selectors.smart_hub()
    if space is None:
        raise Http404
    if not may_book(request.user):
        return render(
            request,
            "coworking/not_allowed.html",
            {"suspension": membership_suspension(user=request.user)},
            status=403,
        )
    blocked_until = selectors.member_blocked_until(member=request.user)
    form = BookingForm(request.POST or None, space=space, initial=_booking_initial(request))
    suggestions = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            booking = services.booking_create(
                member=request.user,
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
                request,
                _("Booked. A confirmation with a calendar file is on its way to %(email)s.")
                % {"email": request.user.email},
            )
            return redirect(booking.get_absolute_url())
    status = 400 if form.errors else 200
    context = {
        "form": form,
        "space": space,
        "suggestions": suggestions,
        "blocked_until": blocked_until,
    }
    return render(request, "coworking/book.html", context, status=status)


@login_required
def my_bookings(request):
    context = selectors.member_bookings(member=request.user)
    context["now"] = timezone.now()
    return render(request, "coworking/my_bookings.html", context)


def _own_booking(request, pk):
    booking = selectors.member_booking_or_none(member=request.user, pk=pk)
    if booking is None:
        raise Http404
    return booking


@login_required
@require_POST
def booking_cancel(request, pk):
    booking = _own_booking(request, pk)
    try:
        services.booking_cancel(booking=booking, by=request.user)
    except services.BookingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Booking cancelled. The slot is free for others again."))
    return redirect("coworking:my_bookings")


@login_required
@require_POST
def booking_check_in(request, pk):
    booking = _own_booking(request, pk)
    try:
        services.booking_check_in(booking=booking, by=request.user)
    except services.BookingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Checked in. Have a productive day at the Smart Hub."))
    return redirect("coworking:my_bookings")
