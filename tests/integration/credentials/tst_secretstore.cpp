#include "credentials/secretstore.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

// SecretStore through the real Secret Service (run under dbus-run-session + gnome-keyring, as
// ./test does): write, read, rotate, sign out removes all; and the "no keychain" case in a child
// process without a session bus.
class TestSecretStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_host = u"acme-%1.bitrix24.com"_s.arg(QCoreApplication::applicationPid());

    template<typename Job> static bool run(Job *job, SecretJob::Outcome *result = nullptr) {
        bool done = false;
        QObject::connect(job, &SecretJob::finished, job, [&] {
            if (result)
                *result = job->result();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20000);
    }

    // Reads a raw keychain entry, bypassing the store.
    static QKeychain::Error rawRead(const QString &key) {
        auto *job = new QKeychain::ReadPasswordJob(SecretStore::serviceName());
        job->setKey(key);
        QKeychain::Error result = QKeychain::OtherError;
        bool done = false;
        QObject::connect(job, &QKeychain::Job::finished, job, [&](QKeychain::Job *j) {
            result = j->error();
            done = true;
        });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return QKeychain::OtherError;
        return result;
    }

    QString settingsText(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void keychainIsAvailable() {
        QSettings settings(m_dir.filePath(u"probe.ini"_s), QSettings::IniFormat);
        SecretStore store(&settings);
        SecretJob::Outcome result = QByteArray();
        QVERIFY(run(store.probe(), &result));
        QVERIFY2(result.ok(), "no Secret Service: run under dbus-run-session with gnome-keyring (./test)");
    }

    void writeReadRotateSignOut() {
        const QString path = m_dir.filePath(u"invitedesk.ini"_s);
        QSettings settings(path, QSettings::IniFormat);
        SecretStore store(&settings);
        const SecretKey webhook{m_host, 7, u"webhook"_s};
        const SecretKey access{m_host, 7, u"access_token"_s};
        const SecretKey refresh{m_host, 7, u"refresh_token"_s};
        const QByteArray webhookSecret = "wh-secret-8g9l071eismy9q2l";
        const QByteArray refresh1 = "refresh-one-9a8b7c6d5e4f";
        const QByteArray refresh2 = "refresh-two-1c0d9e8f7a6b";

        SecretJob::Outcome result = QByteArray();
        QVERIFY(run(store.write(webhook, webhookSecret), &result));
        QVERIFY(result.ok());
        QVERIFY(run(store.write(access, "access-b1c2d3e4f5a6"), &result));
        QVERIFY(run(store.write(refresh, refresh1), &result));
        QVERIFY(result.ok());

        QVERIFY(run(store.read(webhook), &result));
        QCOMPARE(result.value(), webhookSecret);
        QCOMPARE(webhook.keychainKey(), u"invitedesk:"_s + m_host + u":7:webhook"_s);

        QStringList keys = store.indexedKeys(m_host, 7);
        QCOMPARE(keys.size(), 3);
        for (const QString &key : keys)
            QVERIFY(key.startsWith(u"invitedesk:"_s + m_host + u":7:"_s));

        // Rotation: new written and current before the old is dropped.
        const QString oldKey = refresh.keychainKey();
        QVERIFY(run(store.rotate(refresh, refresh2), &result));
        QVERIFY(result.ok());
        QVERIFY(run(store.read(refresh), &result));
        QCOMPARE(result.value(), refresh2);
        QCOMPARE(rawRead(oldKey), QKeychain::EntryNotFound);
        keys = store.indexedKeys(m_host, 7);
        QCOMPARE(keys.size(), 3);
        QVERIFY(!keys.contains(oldKey));
        QVERIFY(run(store.rotate(refresh, "refresh-three"), &result));
        QVERIFY(run(store.read(refresh), &result));
        QCOMPARE(result.value(), QByteArray("refresh-three"));

        settings.sync();
        const QString text = settingsText(path);
        QVERIFY(text.contains(m_host));
        for (const QByteArray &secret : {webhookSecret, refresh1, refresh2, QByteArray("refresh-three"),
                                         QByteArray("access-b1c2d3e4f5a6")})
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), secret.constData());

        // Sign out: every indexed key gone from the keychain, and the index too.
        keys = store.indexedKeys(m_host, 7);
        QVERIFY(run(store.signOut(m_host, 7), &result));
        QVERIFY(result.ok());
        for (const QString &key : keys)
            QCOMPARE(rawRead(key), QKeychain::EntryNotFound);
        QVERIFY(store.indexedKeys(m_host, 7).isEmpty());
        QVERIFY(run(store.read(webhook), &result));
        QCOMPARE(result.error().kind(), SecretError::Kind::NotFound);
        settings.sync();
        QVERIFY(!settingsText(path).contains(m_host));
    }

    void accountsAreSeparate() {
        QSettings settings(m_dir.filePath(u"two.ini"_s), QSettings::IniFormat);
        SecretStore store(&settings);
        SecretJob::Outcome result = QByteArray();
        QVERIFY(run(store.write({m_host, 1, u"webhook"_s}, "one"), &result));
        QVERIFY(run(store.write({m_host, 2, u"webhook"_s}, "two"), &result));
        QVERIFY(run(store.signOut(m_host, 1), &result));
        QVERIFY(run(store.read({m_host, 2, u"webhook"_s}), &result));
        QCOMPARE(result.value(), QByteArray("two"));
        QVERIFY(run(store.signOut(m_host, 2), &result));
    }

    void noKeychainIsReported() {
#ifdef Q_OS_WIN
        QSKIP("Windows always has the Credential Manager: a missing keychain cannot be simulated there "
              "(the child removes the D-Bus session bus, which only a Secret Service needs)");
#endif
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path()); // no bus socket there
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"--no-keychain-child"_s, m_dir.path()});
        QVERIFY(child.waitForFinished(30000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
        QVERIFY(output.contains(u"no-keychain"_s));
        QVERIFY(output.contains(u"session-only-ok"_s));
        QVERIFY(!settingsText(m_dir.filePath(u"child.ini"_s)).contains(u"child-secret"_s));
    }
};

