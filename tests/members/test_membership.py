"""Applying for Smart Udon Maker membership and DEPA staff deciding, with history and emails."""

import pytest
from django.core import mail

from members import roles, services, signals
from members.models import AppendOnlyError, Membership, MembershipEvent
from tests.factories import MembershipFactory, UserFactory, member

pytestmark = pytest.mark.django_db

APPLICATION = {
    "motivation": "ผมทำเซนเซอร์วัดความชื้นดินให้ชาวนาในอำเภอกุมภวาปี อยากใช้ Smart Hub",
    "skills": "Python,  IoT , python, ออกแบบ   UX",
    "district": "kumphawapi",
}


def test_signed_in_user_applies_and_waits_for_review(client, user):
    client.force_login(user)
    response = client.post("/en/members/apply/", APPLICATION, follow=True)

    membership = Membership.objects.get(user=user)
    assert membership.status == "pending"
    assert "Application sent to DEPA staff" in response.content.decode()
    assert [t.name for t in user.profile.skills.order_by("name")] == ["iot", "python", "ออกแบบ ux"]
    assert user.profile.district == "kumphawapi"
    event = MembershipEvent.objects.get(membership=membership)
    assert (event.by, event.from_status, event.to_status) == (user, "", "pending")


def test_second_application_while_pending_is_refused_and_saves_nothing(client, user):
    MembershipFactory(user=user, status="pending", motivation="first")
    client.force_login(user)

    response = client.post("/en/members/apply/", APPLICATION)

    assert response.status_code == 409
    assert Membership.objects.get(user=user).motivation == "first"
    assert MembershipEvent.objects.count() == 0


def test_suspended_member_cannot_apply_again(user):
    MembershipFactory(user=user, status="suspended")

    with pytest.raises(services.MembershipError, match="suspended"):
        services.membership_apply(user=user, motivation="x" * 30, skills=[], district="phen")

    assert Membership.objects.get(user=user).status == "suspended"


def test_declined_applicant_may_apply_again(client, user):
    MembershipFactory(user=user, status="declined")
    client.force_login(user)

    client.post("/en/members/apply/", APPLICATION)

    assert Membership.objects.get(user=user).status == "pending"
    assert MembershipEvent.objects.get().from_status == "declined"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("motivation", "short", "Ensure this value has at least 20 characters"),
        ("district", "bangkok", "Select a valid choice"),
        ("skills", ",".join(f"s{i}" for i in range(11)), "At most 10 tags"),
        ("skills", "x" * 41, "a tag has at most 40 characters"),
        ("skills", " , ", "This field is required"),
    ],
)
def test_bad_application_shows_the_error_and_saves_nothing(client, user, field, value, message):
    client.force_login(user)
    response = client.post("/en/members/apply/", {**APPLICATION, field: value})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Membership.objects.exists()


def test_errors_are_in_the_users_language(client, user):
    client.force_login(user)
    response = client.post("/members/apply/", {**APPLICATION, "motivation": ""})

    assert "โปรดแก้ไขรายการต่อไปนี้" in response.content.decode()
    assert not Membership.objects.exists()


def test_staff_approve_from_the_queue_and_the_applicant_gets_an_email_in_their_language(
    client, staff, django_capture_on_commit_callbacks
):
    applicant = member(status="pending", preferred_language="en", public=False)
    membership = applicant.membership
    client.force_login(staff)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/staff/members/{membership.pk}/", {"action": "approve"})

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == "approved"
    event = MembershipEvent.objects.get(membership=membership)
    assert (event.by, event.from_status, event.to_status) == (staff, "pending", "approved")
    assert [m.subject for m in mail.outbox] == [
        "Welcome to Smart Udon Maker: your membership is approved"
    ]
    assert mail.outbox[0].to == [applicant.email]
    event.refresh_from_db()
    assert event.email_sent_at is not None
    assert roles.is_maker_member(UserFactory._meta.model.objects.get(pk=applicant.pk))


def test_decline_needs_a_reason_and_saves_nothing_without_one(client, staff):
    applicant = member(status="pending", public=False)
    client.force_login(staff)

    response = client.post(f"/en/staff/members/{applicant.membership.pk}/", {"action": "decline"})

    assert "Please give a reason" in response.content.decode()
    applicant.membership.refresh_from_db()
    assert applicant.membership.status == "pending"
    assert not MembershipEvent.objects.exists()
    assert mail.outbox == []


