"""The acting users tests act as: one per role, as the library's role checks see them."""

from metrics.access import VIA_ACCOUNT, Actor, Role

VIEWER = Actor("vera.viewer@lyngtind.no", Role.VIEWER, VIA_ACCOUNT)
EDITOR = Actor("erik.editor@lyngtind.no", Role.EDITOR, VIA_ACCOUNT)
ADMIN = Actor("anna.admin@lyngtind.no", Role.ADMIN, VIA_ACCOUNT)
