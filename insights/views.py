"""Pages of the open data: /ecosystem/, the staff dashboard, the CSV export, API docs, robots."""

import csv

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from members.roles import is_depa_staff
from startups import selectors as startup_selectors
from startups.filters import StartupFilter
from udon_ecosystem.templatetags.portal import format_date

from . import charts, selectors
from .api import api


@require_GET
def ecosystem(request):
    figures = selectors.ecosystem_figures()
    return render(
        request,
        "insights/ecosystem.html",
        {
            **figures,
            "charts": charts.ecosystem_charts(figures),
        },
    )


@login_required
@require_GET
def staff_dashboard(request):
    if not is_depa_staff(request.user):
        raise Http404  # the dashboard's existence is nobody else's business
    figures = selectors.ecosystem_figures()
    return render(
        request,
        "insights/staff_dashboard.html",
        {
            **figures,
            **selectors.staff_dashboard_data(),
            "now": timezone.now(),
            "charts": charts.ecosystem_charts(figures),
        },
    )


CSV_COLUMNS = [
    "slug",
    "name_th",
    "name_en",
    "tagline_th",
    "tagline_en",
    "sector",
    "stage",
    "district",
    "hiring",
    "website",
    "approved_at",
    "url",
]


@require_GET
def startups_csv(request):
    """The public directory as CSV, with the directory page's current filters applied."""
    filterset = StartupFilter(request.GET, queryset=startup_selectors.startup_directory())
    if not filterset.is_valid():
        return HttpResponse(
            _("Invalid filter: %(errors)s") % {"errors": filterset.errors.as_text()},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="smart-udon-startups-{stamp}.csv"'
    response.write("\ufeff")  # Excel reads UTF-8 (Thai) correctly only with a byte order mark
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for startup in filterset.qs.only(*startup_selectors.CARD_FIELDS, "website"):
        writer.writerow(
            [
                startup.slug,
                startup.name_th,
                startup.name_en,
                startup.tagline_th,
                startup.tagline_en,
                startup.get_sector_display(),
                startup.get_stage_display(),
                startup.get_district_display(),
                _("Yes") if startup.hiring else _("No"),
                startup.website,
                format_date(startup.approved_at) if startup.approved_at else "",
                request.build_absolute_uri(startup.get_absolute_url()),
            ]
        )
    return response


@require_GET
def api_docs(request):
    """A readable list of the API's endpoints, drawn from its own OpenAPI document."""
    document = api.get_openapi_schema(path_prefix=reverse("api_v1:api-root"))
    endpoints = [
        {
            "method": method.upper(),
            "path": path,
            "summary": operation.get("summary", ""),
            "parameters": [p for p in operation.get("parameters", []) if p["in"] == "query"],
        }
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    ]
    return render(
        request,
        "insights/api_docs.html",
        {
            "endpoints": endpoints,
            "openapi_url": reverse("api_v1:openapi-json"),
            "swagger_url": reverse("api_v1:openapi-view"),
        },
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /staff/",
        "Disallow: /en/staff/",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /en/accounts/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
