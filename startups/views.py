import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from members.roles import is_depa_staff

from . import rules, selectors, services
from .enums import Status
from .errors import StartupError
from .filters import StartupFilter
from .forms import InvitationForm, StartupForm
from .models import Startup, StartupMembership

PAGE_SIZE = 20


def _visible_startup(request, slug) -> Startup:
    """404 unless the startup is public or the user is on its team or DEPA staff."""
    startup = get_object_or_404(Startup, slug=slug)
    if not rules.can_view(request.user, startup):
        raise Http404
    return startup


def _founder_startup(request, slug) -> Startup:
    startup = _visible_startup(request, slug)
    if not rules.is_founder_of(request.user, startup):
        raise Http404 if startup.status != Status.APPROVED else PermissionDenied
    return startup


@require_GET
def directory(request):
    filterset = StartupFilter(request.GET, queryset=selectors.startup_directory())
    queryset = filterset.qs if filterset.is_valid() else selectors.startup_directory().none()
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    active = [
        {"label": filterset.form[name].label, "value": _filter_display(filterset, name),
         "remove_query": _without(query, name)}
        for name in ("q", "sector", "stage", "district", "looking_for", "hiring")
        if filterset.is_valid() and filterset.form.cleaned_data.get(name)
    ]  # fmt: skip
    return render(
        request,
        "startups/directory.html",
        {
            "filter": filterset,
            "page_obj": page,
            "startups": page.object_list,
            "querystring_base": query.urlencode(),
            "active_filters": active,
        },
    )


def _filter_display(filterset, name):
    value = filterset.form.cleaned_data[name]
    field = filterset.form.fields[name]
    if name == "hiring":
        return _("Yes")
    return dict(getattr(field, "choices", [])).get(value, value)


def _without(query, name):
    copy = query.copy()
    copy.pop(name, None)
    return copy.urlencode()


@require_GET
def detail(request, slug):
    startup = _visible_startup(request, slug)
    on_team = rules.is_member_of(request.user, startup)
    see_all = on_team or is_depa_staff(request.user)
    team = (
        [m for m in selectors.startup_full_team(startup) if not m.is_pending]
        if see_all
        else selectors.startup_public_team(startup)
    )
    return render(
        request,
        "startups/detail.html",
        {
            "startup": startup,
            "team": team,
            "on_team": on_team,
            "is_founder": rules.is_founder_of(request.user, startup),
            "pending_revision": selectors.startup_pending_revision(startup) if see_all else None,
            "json_ld": json.dumps(_json_ld(request, startup), ensure_ascii=False).replace(
                "</", "<\\/"
            ),
            "breadcrumbs": [(reverse("startups:directory"), _("Startups")), ("", startup.name)],
        },
    )


def _json_ld(request, startup):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": startup.name,
        "alternateName": [n for n in (startup.name_th, startup.name_en) if n != startup.name],
        "url": request.build_absolute_uri(startup.get_absolute_url()),
        "description": startup.tagline or startup.description[:300],
        "address": {
            "@type": "PostalAddress",
            "addressLocality": str(startup.get_district_display()),
            "addressRegion": _("Udon Thani"),
            "addressCountry": "TH",
        },
    }
    if startup.founded_year:
        data["foundingDate"] = str(startup.founded_year)
    if startup.logo:
        data["logo"] = request.build_absolute_uri(startup.logo.url)
    if startup.contact_email:
        data["email"] = startup.contact_email
    same_as = [u for u in (startup.website, startup.facebook_url, startup.linkedin_url) if u]
    if same_as:
        data["sameAs"] = same_as
    if not data["alternateName"]:
        del data["alternateName"]
    return data


