#include "sandbox/requestparser.h"

#include "common/wholenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace {

// PHP's max_input_nesting_level (default 64): a variable nested deeper is dropped, as PHP does. Also
// keeps the recursive setIn/phpShape within the stack for hostile keys like a[][][]…
constexpr qsizetype maxNestingLevel = RequestParser::MaxNestingLevel;

QString formDecode(QByteArrayView part) {
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

// Splits "a[b][c]" into {"a","b","c"}; "a[]" gives {"a",""}. A name without a closing bracket is
// taken literally, as PHP does.
QStringList splitBracketKey(const QString &key) {
    const qsizetype open = key.indexOf(u'[');
    if (open <= 0 || key.indexOf(u']', open) < 0)
        return {key};
    QStringList parts{key.left(open)};
    qsizetype pos = open;
    while (pos < key.size() && key.at(pos) == u'[') {
        const qsizetype close = key.indexOf(u']', pos);
        if (close < 0)
            break;
        parts.append(key.mid(pos + 1, close - pos - 1));
        pos = close + 1;
    }
    return parts;
}

// PHP's next append index: one past the largest integer key (a[9223372036854775807]=x&a[]=y
// cannot append; PHP drops y, here it overwrites the last slot rather than overflow).
qint64 nextIndex(const QJsonObject &object) {
    qint64 next = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const qint64 n = it.key().toLongLong(&ok);
        if (ok && n >= next)
            next = n < std::numeric_limits<qint64>::max() ? n + 1 : n;
    }
    return next;
}

QJsonValue setIn(const QJsonValue &node, const QStringList &parts, int index, const QString &value) {
    if (index == parts.size())
        return value;
    QJsonObject object = node.isObject() ? node.toObject() : QJsonObject();
    QString part = parts.at(index);
    if (part.isEmpty())
        part = QString::number(nextIndex(object));
    object.insert(part, setIn(object.value(part), parts, index + 1, value));
    return object;
}

void mergeMultipart(const QByteArray &contentType, const QByteArray &body, QJsonObject *params) {
    const qsizetype b = contentType.indexOf("boundary=");
    if (b < 0)
        return;
    QByteArray boundary = contentType.mid(b + 9).trimmed();
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            break;
        const QByteArray headers = body.mid(pos, headerEnd - pos);
        const qsizetype next = body.indexOf(delimiter, headerEnd + 4);
        if (next < 0)
            break;
        QByteArray content = body.mid(headerEnd + 4, next - headerEnd - 4);
        if (content.endsWith("\r\n"))
            content.chop(2);
        const qsizetype n = headers.indexOf("name=\"");
        if (n >= 0) {
            const qsizetype end = headers.indexOf('"', n + 6);
            const QString name = QString::fromUtf8(headers.mid(n + 6, end - n - 6));
            QJsonObject &root = *params;
            const QStringList parts = splitBracketKey(name);
            if (parts.size() - 1 > maxNestingLevel) {
                pos = next;
                continue;
            }
            root.insert(parts.first(),
                        setIn(root.value(parts.first()), parts, 1, QString::fromUtf8(content)));
        }
        pos = next;
    }
}

// Minimal JSON walker that only records the key order of the top-level "cmd" object.
class JsonKeyScanner {
public:
    explicit JsonKeyScanner(const QByteArray &text)
        : m_text(text) {}

