#pragma once

#include "sandbox/restcall.h"
#include "sandbox/sandboxdirectory.h"

#include <QJsonObject>
#include <QStringList>

// user.get and user.search: filter (spec §6.5 prefixes), sort/order, select, ADMIN_MODE and
// extranet visibility, paging (§3); and the wire form of a user record.
class UserQuery {
public:
    static RestOutcome run(const SandboxDirectory &directory, const RestCall &call, bool search);
    // A user as user.get returns it; select (upper-case names) limits the fields when non-empty.
    static QJsonObject toJson(const SandboxUser &user, const QStringList &select = {});
    // Every standard field with its label (user.fields).
    static QJsonObject fieldLabels();
    // May `viewer` see `user` without ADMIN_MODE? (Extranet users need a shared workgroup.)
    static bool visibleTo(const SandboxUser &user, const SandboxUser *viewer);
    // The string value of a field as filters compare it; multi-valued fields give several.
    static QStringList fieldValues(const SandboxUser &user, const QString &field,
                                   const SandboxDirectory &directory);
};