def test_declined_applicant_reads_the_reason_in_thai(
    client, staff, django_capture_on_commit_callbacks
):
    applicant = member(status="pending", preferred_language="th", public=False)
    client.force_login(staff)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/staff/members/{applicant.membership.pk}/",
            {"action": "decline", "reason": "กรุณาเพิ่มรายละเอียดผลงาน"},
        )

    assert mail.outbox[0].subject == "ใบสมัคร Smart Udon Maker ของคุณ"
    assert "กรุณาเพิ่มรายละเอียดผลงาน" in mail.outbox[0].body
    assert "กรุณาเพิ่มรายละเอียดผลงาน" in mail.outbox[0].alternatives[0][0]


def test_suspension_sends_the_signal_inside_the_transaction_for_the_coworking_app(
    staff, django_capture_on_commit_callbacks
):
    from django.db import connection

    approved = member(status="approved")
    received = []

    def cancel_future_bookings(sender, user, by, reason, **kwargs):
        received.append((user.pk, by.pk, reason, connection.in_atomic_block))

    signals.membership_suspended.connect(cancel_future_bookings)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.membership_decide(
                membership=approved.membership, by=staff, to="suspended", reason="ใช้โต๊ะผิดกติกา"
            )
    finally:
        signals.membership_suspended.disconnect(cancel_future_bookings)

    assert received == [(approved.pk, staff.pk, "ใช้โต๊ะผิดกติกา", True)]
    assert Membership.objects.get(pk=approved.membership.pk).status == "suspended"
    assert mail.outbox[0].subject == "สมาชิกภาพ Smart Udon Maker ของคุณถูกระงับ"
    assert not roles.is_maker_member(UserFactory._meta.model.objects.get(pk=approved.pk))


def test_stale_decision_on_an_already_decided_membership_is_refused(staff):
    approved = member(status="approved")

    with pytest.raises(services.MembershipError):
        services.membership_decide(membership=approved.membership, by=staff, to="declined",
                                   reason="late")  # fmt: skip

    assert not MembershipEvent.objects.exists()


def test_history_is_append_only(staff):
    applicant = member(status="pending")
    event = services.membership_decide(membership=applicant.membership, by=staff, to="approved")

    event.reason = "rewritten"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    assert MembershipEvent.objects.get(pk=event.pk).reason == ""


def test_decision_email_is_sent_once_when_the_task_runs_twice(staff):
    applicant = member(status="pending")
    event = services.membership_decide(membership=applicant.membership, by=staff, to="approved")
    mail.outbox.clear()

    assert services.membership_send_decision_email(event_id=event.pk) is True
    assert services.membership_send_decision_email(event_id=event.pk) is False
    assert len(mail.outbox) == 1


def test_staff_queue_lists_pending_oldest_first_with_waiting_time(client, staff):
    from datetime import timedelta

    from django.utils import timezone

    newer = member(status="pending", display_name="ผู้สมัครใหม่")
    older = member(status="pending", display_name="ผู้สมัครเก่า")
    Membership.objects.filter(user=older).update(applied_at=timezone.now() - timedelta(days=3))
    client.force_login(staff)

    body = client.get("/en/staff/members/").content.decode()

    assert body.index("ผู้สมัครเก่า") < body.index("ผู้สมัครใหม่")
    assert "3 days" in body
    assert newer.membership.pk


@pytest.mark.parametrize("count", [1, 15])
def test_staff_queue_query_count_does_not_grow(client, staff, count, django_assert_num_queries):
    for _ in range(count):
        member(status="pending", skills=["python", "iot"])
    member(status="approved")
    client.force_login(staff)

    with django_assert_num_queries(7):
        response = client.get("/staff/members/")
    assert len(response.context["pending"]) == count


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_real_worker_sends_the_decision_email_through_the_broker(celery_app, celery_worker):
    from members.tasks import send_membership_decision_email
    from tests.factories import DepaStaffFactory
    from tests.waiting import wait_until

    staff = DepaStaffFactory()
    applicant = member(status="pending", preferred_language="en")
    event = MembershipEvent.objects.create(
        membership=applicant.membership, by=staff, from_status="pending", to_status="approved"
    )
    send_membership_decision_email.delay(event.pk)
    # The mail leaves inside the worker's transaction; wait for its commit before reading.
    wait_until(
        lambda: MembershipEvent.objects.filter(pk=event.pk, email_sent_at__isnull=False).exists(),
        what="the worker to commit the decision email",
    )

    assert mail.outbox[0].to == [applicant.email]
