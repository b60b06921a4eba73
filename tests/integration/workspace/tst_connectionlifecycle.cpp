// Every transition of the connection life-cycle, over real HTTP to the sandbox portal and with the
// real Secret Service of ./test: connect (stored, entered, training), fail (refused, unreachable),
// reconnect, lose the connection, switch credentials, switch remembered portals, follow a move, sign out.
#include "../../requiredfeatures.h"
#include "../portal/sandboxharness.h"
#include "credentials/secretstore.h"
#include "portal/portalsession.h"
#include "workspace/connectionlifecycle.h"
#include "workspace/portalaccount.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Harness;
using State = ConnectionLifecycle::State;

class TestConnectionLifecycle : public QObject {
    Q_OBJECT

    // One life-cycle with its own settings file and keychain entries, recording every state it entered.
    struct Subject {
        QTemporaryDir dir;
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<SecretStore> secrets;
        std::unique_ptr<PortalAccount> account;
        std::unique_ptr<ConnectionLifecycle> lifecycle;
        QList<State> states;

        explicit Subject(ConnectionLifecycle::Options options = {}, const QString &settingsPath = {}) {
            settings = std::make_unique<QSettings>(settingsPath.isEmpty() ? dir.filePath(u"settings.ini"_s)
                                                                          : settingsPath,
                                                   QSettings::IniFormat);
            secrets = std::make_unique<SecretStore>(settings.get());
            account = std::make_unique<PortalAccount>(settings.get(), secrets.get());
            if (options.sandboxUsers == 300)
                options.sandboxUsers = 30;
            lifecycle = std::make_unique<ConnectionLifecycle>(account.get(), options);
            QObject::connect(lifecycle.get(), &ConnectionLifecycle::stateChanged, lifecycle.get(),
                             [this](State state) { states.append(state); });
        }
        ~Subject() {
            lifecycle.reset(); // its keychain callbacks are bound to it
        }
    };

    static SandboxOptions smallPortal(quint16 port = 0) {
        SandboxOptions options;
        options.users = 30;
        options.rateLimit = false;
        options.port = port;
        return options;
    }

    // Remembering writes to the keychain: 1 once remembered, 0 when there is no keychain (./test
    // fails then, a developer run skips), -1 when neither happened.
    static int rememberOutcome(QSignalSpy &remembered, QSignalSpy &noKeychain) {
        if (!QTest::qWaitFor([&] { return !remembered.isEmpty() || !noKeychain.isEmpty(); }, 20000))
            return -1;
        return !remembered.isEmpty() ? 1 : 0;
    }

    // Connects an entered portal and waits until it is online and remembered: rememberOutcome's
    // values, and -1 when it did not come online.
    static int connectAndRemember(ConnectionLifecycle &lifecycle, const SandboxPortal &sandbox) {
        QSignalSpy rememberedSpy(&lifecycle, &ConnectionLifecycle::portalRemembered);
        QSignalSpy keychainSpy(&lifecycle, &ConnectionLifecycle::keychainUnavailable);
        lifecycle.connectPortal(webhook(sandbox.adminWebhookUrl()));
        if (!QTest::qWaitFor([&] { return lifecycle.state() == State::Online; }, 20000))
            return -1;
        return rememberOutcome(rememberedSpy, keychainSpy);
    }

