#include "invitefixture.h"

#include "invite/csvimportdialog.h"
#include "invite/csvrecipientreader.h"
#include "invite/invitebyemailtab.h"
#include "invite/invitedialog.h"
#include "invite/recipientreviewmodel.h"

#include "../../inviteresults.h"
#include "../../legacybytes.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using InviteFixture::child;
using M = RecipientReviewModel;

// The review grid of the Invite by Email tab, driven with keys and clicks on the real dialog: a CSV
// file's every column reaches the outbox as the grid shows it, encodings as Excel writes them, column
// mapping, the import's edge cases, inline edits (the name split), problems only, remove invalid,
// the way back to a row's source, the template, and the draft keeping all of it.
class TestReviewGrid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_env = std::make_unique<InviteFixture::Environment>(); }
    void cleanup() { m_env.reset(); }
    void csvColumnsReachTheOutbox();
    void unknownDepartmentIsAProblemNotAFallback();
    void addFiveAddsFive();
    void noUsableAddressAddsNothing();
    void legacyEncodingDetectedAndChosen();
    void unknownHeaderMappedByTheUser();
    void nameSplitEditedInline();
    void problemsOnlyAndRemoveInvalid();
    void addressesAndStatesReadWholeWhenThereIsRoom();
    void showSourceGoesBackToTheLine();
    void templateIsSavedAndReadsBack();
    void draftKeepsImportedRowsAndEdits();

private:
    std::unique_ptr<InviteDialog> dialog() {
        auto d = std::make_unique<InviteDialog>(m_env->context());
        d->setCurrentTab(InviteDialog::Tab::InviteByEmail);
        d->show();
        return d;
    }
    QString writeFile(const QString &name, const QByteArray &data) {
        const QString path = m_env->path(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }
    // Imports through the preview dialog's OK button; returns what the button said.
    static QString importAndAccept(InviteDialog *d, const QString &path) {
        CsvImportDialog *preview = d->inviteByEmailTab()->importCsvFile(path);
        auto *accept = child<QPushButton>(preview, u"csvImportAccept"_s);
        const QString label = accept->text().remove(u'&');
        if (accept->isEnabled())
            QTest::mouseClick(accept, Qt::LeftButton);
        return label;
    }
    static void chooseDepartment(InviteDialog *d, qint64 id) {
        auto *department = child<QComboBox>(d, u"emailDepartment"_s);
        department->setCurrentIndex(department->findData(id));
    }
    // Types any text as key events (QTest::keyClicks takes ASCII only).
    static void typeText(QWidget *widget, const QString &text) {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    // Edits one cell of the grid from the keyboard: F2, replace the text, Enter; waits for the commit.
    static void editCell(QTableView *table, int row, int column, const QString &text) {
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, column));
        QTest::keyClick(table, Qt::Key_F2);
        QLineEdit *editor = nullptr; // closed editors linger until deleted later: take the open one
        for (QLineEdit *open : table->viewport()->findChildren<QLineEdit *>())
            editor = open->isVisible() ? open : editor;
        QVERIFY(editor);
        editor->selectAll();
        typeText(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Enter after the key press is handled (a queued call).
        QTRY_COMPARE(table->model()->index(row, column).data(Qt::EditRole).toString(), text);
    }
    QList<Invitation> outboxRows() {
        QList<Invitation> rows;
        if (!takeResult(m_env->outbox().invitations(m_env->portal, std::nullopt), &rows))
            qWarning("outbox unreadable");
        return rows;
    }
    std::unique_ptr<InviteFixture::Environment> m_env;
};

