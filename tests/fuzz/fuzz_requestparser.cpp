// Fuzzes the sandbox's view of a request (RequestParser): PHP parse_str with bracket nesting, form,
// JSON and multipart bodies, the batch `cmd` key order, and the PHP value rules applied to whatever
// the parser produced. Input: first byte picks the content type, the rest is the body (for multipart
// the boundary is "b1").
#include "fuzzsupport.h"

#include "sandbox/requestparser.h"

#include <QJsonArray>

namespace {

void walk(const QJsonValue &value, int depth) {
    (void)RequestParser::phpTruthy(value);
    (void)RequestParser::phpInt(value);
    (void)RequestParser::phpString(value);
    if (depth > 64)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            walk(it.value(), depth + 1);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            walk(v, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    FuzzSupport::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    static const QByteArray contentTypes[] = {
        "application/x-www-form-urlencoded",
        "application/json",
        "multipart/form-data; boundary=b1",
        "multipart/form-data; boundary=\"b1\"",
        "",
        "text/plain",
        "application/json; charset=utf-8",
        "multipart/form-data; boundary=",
    };
    const QByteArray &contentType = contentTypes[data[0] % std::size(contentTypes)];
    const QByteArray body = FuzzSupport::bytes(data + 1, size - 1);

    const QJsonObject query = RequestParser::parseQuery(body);
    walk(query, 0);

    QJsonObject params{{QStringLiteral("q"), QStringLiteral("1")}};
    QString error;
    if (RequestParser::parseBody(contentType, body, &params, &error)) {
        walk(RequestParser::phpShape(params), 0);
        (void)RequestParser::upperKeys(params);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }

    (void)RequestParser::cmdKeyOrder(body, true);
    (void)RequestParser::cmdKeyOrder(body, false);
    return 0;
}
