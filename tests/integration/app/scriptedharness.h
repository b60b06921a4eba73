#pragma once

// Shared by the scripted-mode tests: runs the real invitedesk executable, headless, with
// a data folder of its own, against an invitedesk-sandbox process, and reads what it left behind.
#include "appprofile.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ScriptedHarnessDetail {

struct RunResult {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + u"\n--- stderr ---\n"_s + err; }
};

// user.add calls the sandbox received, direct or inside a batch (attempts, not just successes).
inline int userAddCalls(SandboxProcess &sandbox) {
    const QJsonArray requests = sandbox.get(u"/sandbox/journal"_s).value(u"requests"_s).toArray();
    int count = 0;
    for (const QJsonValue &v : requests) {
        const QJsonObject r = v.toObject();
        if (r.value(u"restMethod"_s).toString().compare(u"user.add"_s, Qt::CaseInsensitive) == 0)
            ++count;
        if (r.value(u"restMethod"_s).toString() != u"batch")
            continue;
        const QJsonObject cmd = r.value(u"params"_s).toObject().value(u"cmd"_s).toObject();
        for (const QJsonValue &c : cmd)
            if (c.toString().startsWith(u"user.add"_s, Qt::CaseInsensitive))
                ++count;
    }
    return count;
}

// The UF_DEPARTMENT / WORK_POSITION of the user.add calls in the journal, by e-mail.
inline QHash<QString, QString> userAddQueries(SandboxProcess &sandbox) {
    const QJsonArray requests = sandbox.get(u"/sandbox/journal"_s).value(u"requests"_s).toArray();
    QHash<QString, QString> byEmail;
    for (const QJsonValue &v : requests) {
        const QJsonObject cmd = v.toObject().value(u"params"_s).toObject().value(u"cmd"_s).toObject();
        for (const QJsonValue &c : cmd) {
            const QString text = QUrl::fromPercentEncoding(c.toString().toUtf8());
            if (!text.startsWith(u"user.add"_s))
                continue;
            static const QRegularExpression email(u"EMAIL=([^&]+)"_s);
            byEmail.insert(email.match(text).captured(1), text);
        }
    }
    return byEmail;
}

} // namespace ScriptedHarnessDetail

using ScriptedHarnessDetail::RunResult;
using ScriptedHarnessDetail::userAddCalls;
using ScriptedHarnessDetail::userAddQueries;

class ScriptedHarness : public QObject {
protected:
    QTemporaryDir m_dir;
    int m_homes = 0;

    QString newHome() {
        const QString home = m_dir.filePath(u"home%1"_s.arg(++m_homes));
        QDir().mkpath(home);
        return home;
    }

    static QProcessEnvironment environment(const QString &home) { return isolatedProfile(home); }

    // Runs invitedesk to its end. The ceiling only keeps a broken build from hanging the suite; the
    // bounds under test are the program's own (--retry-for, --timeout).
    static RunResult run(const QString &home, const QStringList &args, const QByteArray &input = {},
                         const QHash<QString, QString> &extraEnv = {}) {
        QProcess app;
        QProcessEnvironment env = environment(home);
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(INVITEDESK_EXE), args);
        RunResult r;
        if (!app.waitForStarted(10000))
            return r;
        app.write(input);
        app.closeWriteChannel();
        r.finished = app.waitForFinished(240000);
        if (!r.finished) {
            app.kill();
            app.waitForFinished(5000);
        }
        r.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
        // Text-mode output: lines end in CR LF on Windows (a lone CR is the progress line's own).
        r.out = QString::fromUtf8(app.readAllStandardOutput())
                    .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        r.err = QString::fromUtf8(app.readAllStandardError())
                    .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        return r;
    }

    QString writeCsv(const QString &name, const QByteArray &content) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    static QString summaryLine(const QString &out) {
        const QStringList lines = out.split(u'\n');
        for (auto it = lines.crbegin(); it != lines.crend(); ++it)
            if (it->startsWith(u"summary: "_s))
                return *it;
        return {};
    }

    static QJsonArray reportRows(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(u"rows"_s).toArray();
    }
};
