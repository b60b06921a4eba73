#pragma once

// What a test run promises to provide. ./test runs every test with a Secret Service and a TLS
// backend and a pseudo-terminal (util-linux script), and says so in INVITEDESK_TEST_REQUIRE
// ("keychain tls terminal"): there, a test that finds one missing fails instead of skipping, so that a
// broken set-up can never pass as a green run. Run alone without the variable, the test still skips
// with the reason.

#include <QString>
#include <QStringList>
#include <QTest>

inline bool testRunRequires(const char *feature) {
    return qEnvironmentVariable("INVITEDESK_TEST_REQUIRE")
        .split(u' ', Qt::SkipEmptyParts)
        .contains(QLatin1StringView(feature));
}

// Skips, or fails when the run requires the feature. Use in a test function (it returns from it).
#define INVITEDESK_SKIP_OR_FAIL_WITHOUT(feature, reason)                                                     \
    do {                                                                                                     \
        if (testRunRequires(feature))                                                                        \
            QFAIL(reason " (this run requires " feature ": INVITEDESK_TEST_REQUIRE)");                       \
        QSKIP(reason);                                                                                       \
    } while (false)
