// The invite defaults chosen in Preferences, on a training-mode InviteDesk synced from the sandbox: a
// fresh invite dialog starts in the default department (Register tab and the Invite by Email rows
// without one) and with the default template's text in the editor and the preview; a default
// department the directory does not have is never applied and Preferences says so.
#include "windowtour.h"

#include "directory/directoryreader.h"
#include "invite/departmentcombo.h"
#include "invite/invitationdrafts.h"
#include "invite/invitedefaults.h"
#include "invite/templatelibrary.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class TestInviteDefaults : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_app = std::make_unique<WindowTour::Running>();
        QVERIFY(m_app->start());
        m_window = WindowTour::waitForWindow<MainWindow>();
        QVERIFY(m_window);
    }
    void cleanup() {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (widget != m_window && widget->isVisible())
                widget->close();
        m_app.reset();
        m_window = nullptr;
    }

    void preferencesChooseTheDefaults();
    void aFreshDialogStartsWithTheDefaults();
    void anUnknownDepartmentIsIgnored();

private:
    PreferencesDialog *openPreferences() {
        m_window->findChild<QAction *>(u"preferencesAction"_s)->trigger();
        return WindowTour::waitForWindow<PreferencesDialog>();
    }
    InviteDialog *openInviteDialog() {
        m_window->inviteAction()->trigger();
        return WindowTour::waitForWindow<InviteDialog>();
    }
    // A department of the synced directory other than the root, as the pickers list it.
    DepartmentEntry someDepartment() const {
        DirectoryReader reader(m_app->workspace->directoryDatabasePath());
        if (!reader.open().ok())
            return {};
        DepartmentCombo combo;
        combo.reload(&reader);
        const QList<DepartmentEntry> known = combo.departments();
        return known.size() > 2 ? known.at(2) : DepartmentEntry{};
    }
    InviteDefaults defaults() const {
        return InviteDefaults(m_app->settings.get(), m_app->workspace->portalKey());
    }

    const QString m_templateText = u"Welcome aboard, {first_name}! Your desk at {portal} is ready."_s;
    std::unique_ptr<WindowTour::Running> m_app;
    MainWindow *m_window = nullptr;
};

void TestInviteDefaults::preferencesChooseTheDefaults() {
    QVERIFY(m_app->workspace->templates()->save(u"Welcome"_s, MessageTemplate(m_templateText)));
    PreferencesDialog *preferences = openPreferences();
    QVERIFY(preferences);
    auto *department = preferences->findChild<DepartmentCombo *>(u"defaultDepartmentCombo"_s);
    auto *templates = preferences->findChild<QComboBox *>(u"defaultTemplateCombo"_s);
    QVERIFY(department && templates);
    QVERIFY(department->isVisible());
    QCOMPARE(department->departmentId(), 0);
    QVERIFY(!preferences->findChild<QLabel *>(u"defaultsNote"_s)->isVisible());
    // Reached from the keyboard and named for screen readers (a spin box names its own line edit).
    for (QWidget *widget : preferences->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) ||
            widget->objectName().startsWith(u"qt_"_s))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u" in "_s +
                            widget->parentWidget()->objectName()));
    }
    const DepartmentEntry chosen = someDepartment();
    QVERIFY(chosen.id > 0);
    department->setDepartment(chosen.id, chosen.name);
    QVERIFY(templates->findText(u"Welcome"_s) > 0);
    templates->setCurrentIndex(templates->findText(u"Welcome"_s));
    preferences->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(defaults().departmentId(), chosen.id);
    QCOMPARE(defaults().templateName(), u"Welcome"_s);

    // Shown again when Preferences open next time.
    preferences = openPreferences();
    QVERIFY(preferences);
    QCOMPARE(preferences->findChild<DepartmentCombo *>(u"defaultDepartmentCombo"_s)->departmentId(),
             chosen.id);
    QCOMPARE(preferences->findChild<QComboBox *>(u"defaultTemplateCombo"_s)->currentText(), u"Welcome"_s);
    preferences->reject();
}

void TestInviteDefaults::aFreshDialogStartsWithTheDefaults() {
    QVERIFY(m_app->workspace->templates()->save(u"Welcome"_s, MessageTemplate(m_templateText)));
    const DepartmentEntry chosen = someDepartment();
    QVERIFY(chosen.id > 0);
    InviteDefaults chosenDefaults = defaults();
    chosenDefaults.setDepartmentId(chosen.id);
    chosenDefaults.setTemplateName(u"Welcome"_s);

    InviteDialog *dialog = openInviteDialog();
    QVERIFY(dialog);
    dialog->setCurrentTab(InviteDialog::Tab::Register);
    QCOMPARE(dialog->findChild<DepartmentCombo *>(u"registerDepartment"_s)->departmentId(), chosen.id);
    QCOMPARE(dialog->findChild<DepartmentCombo *>(u"registerDepartment"_s)->currentText(), chosen.name);
    dialog->setCurrentTab(InviteDialog::Tab::InviteByEmail);
    QCOMPARE(dialog->findChild<DepartmentCombo *>(u"emailDepartment"_s)->departmentId(), chosen.id);
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"emailMessage"_s)->toPlainText(), m_templateText);
    QCOMPARE(dialog->findChild<QComboBox *>(u"emailTemplates"_s)->currentText(), u"Welcome"_s);
    // The preview shows the template's text, filled.
    auto *preview = dialog->findChild<QTextBrowser *>(u"emailPreview"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"Welcome aboard"_s));
    QVERIFY(preview->toPlainText().contains(u"is ready."_s));
    QVERIFY(!preview->toPlainText().contains(u"{portal}"_s));
    // Untouched, the default text is no draft: the next dialog starts fresh again.
    dialog->close();
    QVERIFY(!m_app->workspace->drafts()->restore(m_app->workspace->portalKey(), u"email"_s));
}

void TestInviteDefaults::anUnknownDepartmentIsIgnored() {
    // An ID this portal's directory does not have (one of another portal, or a deleted department).
    constexpr qint64 Unknown = 987654;
    InviteDefaults saved = defaults();
    saved.setDepartmentId(Unknown);
    saved.setTemplateName(u"Gone"_s);

    InviteDialog *dialog = openInviteDialog();
    QVERIFY(dialog);
    auto *registerDepartment = dialog->findChild<DepartmentCombo *>(u"registerDepartment"_s);
    QCOMPARE(registerDepartment->departmentId(), 0);
    QCOMPARE(registerDepartment->findData(Unknown), -1); // not even offered
    QCOMPARE(dialog->findChild<DepartmentCombo *>(u"emailDepartment"_s)->departmentId(), 0);
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"emailMessage"_s)->toPlainText(),
             MessageTemplate::defaultTemplate().text());
    dialog->close();

    PreferencesDialog *preferences = openPreferences();
    QVERIFY(preferences);
    auto *department = preferences->findChild<DepartmentCombo *>(u"defaultDepartmentCombo"_s);
    QVERIFY(department);
    QCOMPARE(department->departmentId(), 0);
    auto *note = preferences->findChild<QLabel *>(u"defaultsNote"_s);
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"987654"_s), qPrintable(note->text()));
    QVERIFY2(note->text().contains(u"\"Gone\""_s), qPrintable(note->text()));
    preferences->reject();
}

QTEST_MAIN(TestInviteDefaults)
#include "tst_invitedefaults.moc"
