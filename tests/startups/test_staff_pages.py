"""The DEPA staff moderation area: queue oldest first, review with diff and history, decisions."""

import pytest
from django.core import mail

from startups import services
from startups.enums import RevisionStatus, Status
from tests.factories import StartupFactory

pytestmark = pytest.mark.django_db


def test_queue_lists_submissions_and_edits_oldest_first_with_waiting_time(client, staff):
    from datetime import timedelta

    from django.utils import timezone

    old = StartupFactory(name_en="Old one", status=Status.SUBMITTED)
    new = StartupFactory(name_en="New one", status=Status.SUBMITTED)
    type(old).objects.filter(pk=old.pk).update(submitted_at=timezone.now() - timedelta(days=3))
    type(new).objects.filter(pk=new.pk).update(submitted_at=timezone.now() - timedelta(hours=2))
    approved = StartupFactory(name_en="Live one", status=Status.APPROVED)
    services.startup_update(startup=approved, data={"name_en": "Renamed"}, by=approved.founder_user)
    client.force_login(staff)

    response = client.get("/en/staff/startups/")
    page = response.content.decode()
    assert [s.name_en for s in response.context["submissions"]] == ["Old one", "New one"]
    assert [r.startup.name_en for r in response.context["revisions"]] == ["Live one"]
    assert "3\xa0days" in page and "2\xa0hours" in page


def test_review_page_shows_the_field_diff_side_by_side_and_the_history(client, staff, approved):
    services.startup_update(
        startup=approved, data={"tagline_en": "Brand new tagline"}, by=approved.founder_user
    )
    client.force_login(staff)

    response = client.get(f"/en/staff/startups/{approved.slug}/")
    assert response.context["diff"] == [
        {
            "field": "tagline_en",
            "label": "tagline in English",
            "old": "A digital platform for Udon Thani communities",
            "new": "Brand new tagline",
            "is_image": False,
        }
    ]
    page = response.content.decode()
    assert "<del>A digital platform for Udon Thani communities</del>" in page
    assert "<ins>Brand new tagline</ins>" in page
    assert "Edit sent for review" in page


def test_staff_ask_for_changes_by_post_and_founders_get_the_reason_by_email(
    client, staff, submitted, founder, django_capture_on_commit_callbacks
):
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/staff/startups/{submitted.slug}/decide/",
            {"action": "request_changes", "reason": "โปรดเพิ่มเว็บไซต์"},
        )

    assert response.status_code == 302 and response.url == "/staff/startups/"
    submitted.refresh_from_db()
    assert submitted.status == Status.CHANGES_REQUESTED
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [founder.email]
    assert "โปรดเพิ่มเว็บไซต์" in mail.outbox[0].body


def test_rejecting_without_a_reason_re_renders_with_the_error_and_changes_nothing(
    client, staff, submitted
):
    client.force_login(staff)
    response = client.post(
        f"/en/staff/startups/{submitted.slug}/decide/", {"action": "reject", "reason": ""}
    )

    assert response.status_code == 400
    assert response.context["form"].errors["reason"] == [
        "Please give a reason, so the founders know what to change."
    ]
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED and submitted.history.count() == 0


def test_an_impossible_decision_is_refused_with_a_message(client, staff, draft):
    client.force_login(staff)
    response = client.post(f"/en/staff/startups/{draft.slug}/decide/", {"action": "approve"},
                           follow=True)  # fmt: skip
    assert "This action is not possible" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_staff_approve_a_pending_edit_and_it_goes_public(client, staff, approved):
    revision = services.startup_update(
        startup=approved, data={"name_en": "Renamed"}, by=approved.founder_user
    )
    client.force_login(staff)
    client.post(
        f"/staff/startups/{approved.slug}/edits/{revision.pk}/decide/", {"action": "approve"}
    )

    approved.refresh_from_db()
    revision.refresh_from_db()
    assert approved.name_en == "Renamed" and revision.status == RevisionStatus.APPROVED
    assert "Renamed" in client.get(f"/en/startups/{approved.slug}/").content.decode()


def test_rejecting_an_edit_without_reason_is_refused(client, staff, approved):
    revision = services.startup_update(
        startup=approved, data={"name_en": "Renamed"}, by=approved.founder_user
    )
    client.force_login(staff)
    response = client.post(
        f"/staff/startups/{approved.slug}/edits/{revision.pk}/decide/", {"action": "reject"}
    )
    assert response.status_code == 400
    revision.refresh_from_db()
    assert revision.status == RevisionStatus.PENDING


def test_the_admin_shows_startups_read_only_so_decisions_go_through_the_services(
    client, staff, approved
):
    client.force_login(staff)
    assert client.get("/admin/startups/startup/").status_code == 200
    page = client.get(f"/admin/startups/startup/{approved.pk}/change/")
    assert page.status_code == 200 and 'name="name_th"' not in page.content.decode()
    response = client.post(
        f"/admin/startups/startup/{approved.pk}/change/", {"name_th": "x", "status": "draft"}
    )
    assert response.status_code == 403
    approved.refresh_from_db()
    assert approved.status == Status.APPROVED
