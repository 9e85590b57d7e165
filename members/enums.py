from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Language(models.TextChoices):
    THAI = "th", pgettext_lazy("language name", "Thai")
    ENGLISH = "en", pgettext_lazy("language name", "English")


class District(models.TextChoices):
    """The 20 amphoe of Udon Thani province, stored by a stable Latin code."""

    MUEANG_UDON_THANI = "mueang", _("Mueang Udon Thani")
    KUT_CHAP = "kut_chap", _("Kut Chap")
    NONG_WUA_SO = "nong_wua_so", _("Nong Wua So")
    KUMPHAWAPI = "kumphawapi", _("Kumphawapi")
    NON_SA_AT = "non_sa_at", _("Non Sa-at")
    NONG_HAN = "nong_han", _("Nong Han")
    THUNG_FON = "thung_fon", _("Thung Fon")
    CHAI_WAN = "chai_wan", _("Chai Wan")
    SI_THAT = "si_that", _("Si That")
    WANG_SAM_MO = "wang_sam_mo", _("Wang Sam Mo")
    BAN_DUNG = "ban_dung", _("Ban Dung")
    BAN_PHUE = "ban_phue", _("Ban Phue")
    NAM_SOM = "nam_som", _("Nam Som")
    PHEN = "phen", _("Phen")
    SANG_KHOM = "sang_khom", _("Sang Khom")
    NONG_SAENG = "nong_saeng", _("Nong Saeng")
    NA_YUNG = "na_yung", _("Na Yung")
    PHIBUN_RAK = "phibun_rak", _("Phibun Rak")
    KU_KAEO = "ku_kaeo", _("Ku Kaeo")
    PRACHAK_SINLAPAKHOM = "prachak_sinlapakhom", _("Prachak Sinlapakhom")


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")
    SUSPENDED = "suspended", _("Suspended")


class LegalDocument(models.TextChoices):
    TERMS = "terms", _("Terms of use")
    PRIVACY = "privacy", _("Privacy notice")
