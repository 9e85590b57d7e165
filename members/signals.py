"""Signals other apps listen to, so members/ never imports the domain apps (loose coupling).

Receivers live in each app's `receivers.py`, connected in its AppConfig.ready(), and call that
app's own services. All three are sent inside the caller's database transaction.
"""

from django.dispatch import Signal

# Sent with `user` just before an account's personal data is erased. Receivers cancel or free
# what the person held (future RSVPs, desk bookings) and hand over or archive what they alone
# owned (startups), keeping aggregate records without identity.
user_erasing = Signal()

# Sent with `user`, `by` and `reason` when DEPA staff suspend a Smart Udon Maker membership.
# The co-working app cancels the member's future bookings.
membership_suspended = Signal()

# Sent with `user` when the person downloads their data. Each receiver returns a pair
# (section name, JSON-serialisable data) describing what its app holds about that person.
personal_data_export = Signal()