    // Signs out and waits until the keychain entries are gone (its jobs cannot be cancelled).
    static bool forget(ConnectionLifecycle &lifecycle) {
        QSignalSpy forgotten(&lifecycle, &ConnectionLifecycle::portalForgotten);
        lifecycle.signOut();
        return QTest::qWaitFor([&] { return !forgotten.isEmpty(); }, 20000);
    }

private slots:
    void enteredPortalConnectsAndComesBackOnTheNextStart() {
        auto sandbox = startSandbox(smallPortal());
        QString settingsPath;
        QTemporaryDir keep;
        settingsPath = keep.filePath(u"settings.ini"_s);
        {
            Subject subject({}, settingsPath);
            ConnectionLifecycle &lifecycle = *subject.lifecycle;
            QCOMPARE(lifecycle.state(), State::Disconnected);
            QSignalSpy rememberedSpy(&lifecycle, &ConnectionLifecycle::portalRemembered);
            QSignalSpy keychain(&lifecycle, &ConnectionLifecycle::keychainUnavailable);
            lifecycle.connectPortal(webhook(sandbox->adminWebhookUrl()));
            QCOMPARE(lifecycle.state(), State::Connecting);
            QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);
            QCOMPARE(subject.states, (QList<State>{State::Connecting, State::Online}));
            QVERIFY(lifecycle.isOnline());
            QVERIFY(!lifecycle.isTrainingMode());
            QCOMPARE(lifecycle.identity().userId, 1);
            QCOMPARE(lifecycle.host(), lifecycle.session()->host());
            QTRY_VERIFY_WITH_TIMEOUT(!rememberedSpy.isEmpty() || !keychain.isEmpty(), 20000);
            if (!keychain.isEmpty())
                INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain", "No Secret Service here: ./test provides one");
        }
        // The next start reads the stored portal and its secret from the keychain.
        Subject next({}, settingsPath);
        next.lifecycle->start();
        QCOMPARE(next.lifecycle->state(), State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(next.lifecycle->state(), State::Online, 20000);
        QVERIFY(!next.lifecycle->isTrainingMode());
        QCOMPARE(next.lifecycle->session()->credentials().portalUrl().port(), int(sandbox->port()));
        QVERIFY(forget(*next.lifecycle));
    }

    void noStoredPortalStartsTraining() {
        Subject subject;
        subject.lifecycle->start();
        QTRY_COMPARE_WITH_TIMEOUT(subject.lifecycle->state(), State::Online, 20000);
        QVERIFY(subject.lifecycle->isTrainingMode());
        QVERIFY(subject.lifecycle->trainingPortal());
        QVERIFY(subject.lifecycle->identity().isAdmin);
    }

    void invalidWebhookOptionFailsWithoutReconnecting() {
        ConnectionLifecycle::Options options;
        options.portalWebhook = QUrl(u"http://example.com/not-a-webhook"_s);
        Subject subject(options);
        QSignalSpy failed(subject.lifecycle.get(), &ConnectionLifecycle::connectionFailed);
        subject.lifecycle->start();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(subject.lifecycle->state(), State::Offline);
        QVERIFY(!subject.lifecycle->isReconnectScheduled());
        QVERIFY(!subject.lifecycle->session());
    }