// Two people listed for Sales with their positions arrive in Sales with those positions, although the
// dialog had Support selected; a row without a department goes to Support, as its cell shows.
void TestReviewGrid::csvColumnsReachTheOutbox() {
    const QString path = writeFile(u"people.csv"_s, "E-mail,First name,Last name,Position,Department\r\n"
                                                    "chief@example.com,Chief,Tester,Chief Tester,Sales\r\n"
                                                    "junior@example.com,Junior,Tester,Junior Tester,3\r\n"
                                                    "plain@example.com,Plain,Person,,\r\n");
    auto d = dialog();
    chooseDepartment(d.get(), InviteFixture::Support);
    QVERIFY(importAndAccept(d.get(), path).startsWith(u"Add 3 recipient"_s));
    auto *table = child<QTableView>(d.get(), u"emailRecipientTable"_s);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    const QAbstractItemModel *grid = table->model();
    QCOMPARE(grid->index(0, M::PositionColumn).data().toString(), u"Chief Tester"_s);
    QCOMPARE(grid->index(0, M::DepartmentColumn).data().toString(), u"Sales"_s);
    QCOMPARE(grid->index(1, M::DepartmentColumn).data().toString(), u"Sales"_s);
    QCOMPARE(grid->index(2, M::DepartmentColumn).data().toString(), u"Support"_s);
    auto *invite = child<QPushButton>(d.get(), u"emailInvite"_s);
    QTRY_VERIFY(invite->isEnabled());
    QTest::mouseClick(invite, Qt::LeftButton);
    const QList<Invitation> rows = outboxRows();
    QCOMPARE(rows.size(), 3);
    QHash<QString, Invitation> byEmail;
    for (const Invitation &row : rows)
        byEmail.insert(row.email, row);
    for (int row = 0; row < 3; ++row) {
        const Invitation sent = byEmail.value(grid->index(row, M::AddressColumn).data().toString());
        QCOMPARE(sent.firstName, grid->index(row, M::FirstNameColumn).data().toString());
        QCOMPARE(sent.lastName, grid->index(row, M::LastNameColumn).data().toString());
        QCOMPARE(sent.position, grid->index(row, M::PositionColumn).data().toString());
        QCOMPARE(sent.departmentName, grid->index(row, M::DepartmentColumn).data().toString());
    }
    QCOMPARE(byEmail.value(u"chief@example.com"_s).departmentIds, QList<int>{int(InviteFixture::Sales)});
    QCOMPARE(byEmail.value(u"junior@example.com"_s).departmentIds, QList<int>{int(InviteFixture::Sales)});
    QCOMPARE(byEmail.value(u"junior@example.com"_s).position, u"Junior Tester"_s);
    QCOMPARE(byEmail.value(u"plain@example.com"_s).departmentIds, QList<int>{int(InviteFixture::Support)});
    QTRY_COMPARE(m_env->transport.userCount(), 3);
}

void TestReviewGrid::unknownDepartmentIsAProblemNotAFallback() {
    const QString path = writeFile(u"people.csv"_s, "email;name;department\n"
                                                    "ann@example.com;Ann Lee;Marketing\n"
                                                    "bo@example.com;Bo Ray;Support\n");
    auto d = dialog();
    chooseDepartment(d.get(), InviteFixture::Sales);
    QVERIFY(importAndAccept(d.get(), path).startsWith(u"Add 2 recipient"_s));
    const QAbstractItemModel *grid = child<QTableView>(d.get(), u"emailRecipientTable"_s)->model();
    QTRY_COMPARE(grid->rowCount(), 2);
    QVERIFY2(grid->index(0, M::StateColumn).data().toString().contains(u"Marketing"_s),
             qPrintable(grid->index(0, M::StateColumn).data().toString()));
    QCOMPARE(child<QPushButton>(d.get(), u"emailInvite"_s)->text().remove(u'&'), u"Invite 1"_s);
    QVERIFY(d->inviteByEmailTab()->invite());
    const QList<Invitation> rows = outboxRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().email, u"bo@example.com"_s);
    QCOMPARE(rows.constFirst().departmentIds, QList<int>{int(InviteFixture::Support)});
}

void TestReviewGrid::addFiveAddsFive() {
    const QString path =
        writeFile(u"five.csv"_s, "email,name\na@example.com,A\nb@example.com,B\nc@example.com,C\n"
                                 "d@example.com,D\ne@example.com,E\nnot-an-address,F\n");
    auto d = dialog();
    QVERIFY(importAndAccept(d.get(), path).startsWith(u"Add 5 recipient"_s));
    QTRY_COMPARE(child<QTableView>(d.get(), u"emailRecipientTable"_s)->model()->rowCount(), 5);
    QCOMPARE(d->inviteByEmailTab()->summary().invalid, 0);
}

