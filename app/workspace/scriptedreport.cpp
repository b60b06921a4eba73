#include "workspace/scriptedreport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString csvField(const QString &value) {
    // RFC 4180; a leading =, +, - or @ would be a formula in a spreadsheet: quote and prefix it.
    QString text = value;
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QString suffixOf(const QString &path) {
    return QFileInfo(path).suffix().toLower();
}

} // namespace

QString ScriptedSummary::line() const {
    return u"summary: queued %1 sent %2 skipped %3 invalid %4 failed %5 waiting %6"_s.arg(queued)
        .arg(sent)
        .arg(skipped)
        .arg(invalid)
        .arg(failed)
        .arg(waiting);
}

ScriptedSummary ScriptedReport::summary() const {
    ScriptedSummary s;
    for (const ScriptedRow &row : rows) {
        if (row.queuedNow)
            ++s.queued;
        switch (row.outcome) {
        case ScriptedRow::Outcome::Sent:
            ++s.sent;
            break;
        case ScriptedRow::Outcome::Waiting:
            ++s.waiting;
            break;
        case ScriptedRow::Outcome::Skipped:
            ++s.skipped;
            break;
        case ScriptedRow::Outcome::Invalid:
            ++s.invalid;
            break;
        case ScriptedRow::Outcome::Failed:
            ++s.failed;
            break;
        }
    }
    return s;
}

QString ScriptedReport::outcomeToken(ScriptedRow::Outcome outcome) {
    switch (outcome) {
    case ScriptedRow::Outcome::Sent:
        return u"sent"_s;
    case ScriptedRow::Outcome::Waiting:
        return u"waiting"_s;
    case ScriptedRow::Outcome::Skipped:
        return u"skipped"_s;
    case ScriptedRow::Outcome::Invalid:
        return u"invalid"_s;
    case ScriptedRow::Outcome::Failed:
        return u"failed"_s;
    }
    return {};
}

QString ScriptedReport::outcomeText(ScriptedRow::Outcome outcome) {
    switch (outcome) {
    case ScriptedRow::Outcome::Sent:
        return tr("sent");
    case ScriptedRow::Outcome::Waiting:
        return tr("waiting");
    case ScriptedRow::Outcome::Skipped:
        return tr("skipped");
    case ScriptedRow::Outcome::Invalid:
        return tr("invalid");
    case ScriptedRow::Outcome::Failed:
        return tr("failed");
    }
    return {};
}

QString ScriptedReport::table() const {
    const QString lineHeader = tr("Line");
    const QString emailHeader = tr("E-mail");
    const QString outcomeHeader = tr("Outcome");
    const QString reasonHeader = tr("Details");
    qsizetype lineWidth = lineHeader.size();
    qsizetype emailWidth = emailHeader.size();
    qsizetype outcomeWidth = outcomeHeader.size();
    for (const ScriptedRow &row : rows) {
        lineWidth = std::max(lineWidth, QString::number(row.line).size());
        emailWidth = std::max(emailWidth, std::min<qsizetype>(row.email.size(), 60));
        outcomeWidth = std::max(outcomeWidth, outcomeText(row.outcome).size());
    }
    const auto format = [&](const QString &line, const QString &email, const QString &outcome,
                            const QString &reason) -> QString {
        return line.rightJustified(lineWidth) + u"  "_s + email.leftJustified(emailWidth) + u"  "_s +
               outcome.leftJustified(outcomeWidth) + u"  "_s + reason + u'\n';
    };
    QString text = format(lineHeader, emailHeader, outcomeHeader, reasonHeader);
    for (const ScriptedRow &row : rows) {
        text += format(row.line > 0 ? QString::number(row.line) : u"-"_s, row.email, outcomeText(row.outcome),
                       row.reason);
    }
    return text;
}

bool ScriptedReport::knowsFormat(const QString &path) {
    const QString suffix = suffixOf(path);
    return suffix == u"csv" || suffix == u"json";
}

bool ScriptedReport::write(const QString &path, QString *error) const {
    QByteArray data;
    if (suffixOf(path) == u"json") {
        const ScriptedSummary s = summary();
        QJsonArray array;
        for (const ScriptedRow &row : rows) {
            QJsonObject o{{u"line"_s, row.line}, {u"email"_s, row.email},
                          {u"name"_s, row.name}, {u"outcome"_s, outcomeToken(row.outcome)},
                          {u"code"_s, row.code}, {u"reason"_s, row.reason}};
            if (row.userId > 0)
                o.insert(u"userId"_s, row.userId);
            if (row.invitationId > 0)
                o.insert(u"invitationId"_s, row.invitationId);
            array.append(o);
        }
        const QJsonObject summaryObject{{u"queued"_s, s.queued},   {u"sent"_s, s.sent},
                                        {u"skipped"_s, s.skipped}, {u"invalid"_s, s.invalid},
                                        {u"failed"_s, s.failed},   {u"waiting"_s, s.waiting}};
        data = QJsonDocument(QJsonObject{{u"summary"_s, summaryObject}, {u"rows"_s, array}}).toJson();
    } else {
        QString text = u"line,email,outcome,code,reason,name,user_id\n"_s;
        for (const ScriptedRow &row : rows) {
            text += QStringList{QString::number(row.line),
                                csvField(row.email),
                                outcomeToken(row.outcome),
                                row.code,
                                csvField(row.reason),
                                csvField(row.name),
                                row.userId > 0 ? QString::number(row.userId) : QString()}
                        .join(u',') +
                    u'\n';
        }
        data = text.toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
