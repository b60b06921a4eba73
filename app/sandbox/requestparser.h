#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Turns what a PHP portal would see in $_REQUEST into a JSON tree: GET query strings and
// form-urlencoded bodies with PHP bracket nesting (FILTER[>ID]=5, select[]=ID), JSON bodies and
// multipart/form-data. Also holds the PHP value rules (truthiness, intval) the handlers rely on.
class RequestParser {
public:
    // PHP's max_input_vars (default 1000): the query, a form body or a multipart body with more
    // variables is refused (RestMethods answers ERROR_ARGUMENT); parseQuery() ignores those past the
    // limit, as PHP does. Bracket nesting deeper than PHP's max_input_nesting_level (64) is dropped.
    static constexpr qsizetype MaxInputVariables = 1000;
    static constexpr qsizetype MaxNestingLevel = 64;
    // How many variables a query string or form body holds (its non-empty `&`-separated parts), or a
    // multipart body (its parts); 0 for JSON, which PHP does not count.
    static qsizetype inputVariables(const QByteArray &contentType, const QByteArray &body);

    // parse_str(): "a[b][]=1&a[b][]=2&c=x" -> {"a":{"b":["1","2"]},"c":"x"}. Later keys win.
    static QJsonObject parseQuery(const QByteArray &query);
    // Merges a body into params according to its content type. Returns false with a reason when
    // the body cannot be understood (malformed JSON, JSON that is not an object).
    static bool parseBody(const QByteArray &contentType, const QByteArray &body, QJsonObject *params,
                          QString *error);

    // The keys of params.cmd (batch) in the order the client sent them: QJsonObject sorts keys,
    // but batch runs its commands in the given order. `json` tells how `raw` is encoded.
    static QStringList cmdKeyOrder(const QByteArray &raw, bool json);

    // PHP (bool) of a request value: "", "0", 0, false, null, [] are false; "false" is true.
    static bool phpTruthy(const QJsonValue &value);
    // PHP intval() of a request value ("12abc" -> 12, "x" -> 0, 3.7 -> 3).
    static qint64 phpInt(const QJsonValue &value);
    // A scalar as the string PHP would see ("true" -> "1", false -> "").
    static QString phpString(const QJsonValue &value);
    // PHP json_encode shapes: objects keyed exactly 0..n-1 become arrays, recursively.
    static QJsonValue phpShape(const QJsonValue &value);
    // Copy with every top-level key upper-cased (and, if given, the contents of one nested key).
    static QJsonObject upperKeys(const QJsonObject &object);

private:
    static void insertPath(QJsonObject &root, const QString &key, const QString &value);
};