void TestReviewGrid::noUsableAddressAddsNothing() {
    const QString path = writeFile(u"none.csv"_s, "email,name\nnobody,A\n,B\n");
    auto d = dialog();
    CsvImportDialog *preview = d->inviteByEmailTab()->importCsvFile(path);
    QVERIFY(!child<QPushButton>(preview, u"csvImportAccept"_s)->isEnabled());
    const QString summary = child<QLabel>(preview, u"csvImportSummary"_s)->text();
    QVERIFY2(summary.contains(u"nothing to add"_s), qPrintable(summary));
    QTest::keyClick(preview, Qt::Key_Return); // the default button is disabled: nothing happens
    QCOMPARE(child<QTableView>(d.get(), u"emailRecipientTable"_s)->model()->rowCount(), 0);
}

// Excel on Russian Windows writes Windows-1251: detected and shown; choosing another encoding reads
// the file again, and one that does not decode adds nothing.
void TestReviewGrid::legacyEncodingDetectedAndChosen() {
    const QByteArray data =
        LegacyBytes::windows1251(u"Почта;Фамилия;Имя;Должность\r\nivanov@example.ru;Иванов;Иван;Водитель\r\n"
                                 u"petrova@example.ru;Петрова;Анна;Бухгалтер\r\n"_s);
    const QString path = writeFile(u"staff.csv"_s, data);
    auto d = dialog();
    CsvImportDialog *preview = d->inviteByEmailTab()->importCsvFile(path);
    auto *encoding = child<QComboBox>(preview, u"csvImportEncoding"_s);
    QCOMPARE(encoding->currentData().toByteArray(), QByteArray("windows-1251"));
    QVERIFY(child<QLabel>(preview, u"csvImportSummary"_s)->text().contains(u"Windows-1251"_s));
    auto *table = child<QTableWidget>(preview, u"csvImportTable"_s);
    QCOMPARE(table->item(0, 2)->text(), u"Иван Иванов"_s);
    QCOMPARE(table->item(0, 3)->text(), u"Водитель"_s);
    auto *accept = child<QPushButton>(preview, u"csvImportAccept"_s);
    QVERIFY(accept->isEnabled());
    // The user picks UTF-8 from the keyboard: the file does not decode, nothing can be added.
    encoding->setFocus();
    const int utf8 = encoding->findData(QByteArray("UTF-8"));
    while (encoding->currentIndex() > utf8)
        QTest::keyClick(encoding, Qt::Key_Up);
    QCOMPARE(encoding->currentData().toByteArray(), QByteArray("UTF-8"));
    QVERIFY(!accept->isEnabled());
    QVERIFY(child<QLabel>(preview, u"csvImportSummary"_s)->text().contains(u"not valid"_s));
    preview->setEncoding("windows-1251");
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    const QAbstractItemModel *grid = child<QTableView>(d.get(), u"emailRecipientTable"_s)->model();
    QTRY_COMPARE(grid->rowCount(), 2);
    QCOMPARE(grid->index(1, M::FirstNameColumn).data().toString(), u"Анна"_s);
    QCOMPARE(grid->index(1, M::PositionColumn).data().toString(), u"Бухгалтер"_s);
}

void TestReviewGrid::unknownHeaderMappedByTheUser() {
    const QString path =
        writeFile(u"export.csv"_s, "Kontakt;Rufname;Zuname;Stelle\nann@example.com;Ann;Lee;Clerk\n");
    auto d = dialog();
    CsvImportDialog *preview = d->inviteByEmailTab()->importCsvFile(path);
    QVERIFY(!preview->import().headerKnown);
    auto *second = child<QComboBox>(preview, u"csvImportColumn2"_s);
    auto *fourth = child<QComboBox>(preview, u"csvImportColumn4"_s);
    QVERIFY(second && fourth);
    second->setCurrentIndex(second->findData(int(CsvRecipientReader::Column::FirstName)));
    child<QComboBox>(preview, u"csvImportColumn3"_s)
        ->setCurrentIndex(second->findData(int(CsvRecipientReader::Column::LastName)));
    fourth->setCurrentIndex(fourth->findData(int(CsvRecipientReader::Column::Position)));
    auto *table = child<QTableWidget>(preview, u"csvImportTable"_s);
    QCOMPARE(table->item(0, 2)->text(), u"Ann Lee"_s);
    QCOMPARE(table->item(0, 3)->text(), u"Clerk"_s);
    QTest::mouseClick(child<QPushButton>(preview, u"csvImportAccept"_s), Qt::LeftButton);
    const QAbstractItemModel *grid = child<QTableView>(d.get(), u"emailRecipientTable"_s)->model();
    QTRY_COMPARE(grid->rowCount(), 1);
    QCOMPARE(grid->index(0, M::PositionColumn).data().toString(), u"Clerk"_s);
}

