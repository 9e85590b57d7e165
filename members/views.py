import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import roles, selectors, services
from .filters import MemberDirectoryFilter
from .forms import (
    AccountSettingsForm,
    DeleteAccountForm,
    MembershipApplicationForm,
    MembershipDecisionForm,
    ProfileForm,
)
from .models import Membership, Profile
from .person_page import person_sections

PAGE_SIZE = 20


@require_GET
def directory(request):
    data = request.GET.copy()
    filterset = MemberDirectoryFilter(data, queryset=selectors.member_directory())
    if not filterset.is_valid():
        # An invalid value (an unknown district from an old link) is dropped, the rest kept.
        for field in filterset.errors:
            data.pop(field, None)
        filterset = MemberDirectoryFilter(data, queryset=selectors.member_directory())
    people = filterset.qs
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "members/directory.html", {
        "form": filterset.form, "page_obj": page, "querystring_base": query.urlencode(),
        "skills": selectors.member_directory_skills(),
        "filtered": any(request.GET.get(k) for k in ("q", "skill", "district")),
    })  # fmt: skip


@require_GET
def person(request, pk):
    person = selectors.person_for_viewer(pk=pk, viewer=request.user)
    if person is None:
        raise Http404
    return render(request, "members/person.html", {
        "person": person, "profile": getattr(person, "profile", None),
        "is_owner": request.user.pk == person.pk,
        "sections": person_sections(person=person, viewer=request.user),
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def apply(request):
    membership = selectors.membership_for(user=request.user)
    can_apply = membership is None or membership.status == "declined"
    form = MembershipApplicationForm(request.POST or None) if can_apply else None
    if request.method == "POST":
        if form is None:
            messages.error(request, _("You cannot apply now: see your membership status below."))
            return render(request, "members/apply.html", {"membership": membership}, status=409)
        if form.is_valid():
            try:
                services.membership_apply(user=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _(
                    "Application sent to DEPA staff. A decision usually takes 2-3 working days; "
                    "we will email you."))  # fmt: skip
                return redirect("members:apply")
    return render(request, "members/apply.html", {"membership": membership, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = Profile.objects.filter(user=request.user).first() or Profile(user=request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile,
                       user=request.user)  # fmt: skip
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k not in ("skills", "interests")}
        if "avatar" not in request.FILES and data.get("avatar") is not False:
            data.pop("avatar", None)
        services.profile_update(user=request.user, data=data, skills=form.cleaned_data["skills"],
                                interests=form.cleaned_data["interests"])  # fmt: skip
        messages.success(request, _("Profile saved."))
        return redirect("members:person", pk=request.user.pk)
    return render(request, "members/profile_edit.html", {
        "form": form, "is_member": roles.is_maker_member(request.user),
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request):
    form = AccountSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Settings saved."))
        return redirect("members:settings")
    return render(request, "members/settings.html", {
        "form": form, "consents": request.user.consents.all(),
    })  # fmt: skip


@login_required
@require_GET
def data_export(request):
    data = services.user_export_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="smart-udon-my-data-{stamp}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.user_delete_account(user=request.user)
        logout(request)
        messages.success(request, _("Your account and personal data have been deleted."))
        return redirect("home")
    return render(request, "members/delete_account.html", {"form": form})


@require_GET
def terms(request):
    from .legal import TERMS_VERSION

    return render(request, "members/legal/terms.html", {"version": TERMS_VERSION})


@require_GET
def privacy(request):
    from .legal import PRIVACY_VERSION

    return render(request, "members/legal/privacy.html", {"version": PRIVACY_VERSION})


# --- DEPA staff ------------------------------------------------------------------------------
def _staff_only(request):
    if not request.user.is_authenticated:
        return False
    if not request.user.has_perm("members.review_membership"):
        raise PermissionDenied
    return True


@require_GET
def staff_queue(request):
    if not _staff_only(request):
        return redirect(f"{_login_url()}?next={request.path}")
    status = request.GET.get("status", "")
    decided = selectors.memberships_decided(
        status=status if status in ("approved", "declined", "suspended") else ""
    )
    return render(request, "members/staff/queue.html", {
        "pending": selectors.membership_review_queue(),
        "decided_page": Paginator(decided, PAGE_SIZE).get_page(request.GET.get("page")),
        "status": status, "decided_query": f"status={status}" if status else "",
    })  # fmt: skip


@require_http_methods(["GET", "POST"])
def staff_review(request, pk):
    if not _staff_only(request):
        return redirect(f"{_login_url()}?next={request.path}")
    membership = get_object_or_404(
        Membership.objects.select_related("user", "user__profile"), pk=pk, user__is_active=True
    )
    form = MembershipDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_decide(membership=membership, by=request.user,
                                       to=form.target_status,
                                       reason=form.cleaned_data["reason"])  # fmt: skip
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Decision saved; %(name)s will get an email.")
                             % {"name": membership.user.name})  # fmt: skip
            return redirect("members_staff:queue")
    return render(request, "members/staff/review.html", {
        "membership": membership, "form": form,
        "history": selectors.membership_history(membership=membership),
    })  # fmt: skip


def _login_url():
    from django.urls import reverse

    return reverse("account_login")
