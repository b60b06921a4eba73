#include "common/logging.h"

Q_LOGGING_CATEGORY(lcPortal, "invitedesk.portal")
Q_LOGGING_CATEGORY(lcCredentials, "invitedesk.credentials")
Q_LOGGING_CATEGORY(lcDirectory, "invitedesk.directory")
Q_LOGGING_CATEGORY(lcInvite, "invitedesk.invite")
Q_LOGGING_CATEGORY(lcSandbox, "invitedesk.sandbox")
Q_LOGGING_CATEGORY(lcUi, "invitedesk.ui")