// The automatic split of a name is visible, and corrected in place before sending.
void TestReviewGrid::nameSplitEditedInline() {
    auto d = dialog();
    chooseDepartment(d.get(), InviteFixture::Sales);
    auto *editor = child<QPlainTextEdit>(d.get(), u"emailRecipients"_s);
    editor->setFocus();
    typeText(editor, u"محمد عبد الله <m@example.com>"_s);
    d->inviteByEmailTab()->classifyNow();
    auto *table = child<QTableView>(d.get(), u"emailRecipientTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    const QString shown = table->model()->index(0, M::FirstNameColumn).data().toString() + u'|' +
                          table->model()->index(0, M::LastNameColumn).data().toString();
    QVERIFY2(shown.contains(u"محمد"_s) && shown.contains(u"الله"_s), qPrintable(shown));
    editCell(table, 0, M::FirstNameColumn, u"محمد"_s);
    editCell(table, 0, M::LastNameColumn, u"عبد الله"_s);
    QCOMPARE(table->model()->index(0, M::FirstNameColumn).data().toString(), u"محمد"_s);
    QCOMPARE(table->model()->index(0, M::LastNameColumn).data().toString(), u"عبد الله"_s);
    QTest::keyClicks(editor, u" "_s); // more typing re-reads the text: the edit stays
    d->inviteByEmailTab()->classifyNow();
    QCOMPARE(table->model()->index(0, M::LastNameColumn).data().toString(), u"عبد الله"_s);
    QVERIFY(d->inviteByEmailTab()->invite());
    const QList<Invitation> rows = outboxRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().firstName, u"محمد"_s);
    QCOMPARE(rows.constFirst().lastName, u"عبد الله"_s);
}

void TestReviewGrid::problemsOnlyAndRemoveInvalid() {
    auto d = dialog();
    auto *editor = child<QPlainTextEdit>(d.get(), u"emailRecipients"_s);
    editor->setPlainText(u"ok@example.com\nbroken@\nanna@acme.example\nalso-bad"_s);
    d->inviteByEmailTab()->classifyNow();
    auto *table = child<QTableView>(d.get(), u"emailRecipientTable"_s);
    QCOMPARE(table->model()->rowCount(), 4);
    auto *problemsOnly = child<QCheckBox>(d.get(), u"emailProblemsOnly"_s);
    problemsOnly->setFocus();
    QTest::keyClick(problemsOnly, Qt::Key_Space);
    QVERIFY(problemsOnly->isChecked());
    QCOMPARE(table->model()->rowCount(), 3); // two invalid, one employee
    auto *remove = child<QPushButton>(d.get(), u"emailRemoveInvalid"_s);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(editor->toPlainText(), u"ok@example.com\nanna@acme.example"_s);
    QVERIFY(!remove->isEnabled());
    QTest::keyClick(problemsOnly, Qt::Key_Space);
    QCOMPARE(table->model()->rowCount(), 2);
}

