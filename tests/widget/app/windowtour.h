#pragma once

// Opens every window of a running InviteDesk on the training sandbox, one state at a time (main
// window pages, the invite dialog's tabs, the Outbox, Preferences, the connect dialog and the "Save
// template" question), and hands each to a visitor. Used by the screen-fit and the text-fit tests.

#include "applicationshell.h"
#include "common/languages.h"
#include "connectportaldialog.h"
#include "invite/invitebyemailtab.h"
#include "invite/invitedialog.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "tourcertificate.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <functional>

namespace WindowTour {
using namespace Qt::StringLiterals;

using Visitor = std::function<void(QWidget *window, const QString &state)>;

// Lets queued layout work (tab switches, shown widgets) settle before a window is measured.
inline void settle() {
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

template<typename T> T *waitForWindow(const QString &objectName = {}) {
    T *found = nullptr;
    auto find = [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *typed = qobject_cast<T *>(widget);
            if (typed && typed->isVisible() && (objectName.isEmpty() || typed->objectName() == objectName))
                found = typed;
        }
        return found != nullptr;
    };
    if (!QTest::qWaitFor(find, 10000))
        return nullptr;
    settle();
    return found;
}

// Where visitAll() places the invite dialog for its review grid state; invalid: where it is.
inline QRect &reviewGridArea() {
    static QRect area;
    return area;
}

// The Invite by Email tab's review grid with problems: typed and imported rows; an invalid address, a
// repeated one and an unknown department flagged on their rows; the selected row's source line below.
inline bool visitReviewGrid(InviteDialog *dialog, const Visitor &visit) {
    QTemporaryDir dir;
    QFile csv(dir.filePath(u"staff.csv"_s));
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    csv.write("email,first name,last name,position,department\n"
              "chief.tester@example.com,Chief,Tester,Chief Tester,Finance\n"
              "junior.tester@example.com,Junior,Tester,Junior Tester,Finance\n"
              "lena.ko@example.com,Lena,Ko,Designer,Payroll Ninjas\n"
              "sam.berg@example.com,Sam,Berg,Analyst,\n");
    csv.close();
    auto *department = dialog->findChild<QComboBox *>(u"emailDepartment"_s);
    if (department && department->findText(u"Human Resources"_s) >= 0)
        department->setCurrentIndex(department->findText(u"Human Resources"_s));
    dialog->findChild<QPlainTextEdit *>(u"emailRecipients"_s)
        ->setPlainText(u"محمد عبد الله <m.abdullah@example.com>\nnina@example\nchief.tester@example.com"_s);
    InviteByEmailTab *tab = dialog->inviteByEmailTab();
    tab->classifyNow();
    tab->importCsvFile(csv.fileName());
    auto *import = waitForWindow<QDialog>(u"csvImportDialog"_s);
    if (!import)
        return false;
    import->findChild<QPushButton *>(u"csvImportAccept"_s)->click();
    settle();
    auto *table = dialog->findChild<QTableView *>(u"emailRecipientTable"_s);
    if (table->model()->rowCount() > 3)
        table->setCurrentIndex(table->model()->index(3, 1)); // the repeated address, from the file
    dialog->findChild<QPushButton *>(u"emailShowSource"_s)->click();
    // The screenshot shows it as someone reviewing a long import would: over the whole work area,
    // frame included. The screen-fit tests keep the dialog's own size (their work area is smaller).
    const QRect before = dialog->geometry();
    if (const QRect area = reviewGridArea(); area.isValid()) {
        const QSize frame = dialog->frameGeometry().size() - dialog->size();
        dialog->move(area.topLeft());
        dialog->resize(area.size() - frame);
    }
    settle();
    visit(dialog, u"invite dialog, review grid"_s);
    dialog->setGeometry(before);
    settle();
    return !QTest::currentTestFailed();
}

// Preferences with the invite defaults chosen: a department of the directory and the last saved
// template (visitAll saves one from the invite dialog first). Closed without saving.
inline bool visitPreferences(MainWindow *window, const Visitor &visit) {
    window->findChild<QAction *>(u"preferencesAction"_s)->trigger();
    auto *preferences = waitForWindow<PreferencesDialog>();
    if (!preferences)
        return false;
    if (auto *department = preferences->findChild<QComboBox *>(u"defaultDepartmentCombo"_s);
        department && department->count() > 2)
        department->setCurrentIndex(2);
    if (auto *templates = preferences->findChild<QComboBox *>(u"defaultTemplateCombo"_s))
        templates->setCurrentIndex(templates->count() - 1);
    settle();
    visit(preferences, u"preferences"_s);
    preferences->reject();
    return true;
}

// Returns false (with a QTest failure already recorded by the caller's checks) when a window did not open.
// forScreenshots (screenshot_tour) adds the review grid with problems: at the dialog's own size its long
// addresses and states are elided, which the screen-fit tests would count as cut text. It also shows the
// invite dialog as an administrator sees it, where the fit tests measure it with the longest rights notice.
inline bool visitAll(MainWindow *window, const Visitor &visit, bool forScreenshots = false) {
    auto *pages = window->findChild<QTabWidget *>(u"pages"_s);
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        if (auto *tree = pages->currentWidget()->findChild<QTreeView *>();
            tree && tree->model() && tree->model()->rowCount() > 0)
            tree->setCurrentIndex(tree->model()->index(0, 0)); // shows the department's people
        if (auto *table = pages->currentWidget()->findChild<QTableView *>(u"employeeTable"_s);
            table && table->model() && table->model()->rowCount() > 0)
            table->setCurrentIndex(table->model()->index(0, 0)); // fills the details pane
        settle();
        visit(window, u"main window, page %1"_s.arg(page));
        if (QTest::currentTestFailed())
            return false;
    }

