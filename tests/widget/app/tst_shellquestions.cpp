// The window's yes/no questions (sign out, no keychain) do not block: the window and the portal
// keep working while one is open, No changes nothing, Yes does what was asked.
#include "../../integration/portal/sandboxharness.h"
#include "applicationshell.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Harness;

class TestShellQuestions : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxPortal> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ApplicationShell> m_shell;

    QMessageBox *question(const QString &name) const {
        return m_shell->window()->findChild<QMessageBox *>(name);
    }

    void answer(const QString &name, QMessageBox::StandardButton button) {
        QMessageBox *box = question(name);
        QVERIFY(box);
        box->button(button)->click();
        QTRY_VERIFY(question(name) == nullptr);
    }

private slots:
    void init() {
        SandboxOptions options;
        options.users = 30;
        options.rateLimit = false;
        m_sandbox = startSandbox(options);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options workspaceOptions;
        workspaceOptions.dataDir = m_dir.path();
        workspaceOptions.portalWebhook = m_sandbox->adminWebhookUrl();
        workspaceOptions.refreshMinutes = 0;
        m_workspace = std::make_unique<Workspace>(m_settings.get(), workspaceOptions);
        m_shell = std::make_unique<ApplicationShell>(m_workspace.get(), m_settings.get());
        QSignalSpy ready(m_shell.get(), &ApplicationShell::ready);
        m_shell->show();
        m_workspace->start();
        QVERIFY(ready.wait(30000));
    }

    void cleanup() {
        m_shell.reset();
        m_workspace.reset();
        m_settings.reset();
        m_sandbox.reset();
    }

    void signOutIsAskedWithoutBlocking() {
        QAction *signOut = m_shell->window()->findChild<QAction *>(u"signOutAction"_s);
        QVERIFY(signOut && signOut->isEnabled());
        // A modal exec() would not return from trigger() until the question was answered.
        signOut->trigger();
        QTRY_VERIFY(question(u"signOutQuestion"_s) && question(u"signOutQuestion"_s)->isVisible());
        QVERIFY(static_cast<QAbstractButton *>(question(u"signOutQuestion"_s)->defaultButton()) ==
                question(u"signOutQuestion"_s)->button(QMessageBox::No));
        // The portal keeps answering while the question is open.
        QVERIFY(wait(m_workspace->session()->call(u"user.current"_s)).ok());

        answer(u"signOutQuestion"_s, QMessageBox::No);
        QVERIFY(m_workspace->session());
        QVERIFY(m_workspace->isOnline());

        signOut->trigger();
        QSignalSpy ended(m_workspace.get(), &Workspace::sessionEnded);
        QSignalSpy forgotten(m_workspace.get(), &Workspace::portalForgotten);
        answer(u"signOutQuestion"_s, QMessageBox::Yes);
        QCOMPARE(ended.size(), 1);
        QVERIFY(!m_workspace->session());
        QVERIFY(!signOut->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!forgotten.isEmpty(), 20000); // the keychain answers before teardown
    }

    void noKeychainIsAskedWithoutBlocking() {
        // What the workspace reports when the keychain cannot be reached.
        emit m_workspace->keychainUnavailable(
            SecretError(SecretError::Kind::NoKeychain, u"no Secret Service"_s));
        QTRY_VERIFY(question(u"noKeychainQuestion"_s) && question(u"noKeychainQuestion"_s)->isVisible());
        QVERIFY(question(u"noKeychainQuestion"_s)->text().contains(u"No keychain is available"_s));
        QVERIFY(wait(m_workspace->session()->call(u"user.current"_s)).ok());

        answer(u"noKeychainQuestion"_s, QMessageBox::No);
        QVERIFY(!m_workspace->keepsSecretsForThisSessionOnly());

        emit m_workspace->keychainUnavailable(
            SecretError(SecretError::Kind::NoKeychain, u"no Secret Service"_s));
        QTRY_VERIFY(question(u"noKeychainQuestion"_s));
        answer(u"noKeychainQuestion"_s, QMessageBox::Yes);
        QVERIFY(m_workspace->keepsSecretsForThisSessionOnly());
    }
};

QTEST_MAIN(TestShellQuestions)
#include "tst_shellquestions.moc"