// The columns share the width by what their cells need, not in equal parts: at the dialog's size on a
// 1366x768 screen the addresses read whole beside empty name columns, and so do a problem's first
// words ("Invalid address"; the whole sentence is the cell's tooltip).
void TestReviewGrid::addressesAndStatesReadWholeWhenThereIsRoom() {
    auto d = dialog();
    d->resize(900, 670);
    auto *editor = child<QPlainTextEdit>(d.get(), u"emailRecipients"_s);
    editor->setPlainText(u"anna.schmidt@example.com, Boris Petrov <boris.petrov@example.com>\n"
                         "not-an-address, chloe.martin@example.org"_s);
    d->inviteByEmailTab()->classifyNow();
    auto *table = child<QTableView>(d.get(), u"emailRecipientTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 4);
    const auto widestAddress = [table] {
        int widest = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            widest = std::max(widest,
                              table->sizeHintForIndex(table->model()->index(row, M::AddressColumn)).width());
        return widest;
    };
    QTRY_VERIFY2(table->columnWidth(M::AddressColumn) >= widestAddress(),
                 qPrintable(u"addresses: %1 px, they need %2"_s.arg(table->columnWidth(M::AddressColumn))
                                .arg(widestAddress())));
    const QModelIndex invalid = table->model()->index(2, M::StateColumn);
    QVERIFY(invalid.data().toString().startsWith(u"Invalid address"_s));
    QVERIFY(table->columnWidth(M::StateColumn) >
            table->fontMetrics().horizontalAdvance(u"Invalid address: …"_s));
    QCOMPARE(invalid.data(Qt::ToolTipRole).toString().isEmpty(), false);
}

void TestReviewGrid::showSourceGoesBackToTheLine() {
    const QString path =
        writeFile(u"people.csv"_s, "email,name\r\nann@example.com,Ann\r\nbo@example.com,Bo\r\n");
    auto d = dialog();
    auto *editor = child<QPlainTextEdit>(d.get(), u"emailRecipients"_s);
    editor->setPlainText(u"first@example.com, Zoe <zoe@example.com>"_s);
    d->inviteByEmailTab()->classifyNow();
    importAndAccept(d.get(), path);
    auto *table = child<QTableView>(d.get(), u"emailRecipientTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->model()->index(3, M::SourceColumn).data().toString(), u"people.csv, line 3"_s);
    table->setCurrentIndex(table->model()->index(3, M::AddressColumn));
    auto *show = child<QPushButton>(d.get(), u"emailShowSource"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    auto *line = child<QLabel>(d.get(), u"emailSourceLine"_s);
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), u"people.csv, line 3: bo@example.com,Bo"_s);
    // A typed row: its entry is selected in the text.
    table->setCurrentIndex(table->model()->index(1, M::AddressColumn));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(editor->textCursor().selectedText(), u"Zoe <zoe@example.com>"_s);
}

void TestReviewGrid::templateIsSavedAndReadsBack() {
    auto d = dialog();
    QVERIFY(child<QPushButton>(d.get(), u"emailSaveCsvTemplate"_s));
    const QString path = m_env->path(u"template.csv"_s);
    QVERIFY(d->inviteByEmailTab()->saveTemplate(path));
    const CsvRecipientImport imp = CsvRecipientReader().readFile(path);
    QVERIFY(imp.headerKnown);
    QCOMPARE(imp.usableRecipients().size(), 1);
    QVERIFY(!d->inviteByEmailTab()->saveTemplate(m_env->path(u"no/such/folder/t.csv"_s)));
    QVERIFY(!child<QLabel>(d.get(), u"emailStatus"_s)->text().isEmpty());
}

void TestReviewGrid::draftKeepsImportedRowsAndEdits() {
    const QString path = writeFile(u"people.csv"_s, "email,first name,last name,position,department\r\n"
                                                    "chief@example.com,Chief,Tester,Chief Tester,Sales\r\n");
    {
        auto d = dialog();
        child<QPlainTextEdit>(d.get(), u"emailRecipients"_s)->setPlainText(u"Ann Lee <ann@example.com>"_s);
        d->inviteByEmailTab()->classifyNow();
        importAndAccept(d.get(), path);
        auto *table = child<QTableView>(d.get(), u"emailRecipientTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        editCell(table, 0, M::PositionColumn, u"Clerk"_s);
        QCOMPARE(table->model()->index(0, M::PositionColumn).data().toString(), u"Clerk"_s);
        d->inviteByEmailTab()->saveDraftNow();
    }
    auto d = dialog();
    const QAbstractItemModel *grid = child<QTableView>(d.get(), u"emailRecipientTable"_s)->model();
    QTRY_COMPARE(grid->rowCount(), 2);
    QCOMPARE(grid->index(0, M::PositionColumn).data().toString(), u"Clerk"_s);
    QCOMPARE(grid->index(1, M::PositionColumn).data().toString(), u"Chief Tester"_s);
    QCOMPARE(grid->index(1, M::SourceColumn).data().toString(), u"people.csv, line 2"_s);
}

QTEST_MAIN(TestReviewGrid)
#include "tst_reviewgrid.moc"
