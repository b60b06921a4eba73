// Fuzzes the reading of the people a portal lists (user.get rows, spec §8): DirectoryUser::fromJson on
// every object of the answer, and the dates in them, whose usual form has a reader of its own that must
// read as Qt's parser does (PortalFields::parsedDateTime). Input: a JSON document (a row, or an array
// of rows); the whole input is also read as one date text.
#include "fuzzsupport.h"

#include "directory/directoryuser.h"
#include "directory/portalfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The reader's shortcut and the parser agree on the instant and on the text the writer stores.
void checkDate(const QString &text) {
    const QDateTime read = PortalFields::dateTime(QJsonValue(text));
    const QDateTime parsed = PortalFields::parsedDateTime(text);
    FUZZ_CHECK(read.isValid() == parsed.isValid());
    if (read.isValid()) {
        FUZZ_CHECK(read.toMSecsSinceEpoch() == parsed.toMSecsSinceEpoch());
        FUZZ_CHECK(DirectoryUser::isoOrEmpty(read) == DirectoryUser::isoOrEmpty(parsed));
    }
}

void checkRow(const QJsonObject &row) {
    for (const char *field : {"LAST_LOGIN", "DATE_REGISTER"}) {
        const QJsonValue value = row.value(QLatin1StringView(field));
        if (value.isString())
            checkDate(value.toString());
    }
    const std::optional<DirectoryUser> user = DirectoryUser::fromJson(row);
    if (!user)
        return;
    FUZZ_CHECK(user->id > 0);
    FUZZ_CHECK(user->contentHash().size() == 20);
    const QString lastLogin = DirectoryUser::isoOrEmpty(user->lastLogin);
    FUZZ_CHECK(lastLogin.isEmpty() == !user->lastLogin.isValid());
    (void)user->displayName();
    (void)user->emailNormalized();
    (void)user->phones();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    FuzzSupport::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    checkDate(FuzzSupport::text(data, size));
    const QJsonDocument document = QJsonDocument::fromJson(FuzzSupport::bytes(data, size));
    if (document.isObject())
        checkRow(document.object());
    for (const QJsonValue &row : document.array())
        checkRow(row.toObject());
    return 0;
}
