// Names come from the portal, and a portal (or anyone who may edit a profile there) chooses them:
// markup in a name must show as the characters typed, never render (spoofed links, images, layout).
// Every label that shows a portal-supplied name is plain text.
#include "mainwindow.h"
#include "pages/companystructurepage.h"
#include "pages/employeespage.h"
#include "pagesfixture.h"

#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

const QString Hostile = u"<a href=\"https://evil.example\"><b>Mallory</b></a><img src=\"x\">"_s;

// Every label under root that shows the hostile text, with how it would render it.
QStringList richLabelsShowing(const QWidget *root, const QString &needle) {
    QStringList rich;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->text().contains(needle))
            continue;
        const bool plain = label->textFormat() == Qt::PlainText ||
                           (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
        if (!plain)
            rich << label->objectName() + u'/' + QString::fromLatin1(label->metaObject()->className()) +
                        u'/' + label->text().left(80);
    }
    return rich;
}

// What a tool tip shows for this text: QToolTip renders it as rich text when it looks like markup.
QString shownAsToolTip(const QString &tip) {
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

} // namespace

class TestPlainTextNames : public QObject {
    Q_OBJECT

private slots:
    void employeeDetailsShowNamesAsTyped() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"directory.sqlite"_s);
        {
            DirectorySync sync(path);
            sync.open();
            sync.beginFullSync();
            sync.ingestDepartments(QJsonArray{QJsonObject{{u"ID"_s, u"1"_s}, {u"NAME"_s, Hostile}}});
            sync.ingestUsers(
                QJsonArray{PagesFixture::person(7, Hostile, Hostile, u"m@evil.example"_s, Hostile, 1)});
            sync.finishFullSync();
        }
        EmployeesPage page;
        QVERIFY(page.setDirectory(path));
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(u"employeeTable"_s);
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        auto *name = page.findChild<QLabel *>(u"detailsName"_s);
        QVERIFY(name);
        QTRY_VERIFY(name->text().contains(u"Mallory"_s));
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QModelIndex index = table->model()->index(0, column);
            QCOMPARE(shownAsToolTip(index.data(Qt::ToolTipRole).toString()), index.data().toString());
        }
        const QStringList rich = richLabelsShowing(&page, u"Mallory"_s);
        QVERIFY2(rich.isEmpty(), qPrintable(rich.join(u", "_s)));

        CompanyStructurePage structure;
        QVERIFY(structure.setDirectory(path));
        structure.show();
        QVERIFY(QTest::qWaitForWindowExposed(&structure));
        const QStringList structureRich = richLabelsShowing(&structure, u"Mallory"_s);
        QVERIFY2(structureRich.isEmpty(), qPrintable(structureRich.join(u", "_s)));
    }

    void statusBarShowsTheUserAsTyped() {
        MainWindow window;
        MainWindow::PortalStatus status;
        status.portalHost = u"acme.bitrix24.com"_s;
        status.userName = Hostile;
        status.isAdmin = true;
        status.online = true;
        window.setPortalStatus(status);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.statusText().contains(u"Mallory"_s));
        const QStringList rich = richLabelsShowing(&window, u"Mallory"_s);
        QVERIFY2(rich.isEmpty(), qPrintable(rich.join(u", "_s)));
    }
};

QTEST_MAIN(TestPlainTextNames)
#include "tst_plaintextnames.moc"
