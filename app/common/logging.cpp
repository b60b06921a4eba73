#include "common/logging.h"

// Every category starts at info: debug messages (one per request, ...) cost time on every page of a sync
// and are off in every build; QT_LOGGING_RULES="invitedesk.*.debug=true" turns them on.

Q_LOGGING_CATEGORY(lcPortal, "invitedesk.portal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "invitedesk.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDirectory, "invitedesk.directory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInvite, "invitedesk.invite", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "invitedesk.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "invitedesk.ui", QtInfoMsg)
