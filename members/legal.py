"""The current versions of the terms of use and the privacy notice.

Bump a version when the text in templates/members/legal/ changes in substance; people accept
the version that was current when they signed up, and that record is kept.
"""

TERMS_VERSION = "2026-11-24"
PRIVACY_VERSION = "2026-11-24"