// Child mode: no session bus, so every keychain job must fail as NoKeychain; then the caller's
// explicit choice of session-only storage works in memory.
static int noKeychainChild(const QString &dir) {
    QSettings settings(dir + u"/child.ini"_s, QSettings::IniFormat);
    SecretStore store(&settings);
    const SecretKey key{u"acme.bitrix24.com"_s, 1, u"webhook"_s};
    SecretJob::Outcome result = QByteArray();
    bool done = false;
    SecretJob *job = store.write(key, "child-secret");
    QObject::connect(job, &SecretJob::finished, job, [&] {
        result = job->result();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return 2;
    QTextStream out(stdout);
    if (result.ok() || result.error().kind() != SecretError::Kind::NoKeychain) {
        out << "unexpected outcome " << (result.ok() ? -1 : int(result.error().kind())) << ' '
            << (result.ok() ? QString() : result.error().logText()) << Qt::endl;
        return 3;
    }
    out << "no-keychain: " << result.error().userMessage() << Qt::endl;
    store.useSessionOnlyStorage();
    done = false;
    QByteArray data;
    SecretJob *write = store.write(key, "child-secret");
    QObject::connect(write, &SecretJob::finished, write, [&] {
        SecretJob *read = store.read(key);
        QObject::connect(read, &SecretJob::finished, read, [&, read] {
            data = read->result().ok() ? read->result().value() : QByteArray();
            done = true;
        });
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000) || data != "child-secret")
        return 4;
    settings.sync();
    out << "session-only-ok" << Qt::endl;
    return 0;
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--no-keychain-child") == 0)
        return noKeychainChild(QString::fromLocal8Bit(argv[2]));
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
