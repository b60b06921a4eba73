#pragma once

#include "sandbox/restcall.h"
#include "sandbox/sandboxportal.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

class SandboxDirectory;
class RateLimiter;
struct SandboxUser;

// The REST methods of the sandbox portal (spec §4, §6): dispatch by lower-case name, scope and
// operating-budget checks, per-call `time`, and the handlers themselves (split over
// usermethods.cpp, departmentmethods.cpp and batchmethod.cpp).
class RestMethods {
public:
    // A batch of more commands is refused whole, up front (ERROR_BATCH_LENGTH_EXCEEDED, 400).
    static constexpr int MaxBatchCommands = 50;
    RestMethods(SandboxDirectory *directory, SandboxOptions *options, RateLimiter *limiter);

    static bool exists(const QString &method);
    // Runs one call; fills `time` (the envelope's time object) for successes.
    RestOutcome invoke(const RestCall &call, QJsonObject *time);

    // Extra operating seconds charged per call of a method (simulates heavy methods).
    QHash<QString, double> &methodCosts() { return m_methodCosts; }
    const QHash<QString, double> &methodCosts() const { return m_methodCosts; }
    int userAdds() const { return m_userAdds; }
    void resetCounters() { m_userAdds = 0; }
    // Creates an active, registered user directly (control endpoint); returns its ID.
    int addRegisteredUser(const QJsonObject &fields);
    // Applies user.add/user.update fields (upper-case keys) to a record; never touches ID.
    static void applyFields(SandboxUser *user, const QJsonObject &fields);

private:
    using Handler = RestOutcome (RestMethods::*)(const RestCall &);
    static const QHash<QString, Handler> &handlers();
    // The scopes of which a caller needs one for `method` (empty: none needed).
    static QStringList requiredScopes(const QString &method);
    static bool hasScopeFor(const SandboxCaller &caller, const QString &method);
    bool mayInvite(const SandboxCaller &caller) const;
    RestOutcome userArgumentError(const QString &description) const;

    RestOutcome userCurrent(const RestCall &call);
    RestOutcome userAdmin(const RestCall &call);
    RestOutcome userAccess(const RestCall &call);
    RestOutcome userFields(const RestCall &call);
    RestOutcome userGet(const RestCall &call);
    RestOutcome userSearch(const RestCall &call);
    RestOutcome userAdd(const RestCall &call);
    RestOutcome userUpdate(const RestCall &call);
    RestOutcome profile(const RestCall &call);
    RestOutcome departmentGet(const RestCall &call);
    RestOutcome departmentFields(const RestCall &call);
    RestOutcome departmentAdd(const RestCall &call);
    RestOutcome departmentUpdate(const RestCall &call);
    RestOutcome departmentDelete(const RestCall &call);
    RestOutcome sonetGroupGet(const RestCall &call);
    RestOutcome scope(const RestCall &call);
    RestOutcome methodGet(const RestCall &call);
    RestOutcome serverTime(const RestCall &call);
    RestOutcome batch(const RestCall &call);

    SandboxDirectory *m_directory;
    SandboxOptions *m_options;
    RateLimiter *m_limiter;
    QHash<QString, double> m_methodCosts;
    int m_userAdds = 0;
};