    // An employee whose portal does not let them invite: the longest notice above the pages.
    MainWindow::PortalStatus refused;
    refused.portalHost = u"acme.bitrix24.com"_s;
    refused.userName = u"Anna Schmidt"_s;
    refused.online = true;
    refused.inviteRight = PortalIdentity::InviteRight::EmployeesMayNot;
    window->setPortalStatus(refused);
    settle();
    visit(window, u"main window, rights notice"_s);
    if (QTest::currentTestFailed())
        return false;

    window->inviteAction()->trigger();
    auto *dialog = waitForWindow<InviteDialog>();
    if (!dialog)
        return false;
    // Every tab is measured with the longest rights notice above it.
    if (!forScreenshots)
        dialog->setInviteRight(false, PortalIdentity::InviteRight::EmployeesMayNot);
    for (const auto &[tab, name] : {std::pair{InviteDialog::Tab::QuickRegistration, u"quick registration"_s},
                                    std::pair{InviteDialog::Tab::InviteByEmail, u"invite by email"_s},
                                    std::pair{InviteDialog::Tab::Register, u"register"_s}}) {
        dialog->setCurrentTab(tab);
        settle();
        visit(dialog, u"invite dialog, "_s + name);
        if (QTest::currentTestFailed())
            return false;
    }
    dialog->setCurrentTab(InviteDialog::Tab::InviteByEmail);
    if (auto *extranet = dialog->findChild<QRadioButton *>(u"emailExtranet"_s)) {
        extranet->setChecked(true);
        settle();
        visit(dialog, u"invite dialog, invite by email, extranet"_s);
        dialog->findChild<QRadioButton *>(u"emailEmployee"_s)->setChecked(true);
    }
    if (forScreenshots && !visitReviewGrid(dialog, visit))
        return false;
    dialog->findChild<QPushButton *>(u"emailSaveTemplate"_s)->click();
    auto *saveTemplate = waitForWindow<QInputDialog>(u"saveTemplateDialog"_s);
    if (!saveTemplate)
        return false;
    visit(saveTemplate, u"save template"_s);
    // Saved, so that Preferences can offer it as the default template.
    saveTemplate->setTextValue(u"Welcome"_s);
    saveTemplate->accept();
    dialog->showOutbox();
    auto *dialogOutbox = waitForWindow<QDialog>(u"outboxWindow"_s);
    if (!dialogOutbox)
        return false;
    visit(dialogOutbox, u"outbox of the invite dialog"_s);
    dialogOutbox->close();
    dialog->close();
    settle();

    window->outboxAction()->trigger();
    auto *outbox = waitForWindow<QDialog>(u"outboxWindow"_s);
    if (!outbox)
        return false;
    visit(outbox, u"outbox"_s);
    outbox->close();

    if (!visitPreferences(window, visit))
        return false;

    window->findChild<QAction *>(u"connectPortalAction"_s)->trigger();
    auto *connect = waitForWindow<ConnectPortalDialog>();
    if (!connect)
        return false;
    auto *methods = connect->findChild<QTabWidget *>(u"connectMethodTabs"_s);
    for (int tab = 0; tab < methods->count(); ++tab) {
        methods->setCurrentIndex(tab);
        settle();
        visit(connect, u"connect dialog, tab %1"_s.arg(tab));
    }
    // An on-premise portal whose self-signed certificate is shown with the offer to trust it.
    methods->setCurrentIndex(0);
    connect->findChild<QLineEdit *>(u"webhookEdit"_s)
        ->setText(u"https://intranet.example.com/rest/1/abc123xyz/"_s);
    const QSslCertificate certificate(tourCertificatePem(), QSsl::Pem);
    if (certificate.isNull()) {
        qWarning("no certificate for the tour");
        return false;
    }
    connect->showUntrustedCertificate(certificate);
    settle();
    visit(connect, u"connect dialog, untrusted certificate"_s);
    connect->reject();
    settle();
    return true;
}

// Makes `code` the interface language of the windows created from now on.
inline void useLanguage(const QString &code) {
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Languages::install(qApp, code);
}

// One data row per shipped language, for data-driven tests.
inline void addLanguageRows() {
    QTest::addColumn<QString>("language");
    for (const Languages::Language &language : Languages::available())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

// A training-mode InviteDesk, started and synced.
struct Running {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<ApplicationShell> shell;

    bool start() {
        settings = std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.forceSandbox = true;
        options.sandboxUsers = 60;
        options.dataDir = dir.path();
        options.refreshMinutes = 0;
        workspace = std::make_unique<Workspace>(settings.get(), options);
        shell = std::make_unique<ApplicationShell>(workspace.get(), settings.get());
        QSignalSpy ready(shell.get(), &ApplicationShell::ready);
        shell->show();
        workspace->start();
        return ready.wait(30000);
    }
};

} // namespace WindowTour
