#pragma once

#include "sandbox/restcall.h"
#include "sandbox/sandboxdirectory.h"

#include <QJsonObject>
#include <QStringList>

// user.get and user.search: filter (spec §6.5 prefixes), sort/order, select, ADMIN_MODE and
// extranet visibility, paging (§3); and the wire form of a user record (userfields.cpp), filtered
// by the caller's user scope (§6.6).
class UserQuery {
public:
    // Which user fields a credential sees: scope `user`, `user_basic` (no LAST_LOGIN) or
    // `user_brief` (name-level data: no EMAIL, no LAST_LOGIN, no phones).
    enum class FieldSet { Full, Basic, Brief };

    // timestampFilterEmpty: a filter on TIMESTAMP_X finds nobody, as on a portal that cannot read the
    // date it is given (spec §6.5: an unparsable date yields an empty result) - a fault switch.
    static RestOutcome run(const SandboxDirectory &directory, const RestCall &call, bool search,
                           bool timestampFilterEmpty = false);
    // A user as user.get returns it; select (upper-case names) limits the fields when non-empty.
    static QJsonObject toJson(const SandboxUser &user, const QStringList &select = {},
                              FieldSet fieldSet = FieldSet::Full);
    // Every standard field with its label (user.fields).
    static QJsonObject fieldLabels(FieldSet fieldSet = FieldSet::Full);
    // The standard fields, in the portal's order.
    static const QStringList &standardFields();
    // The field set of a caller's scopes (the widest user scope it has).
    static FieldSet fieldSetOf(const QStringList &scopes);
    static bool fieldAllowed(const QString &field, FieldSet fieldSet);
    // May `viewer` see `user` without ADMIN_MODE? (Extranet users need a shared workgroup.)
    static bool visibleTo(const SandboxUser &user, const SandboxUser *viewer);
    // The string value of a field as filters compare it; multi-valued fields give several.
    static QStringList fieldValues(const SandboxUser &user, const QString &field,
                                   const SandboxDirectory &directory);
};