    QStringList cmdKeys() {
        skipSpace();
        if (!eat('{'))
            return {};
        while (m_pos < m_text.size()) {
            skipSpace();
            if (eat('}'))
                break;
            const QString key = readString();
            skipSpace();
            if (!eat(':'))
                return {};
            skipSpace();
            if (key == u"cmd" && peek() == '{')
                return objectKeys();
            if (!skipValue())
                return {};
            skipSpace();
            eat(',');
        }
        return {};
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    bool eat(char c) {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace() {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text.at(m_pos))))
            ++m_pos;
    }
    QString readString() {
        if (!eat('"'))
            return {};
        const qsizetype begin = m_pos - 1;
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"')
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        ++m_pos;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + m_text.mid(begin, m_pos - begin) + "]");
        return doc.array().at(0).toString();
    }
    bool skipValue() {
        const char c = peek();
        if (c == '"') {
            readString();
            return true;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char d = m_text.at(m_pos);
                if (d == '"') {
                    readString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++m_pos;
                if (depth == 0)
                    return true;
            }
            return false;
        }
        while (m_pos < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
        return true;
    }
    QStringList objectKeys() {
        QStringList keys;
        eat('{');
        while (m_pos < m_text.size()) {
            skipSpace();
            if (eat('}'))
                break;
            keys.append(readString());
            skipSpace();
            if (!eat(':'))
                break;
            skipSpace();
            if (!skipValue())
                break;
            skipSpace();
            eat(',');
        }
        return keys;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

QStringList RequestParser::cmdKeyOrder(const QByteArray &raw, bool json) {
    if (json)
        return JsonKeyScanner(raw).cmdKeys();
    QStringList keys;
    qsizetype variables = 0;
    for (const QByteArray &pair : raw.split('&')) {
        if (!pair.isEmpty() && ++variables > MaxInputVariables)
            break; // as parseQuery: PHP never sees the rest
        const qsizetype eq = pair.indexOf('=');
        const QString key = formDecode(eq < 0 ? pair : pair.left(eq));
        const QStringList parts = splitBracketKey(key);
        if (parts.size() >= 2 && parts.first() == u"cmd" && !keys.contains(parts.at(1)))
            keys.append(parts.at(1));
    }
    return keys;
}

void RequestParser::insertPath(QJsonObject &root, const QString &key, const QString &value) {
    const QStringList parts = splitBracketKey(key);
    if (parts.first().isEmpty() || parts.size() - 1 > maxNestingLevel)
        return;
    root.insert(parts.first(), setIn(root.value(parts.first()), parts, 1, value));
}

qsizetype RequestParser::inputVariables(const QByteArray &contentType, const QByteArray &body) {
    const QByteArray type = contentType.toLower();
    if (type.contains("json"))
        return 0;
    if (type.startsWith("multipart/form-data")) {
        const qsizetype b = contentType.indexOf("boundary=");
        QByteArray boundary = b < 0 ? QByteArray() : contentType.mid(b + 9).trimmed();
        if (boundary.startsWith('"'))
            boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
        return boundary.isEmpty() ? 0 : std::max<qsizetype>(body.count(QByteArray("--" + boundary)) - 1, 0);
    }
    qsizetype count = 0;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        if (end > start)
            ++count;
        start = end + 1;
    }
    return count;
}

QJsonObject RequestParser::parseQuery(const QByteArray &query) {
    QJsonObject root;
    qsizetype variables = 0;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        if (++variables > MaxInputVariables)
            break; // PHP: "Input variables exceeded"; the rest is dropped
        const qsizetype eq = pair.indexOf('=');
        const QString key = formDecode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : formDecode(pair.mid(eq + 1));
        insertPath(root, key, value);
    }
    return phpShape(root).toObject();
}

bool RequestParser::parseBody(const QByteArray &contentType, const QByteArray &body, QJsonObject *params,
                              QString *error) {
    const QByteArray type = contentType.toLower();
    if (body.trimmed().isEmpty())
        return true;
    if (type.contains("json")) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = QStringLiteral("Malformed JSON body: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
            return false;
        }
        if (doc.isArray() && doc.array().isEmpty())
            return true;
        if (!doc.isObject()) {
            *error = QStringLiteral("JSON body must be an object");
            return false;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            params->insert(it.key(), it.value());
        return true;
    }
    if (type.startsWith("multipart/form-data")) {
        mergeMultipart(contentType, body, params);
        *params = phpShape(*params).toObject();
        return true;
    }
    // application/x-www-form-urlencoded, and anything unlabelled, as PHP would try.
    const QJsonObject form = parseQuery(body);
    for (auto it = form.begin(); it != form.end(); ++it)
        params->insert(it.key(), it.value());
    return true;
}

bool RequestParser::phpTruthy(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String:
        return !value.toString().isEmpty() && value.toString() != u"0";
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    default:
        return false;
    }
}

qint64 RequestParser::phpInt(const QJsonValue &value) {
    if (value.isDouble())
        return wholeNumber(value.toDouble());
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (!value.isString())
        return 0;
    const QString s = value.toString().trimmed();
    qsizetype end = 0;
    if (end < s.size() && (s.at(end) == u'-' || s.at(end) == u'+'))
        ++end;
    while (end < s.size() && s.at(end).isDigit())
        ++end;
    return s.left(end).toLongLong();
}

QString RequestParser::phpString(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::abs(d) < 9223372036854775807.0 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QString();
    }
}

QJsonValue RequestParser::phpShape(const QJsonValue &value) {
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(phpShape(v));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    QList<int> indexes;
    bool sequential = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const int n = it.key().toInt(&ok);
        if (!ok || QString::number(n) != it.key()) {
            sequential = false;
            break;
        }
        indexes.append(n);
    }
    if (sequential && !indexes.isEmpty()) {
        std::sort(indexes.begin(), indexes.end());
        for (int i = 0; i < indexes.size(); ++i) {
            if (indexes.at(i) != i) {
                sequential = false;
                break;
            }
        }
    }
    if (sequential && !indexes.isEmpty()) {
        QJsonArray out;
        for (int i = 0; i < indexes.size(); ++i)
            out.append(phpShape(object.value(QString::number(i))));
        return out;
    }
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), phpShape(it.value()));
    return out;
}

QJsonObject RequestParser::upperKeys(const QJsonObject &object) {
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key().toUpper(), it.value());
    return out;
}
