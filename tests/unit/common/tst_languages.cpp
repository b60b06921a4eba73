#include "common/languages.h"

#include <QTest>

class TestLanguages : public QObject {
    Q_OBJECT
private slots:
    void choose_data() {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system russian")
            << QString() << QString() << QStringLiteral("ru_RU") << QStringLiteral("ru");
        QTest::newRow("system brazil")
            << QString() << QString() << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("system portugal falls back")
            << QString() << QString() << QStringLiteral("pt_PT") << QStringLiteral("en");
        QTest::newRow("system austria")
            << QString() << QString() << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("saved beats system")
            << QString() << QStringLiteral("fr") << QStringLiteral("de_DE") << QStringLiteral("fr");
        QTest::newRow("--lang beats saved") << QStringLiteral("uk") << QStringLiteral("fr")
                                            << QStringLiteral("de_DE") << QStringLiteral("uk");
        QTest::newRow("unknown --lang ignored")
            << QStringLiteral("xx") << QString() << QStringLiteral("pl_PL") << QStringLiteral("pl");
        QTest::newRow("nothing known")
            << QString() << QString() << QStringLiteral("ja_JP") << QStringLiteral("en");
    }
    void choose() {
        QFETCH(QString, requested);
        QFETCH(QString, saved);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Languages::choose(requested, saved, system), expected);
    }
    void eightLanguagesWithNativeNames() {
        QCOMPARE(Languages::available().size(), 8);
        for (const auto &language : Languages::available())
            QVERIFY(!language.nativeName.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