@login_required
@require_GET
def mine(request):
    return render(
        request,
        "startups/mine.html",
        {
            "startups": selectors.startups_of_member(request.user),
            "invitations": selectors.invitations_for(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    form = StartupForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        startup = services.startup_create(data=form.changed_data_for_service(), by=request.user)
        messages.success(
            request, _("Your startup is saved as a draft. Send it for review when it is ready.")
        )
        return redirect("startups:detail", slug=startup.slug)
    return render(request, "startups/form.html", {"form": form, "startup": None})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, slug):
    startup = _founder_startup(request, slug)
    if not rules.can_edit(request.user, startup) or startup.status not in (
        *services.EDITABLE,
        Status.APPROVED,
    ):
        messages.error(request, _("This profile cannot be edited in its current state."))
        return redirect("startups:mine")
    pending = selectors.startup_pending_revision(startup)
    initial = pending.data if pending else None
    form = StartupForm(
        request.POST or None, request.FILES or None, instance=startup,
        initial={k: v for k, v in (initial or {}).items() if k != "logo"},
    )  # fmt: skip
    if request.method == "POST" and form.is_valid():
        data = form.changed_data_for_service()
        # The ModelForm wrote into our instance; reload the public version before comparing.
        startup.refresh_from_db()
        try:
            revision = services.startup_update(startup=startup, data=data, by=request.user)
        except StartupError as error:
            messages.error(request, error.message)
            return redirect("startups:mine")
        if revision:
            messages.success(request, _(
                "Your changes are sent to DEPA staff. The approved profile stays public until "
                "they approve the changes, usually within 2-3 working days."))  # fmt: skip
        elif startup.status == Status.APPROVED:
            messages.info(request, _("Nothing changed compared with the public profile."))
        else:
            messages.success(request, _("Changes saved."))
        return redirect("startups:mine")
    return render(
        request, "startups/form.html", {"form": form, "startup": startup, "pending": pending}
    )


@login_required
@require_POST
def transition(request, slug, to):
    startup = _founder_startup(request, slug)
    if to not in (Status.SUBMITTED, Status.ARCHIVED, Status.DRAFT):
        raise Http404
    try:
        services.startup_transition(startup=startup, to=to, by=request.user)
    except StartupError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, {
            Status.SUBMITTED: _("Sent to DEPA staff for review. This usually takes 2-3 working "
                                "days; you will get an email."),
            Status.ARCHIVED: _("The startup is archived and hidden from the public."),
            Status.DRAFT: _("The startup is back as a draft."),
        }[to])  # fmt: skip
    return redirect("startups:mine")


@login_required
@require_http_methods(["GET", "POST"])
def team(request, slug):
    startup = _founder_startup(request, slug)
    form = InvitationForm(request.POST or None, startup=startup)
    if request.method == "POST" and form.is_valid():
        try:
            services.member_invite(
                startup=startup, email=form.cleaned_data["email"],
                role=form.cleaned_data["role"], by=request.user,
            )  # fmt: skip
        except StartupError as error:
            form.add_error("email", error.message)
        else:
            messages.success(
                request,
                _("Invitation sent to %(email)s. They join the team once they accept.")
                % {"email": form.cleaned_data["email"]},
            )
            return redirect("startups:team", slug=startup.slug)
    return render(
        request,
        "startups/team.html",
        {"startup": startup, "form": form, "members": selectors.startup_full_team(startup)},
    )


@login_required
@require_POST
def member_remove(request, slug, pk):
    startup = _visible_startup(request, slug)
    if not rules.is_member_of(request.user, startup):
        raise Http404
    membership = get_object_or_404(StartupMembership, pk=pk, startup=startup)
    leaving = membership.user_id == request.user.pk
    if not leaving and not rules.is_founder_of(request.user, startup):
        raise PermissionDenied
    try:
        services.member_remove(membership=membership, by=request.user)
    except StartupError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("You left the team.") if leaving else _("Removed from the team.")
        )
    if leaving:
        return redirect("startups:mine")
    return redirect("startups:team", slug=startup.slug)


@login_required
@require_POST
def invitation_respond(request, pk, answer):
    membership = get_object_or_404(
        StartupMembership, pk=pk, accepted_at__isnull=True, email__iexact=request.user.email
    )
    if answer == "accept":
        services.invitation_accept(membership=membership, user=request.user)
        messages.success(
            request, _("You joined the team of %(name)s.") % {"name": membership.startup.name}
        )
    else:
        services.invitation_decline(membership=membership, user=request.user)
        messages.info(request, _("Invitation declined."))
    return redirect("startups:mine")


@login_required
@require_POST
def leave(request, slug):
    startup = _visible_startup(request, slug)
    membership = get_object_or_404(
        StartupMembership, startup=startup, user=request.user, accepted_at__isnull=False
    )
    return member_remove(request, slug=slug, pk=membership.pk)
