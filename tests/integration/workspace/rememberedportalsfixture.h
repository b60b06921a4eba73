#pragma once

// Set-up shared by the tests of several remembered portals (tst_portalswitch, tst_portalswitcher):
// sandbox portals, a workspace with a data folder and settings of its own, and remembering a portal
// through the real Secret Service of ./test.
#include "../../requiredfeatures.h"
#include "../portal/sandboxharness.h"
#include "directory/directoryreader.h"
#include "workspace/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace RememberedPortalsFixture {
using namespace Qt::StringLiterals;

inline SandboxOptions portalOf(int users) {
    SandboxOptions options;
    options.users = users;
    options.rateLimit = false;
    return options;
}

inline Workspace::Options optionsIn(const QTemporaryDir &dir) {
    Workspace::Options options;
    options.dataDir = dir.path();
    options.refreshMinutes = 0;
    options.rightsCheckSeconds = 0;
    return options;
}

inline int directoryUserCount(const QString &path) {
    DirectoryReader reader(path);
    if (!reader.open().ok())
        return -1;
    QSqlQuery q(reader.database());
    if (!q.exec(u"SELECT COUNT(*) FROM users"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

inline QString idOf(const SandboxPortal &sandbox) {
    return RememberedPortals::idOf(Harness::webhook(sandbox.adminWebhookUrl()).host(), 1);
}

// Connects an entered portal, as the Connect dialog does, and waits until it is remembered, its
// directory synced and its outbox open. 1: remembered; 0: no keychain; -1: it did not get there.
inline int connectAndRemember(Workspace &workspace, const QUrl &webhookUrl) {
    QSignalSpy remembered(&workspace, &Workspace::portalRemembered);
    QSignalSpy keychain(&workspace, &Workspace::keychainUnavailable);
    QSignalSpy synced(&workspace, &Workspace::syncFinished);
    QSignalSpy outbox(&workspace, &Workspace::outboxOpened);
    workspace.connectPortal(Harness::webhook(webhookUrl));
    if (!QTest::qWaitFor(
            [&] {
                return !keychain.isEmpty() ||
                       (!remembered.isEmpty() && !synced.isEmpty() && !outbox.isEmpty());
            },
            30000))
        return -1;
    return keychain.isEmpty() ? 1 : 0;
}

// Two sandbox portals and a workspace with a data folder and settings of its own.
struct TwoPortals {
    TwoPortals(int usersA, int usersB)
        : a(Harness::startSandbox(portalOf(usersA)))
        , b(Harness::startSandbox(portalOf(usersB)))
        , settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
        , workspace(&settings, optionsIn(dir)) {}

    std::unique_ptr<SandboxPortal> a;
    std::unique_ptr<SandboxPortal> b;
    QTemporaryDir dir;
    QSettings settings;
    Workspace workspace;
};
} // namespace RememberedPortalsFixture

// Remembers a sandbox portal in the workspace; skips (a developer run) or fails (./test) without a
// keychain.
#define INVITEDESK_REMEMBER(workspace, sandbox)                                                              \
    do {                                                                                                     \
        const int remembered_ =                                                                              \
            RememberedPortalsFixture::connectAndRemember(workspace, (sandbox).adminWebhookUrl());            \
        if (remembered_ == 0)                                                                                \
            INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain", "No Secret Service here: ./test provides one");      \
        QCOMPARE(remembered_, 1);                                                                            \
    } while (false)