    void refusedSecretGoesOfflineWithoutReconnecting() {
        auto sandbox = startSandbox(smallPortal());
        QUrl wrong = sandbox->adminWebhookUrl();
        wrong.setPath(u"/rest/1/wrongsecret0000000/"_s);
        Subject subject;
        QSignalSpy failed(subject.lifecycle.get(), &ConnectionLifecycle::connectionFailed);
        subject.lifecycle->connectPortal(webhook(wrong));
        QTRY_COMPARE_WITH_TIMEOUT(subject.lifecycle->state(), State::Offline, 20000);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().value<PortalError>().isTransient());
        QVERIFY(!subject.lifecycle->isReconnectScheduled());
        QCOMPARE(subject.states, (QList<State>{State::Connecting, State::Offline}));
    }

    // Unreachable: offline, then online by itself once the portal is back, and the portal the user
    // entered is remembered then.
    void unreachableReconnectsAndRemembers() {
        auto sandbox = startSandbox(smallPortal());
        const quint16 port = sandbox->port();
        const QUrl address = sandbox->adminWebhookUrl();
        sandbox.reset();

        ConnectionLifecycle::Options options;
        options.reconnectSeconds = 1;
        Subject subject(options);
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        QSignalSpy rememberedSpy(&lifecycle, &ConnectionLifecycle::portalRemembered);
        QSignalSpy keychainSpy(&lifecycle, &ConnectionLifecycle::keychainUnavailable);
        lifecycle.connectPortal(webhook(address));
        lifecycle.session()->setRetryPolicy(fastRetries());
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Offline, 20000);
        QVERIFY(lifecycle.isReconnectScheduled());
        QVERIFY(lifecycle.identity().userId <= 0);

        sandbox = startSandbox(smallPortal(port)); // the same seed: the same webhook secret
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 30000);
        QVERIFY(subject.states.mid(0, 3) ==
                (QList<State>{State::Connecting, State::Offline, State::Connecting}));
        QCOMPARE(subject.states.last(), State::Online);
        const int outcome = rememberOutcome(rememberedSpy, keychainSpy);
        if (outcome == 0)
            INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain", "No Secret Service here: ./test provides one");
        QCOMPARE(outcome, 1);
        QVERIFY(subject.account->hasStoredPortal());
        QVERIFY(forget(lifecycle));
    }

    void lostConnectionReconnects() {
        auto sandbox = startSandbox(smallPortal());
        ConnectionLifecycle::Options options;
        options.portalWebhook = sandbox->adminWebhookUrl();
        options.reconnectSeconds = 1;
        Subject subject(options);
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        lifecycle.start();
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);

        // A refusal is no lost connection: still online.
        lifecycle.connectionLost(PortalError(PortalError::Kind::AccessDenied, u"ACCESS_DENIED"_s));
        QCOMPARE(lifecycle.state(), State::Online);

        subject.states.clear();
        lifecycle.connectionLost(PortalError(PortalError::Kind::Network, u"NETWORK"_s));
        QCOMPARE(lifecycle.state(), State::Offline);
        QVERIFY(lifecycle.isReconnectScheduled());
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);
        QCOMPARE(subject.states, (QList<State>{State::Offline, State::Connecting, State::Online}));
    }

    void otherCredentialsSwitchTheSession() {
        auto sandbox = startSandbox(smallPortal());
        ConnectionLifecycle::Options options;
        options.portalWebhook = sandbox->adminWebhookUrl();
        Subject subject(options);
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        lifecycle.start();
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);
        QPointer<PortalSession> first = lifecycle.session();

        subject.states.clear();
        QSignalSpy rememberedSpy(&lifecycle, &ConnectionLifecycle::portalRemembered);
        QSignalSpy keychainSpy(&lifecycle, &ConnectionLifecycle::keychainUnavailable);
        lifecycle.connectPortal(webhook(sandbox->employeeWebhookUrl()));
        QCOMPARE(lifecycle.state(), State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);
        QCOMPARE(subject.states, (QList<State>{State::Connecting, State::Online}));
        QVERIFY(lifecycle.session() != first);
        QVERIFY(lifecycle.identity().userId != 1);
        QVERIFY(!lifecycle.identity().isAdmin);
        const int outcome = rememberOutcome(rememberedSpy, keychainSpy);
        if (outcome == 0)
            INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain", "No Secret Service here: ./test provides one");
        QCOMPARE(outcome, 1);
        QVERIFY(forget(lifecycle));
    }

    // Signing out ends the session at once and forgets the stored portal afterwards.
    // "Allow everyone to invite" turned on in the portal: the next periodic check says so, without a
    // new connection; turned off again, the next one takes it back.
    void rightsFollowThePortalSettingOnTheNextCheck() {
        auto sandbox = startSandbox(smallPortal());
        ConnectionLifecycle::Options options;
        options.portalWebhook = sandbox->employeeWebhookUrl();
        options.rightsCheckSeconds = 1;
        Subject subject(options);
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        lifecycle.start();
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);
        QVERIFY(!lifecycle.identity().isAdmin);
        QCOMPARE(lifecycle.identity().inviteRight, PortalIdentity::InviteRight::EmployeesMayNot);
        const qint64 userId = lifecycle.identity().userId;

        QSignalSpy changed(&lifecycle, &ConnectionLifecycle::rightsChanged);
        settings(*sandbox, {{u"everyoneMayInvite"_s, true}});
        QVERIFY(changed.wait(20000));
        QCOMPARE(lifecycle.identity().inviteRight, PortalIdentity::InviteRight::Yes);
        QCOMPARE(lifecycle.identity().userId, userId);

        settings(*sandbox, {{u"everyoneMayInvite"_s, false}});
        QVERIFY(changed.wait(20000));
        QCOMPARE(lifecycle.identity().inviteRight, PortalIdentity::InviteRight::EmployeesMayNot);
        QCOMPARE(lifecycle.state(), State::Online);
        QCOMPARE(subject.states, (QList<State>{State::Connecting, State::Online}));
    }

    // The check on request (the window's Refresh) while nothing changed: no signal, still online.
    void rightsCheckOnRequestWithoutChange() {
        auto sandbox = startSandbox(smallPortal());
        ConnectionLifecycle::Options options;
        options.portalWebhook = sandbox->adminWebhookUrl();
        options.rightsCheckSeconds = 0;
        Subject subject(options);
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        lifecycle.start();
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);
        QSignalSpy changed(&lifecycle, &ConnectionLifecycle::rightsChanged);
        QSignalSpy checked(&lifecycle, &ConnectionLifecycle::rightsChecked);
        lifecycle.checkRights();
        QVERIFY(checked.wait(20000));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(lifecycle.identity().inviteRight, PortalIdentity::InviteRight::Yes);
    }

    void signOutDisconnectsAndForgets() {
        auto sandbox = startSandbox(smallPortal());
        Subject subject;
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        const int outcome = connectAndRemember(lifecycle, *sandbox);
        if (outcome == 0)
            INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain", "No Secret Service here: ./test provides one");
        QCOMPARE(outcome, 1);
        QVERIFY(subject.account->hasStoredPortal());

        QSignalSpy forgotten(&lifecycle, &ConnectionLifecycle::portalForgotten);
        lifecycle.signOut();
        QCOMPARE(lifecycle.state(), State::Disconnected);
        QVERIFY(!lifecycle.session());
        QVERIFY(lifecycle.host().isEmpty());
        QCOMPARE(lifecycle.identity().userId, PortalIdentity().userId);
        QVERIFY(!lifecycle.isReconnectScheduled());
        QTRY_VERIFY_WITH_TIMEOUT(!forgotten.isEmpty(), 20000);
        QVERIFY(!subject.account->hasStoredPortal());
    }

    // Switching between remembered portals: the session of the portal left ends at once (its secret
    // stays), the other connects with its stored secret; of two quick switches the last one wins.
    void switchEndsTheSessionAndConnectsTheRememberedPortal() {
        auto portalA = startSandbox(smallPortal());
        auto portalB = startSandbox(smallPortal());
        Subject subject;
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        for (const SandboxPortal *sandbox : {portalA.get(), portalB.get()}) {
            const int outcome = connectAndRemember(lifecycle, *sandbox);
            if (outcome == 0)
                INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain", "No Secret Service here: ./test provides one");
            QCOMPARE(outcome, 1);
        }
        const QString hostA = webhook(portalA->adminWebhookUrl()).host();
        const QString idA = RememberedPortals::idOf(hostA, 1);
        const QString idB = RememberedPortals::idOf(webhook(portalB->adminWebhookUrl()).host(), 1);
        QCOMPARE(subject.account->rememberedPortals().size(), 2);
        QCOMPARE(subject.account->currentPortalId(), idB);

        subject.states.clear();
        QVERIFY(!lifecycle.switchPortal(u"nowhere.example.com/1"_s)); // not remembered: nothing changes
        QVERIFY(lifecycle.switchPortal(idB));                         // already there
        QVERIFY(subject.states.isEmpty());
        QVERIFY(lifecycle.switchPortal(idA));
        QCOMPARE(lifecycle.state(), State::Connecting);
        QVERIFY(!lifecycle.session()); // B's session ended at once; A's secret is being read
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);
        QCOMPARE(subject.states, (QList<State>{State::Disconnected, State::Connecting, State::Online}));
        QCOMPARE(lifecycle.host(), hostA);
        QCOMPARE(subject.account->currentPortalId(), idA);
        QCOMPARE(subject.account->rememberedPortals().size(), 2); // B is still remembered

        // A → B → A before B's secret was read: the keychain's answer for B changes nothing.
        subject.states.clear();
        QVERIFY(lifecycle.switchPortal(idB));
        QVERIFY(lifecycle.switchPortal(idA));
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);
        QCOMPARE(lifecycle.host(), hostA);
        QCOMPARE(subject.states, (QList<State>{State::Disconnected, State::Connecting, State::Disconnected,
                                               State::Connecting, State::Online}));

        // Signing out forgets the portal that answered (A), even when another one is current.
        QVERIFY(subject.account->makeCurrent(idB));
        QVERIFY(forget(lifecycle));
        QCOMPARE(lifecycle.state(), State::Disconnected);
        QCOMPARE(subject.account->rememberedPortals().size(), 1);
        QCOMPARE(subject.account->rememberedPortals().first().id, idB);
        QVERIFY(forget(lifecycle)); // B, the current one
        QVERIFY(subject.account->rememberedPortals().isEmpty());
    }

    // An answer for a session that was ended meanwhile changes nothing.
    void signOutWhileConnectingDropsTheAnswer() {
        auto sandbox = startSandbox(smallPortal());
        Subject subject;
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        QSignalSpy connected(&lifecycle, &ConnectionLifecycle::connected);
        QSignalSpy forgotten(&lifecycle, &ConnectionLifecycle::portalForgotten);
        lifecycle.connectPortal(webhook(sandbox->adminWebhookUrl()));
        QCOMPARE(lifecycle.state(), State::Connecting);
        lifecycle.signOut();
        QCOMPARE(lifecycle.state(), State::Disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(!forgotten.isEmpty(), 20000);
        // The portal answers a probe, so an answer to the identify call would have arrived by now.
        QVERIFY(counters(*sandbox).contains("requests"_L1));
        QCoreApplication::processEvents();
        QCOMPARE(lifecycle.state(), State::Disconnected);
        QVERIFY(connected.isEmpty());
        QVERIFY(!lifecycle.session());
    }

    void moveSeenWhileConnectingIsFollowedOnceAccepted() {
        auto oldAddress = startSandbox(smallPortal());
        auto newAddress = startSandbox(smallPortal());
        QUrl location = newAddress->baseUrl();
        location.setPath({});
        fault(*oldAddress,
              {{u"kind"_s, u"moved"_s}, {u"count"_s, 1000}, {u"location"_s, location.toString()}});

        ConnectionLifecycle::Options options;
        options.portalWebhook = oldAddress->adminWebhookUrl();
        Subject subject(options);
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        QSignalSpy proposed(&lifecycle, &ConnectionLifecycle::portalMoveProposed);
        QSignalSpy accepted(&lifecycle, &ConnectionLifecycle::portalMoveAccepted);
        lifecycle.start();
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Offline, 20000);
        QCOMPARE(proposed.size(), 1);
        QVERIFY(!lifecycle.isReconnectScheduled()); // a move waits for the user

        QVERIFY(lifecycle.acceptPortalMove(proposed.first().at(1).toUrl()));
        QCOMPARE(lifecycle.state(), State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);
        QCOMPARE(lifecycle.session()->credentials().portalUrl().port(), int(newAddress->port()));
        QVERIFY(accepted.isEmpty()); // that signal is for a move seen while online
    }

    void moveSeenWhileOnlineKeepsTheConnection() {
        auto oldAddress = startSandbox(smallPortal());
        auto newAddress = startSandbox(smallPortal());
        ConnectionLifecycle::Options options;
        options.portalWebhook = oldAddress->adminWebhookUrl();
        Subject subject(options);
        ConnectionLifecycle &lifecycle = *subject.lifecycle;
        lifecycle.start();
        QTRY_COMPARE_WITH_TIMEOUT(lifecycle.state(), State::Online, 20000);

        QUrl location = newAddress->baseUrl();
        location.setPath({});
        fault(*oldAddress,
              {{u"kind"_s, u"moved"_s}, {u"count"_s, 1000}, {u"location"_s, location.toString()}});
        QSignalSpy proposed(&lifecycle, &ConnectionLifecycle::portalMoveProposed);
        QSignalSpy accepted(&lifecycle, &ConnectionLifecycle::portalMoveAccepted);
        const Result<PortalReply> refused = wait(lifecycle.session()->call(u"user.current"_s));
        QVERIFY(!refused.ok());
        (void)wait(lifecycle.session()->call(u"user.current"_s)); // the same address again: asked once
        QCOMPARE(proposed.size(), 1);

        subject.states.clear();
        QVERIFY(lifecycle.acceptPortalMove(proposed.first().at(1).toUrl()));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(lifecycle.state(), State::Online);
        QVERIFY(subject.states.isEmpty());
        QVERIFY(wait(lifecycle.session()->call(u"user.current"_s)).ok());
        QVERIFY(!journal(*newAddress).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionLifecycle)
#include "tst_connectionlifecycle.moc"
