#include "portal/restquery.h"

#include <QJsonArray>
#include <QUrl>

#include <cmath>

namespace RestQuery {

static QByteArray scalarText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("Y") : QByteArrayLiteral("N");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9.0e15)
            return QByteArray::number(qint64(number));
        return QByteArray::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return QUrl::toPercentEncoding(value.toString(), "$[]");
    default:
        return {};
    }
}

static void append(QByteArray &out, const QByteArray &key, const QJsonValue &value) {
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            append(out, key + '[' + QUrl::toPercentEncoding(it.key()) + ']', it.value());
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            append(out, key + '[' + QByteArray::number(i) + ']', array.at(i));
        return;
    }
    if (!out.isEmpty())
        out += '&';
    out += key + '=' + scalarText(value);
}

QByteArray encode(const QJsonObject &params) {
    QByteArray out;
    for (auto it = params.begin(); it != params.end(); ++it)
        append(out, QUrl::toPercentEncoding(it.key()), it.value());
    return out;
}

} // namespace RestQuery

namespace RestQuery {
bool isReadMethod(const QString &method) {
    const QString name = method.toLower();
    static const QStringList exact = {QStringLiteral("scope"), QStringLiteral("profile"),
                                      QStringLiteral("method.get"), QStringLiteral("app.info"),
                                      QStringLiteral("feature.get")};
    if (exact.contains(name))
        return true;
    static const QStringList suffixes = {QStringLiteral(".get"),     QStringLiteral(".list"),
                                         QStringLiteral(".current"), QStringLiteral(".admin"),
                                         QStringLiteral(".access"),  QStringLiteral(".fields"),
                                         QStringLiteral(".search")};
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix))
            return true;
    }
    return false;
}
} // namespace RestQuery
