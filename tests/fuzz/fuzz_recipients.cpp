// Fuzzes what the user types or pastes into the invite dialog: RecipientListParser::parse and
// EmailAddress::check on the same text.
#include "fuzzsupport.h"

#include "invite/emailaddress.h"
#include "invite/recipientlistparser.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    FuzzSupport::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString input = FuzzSupport::text(data, size);

    const EmailCheck check = EmailAddress::check(input);
    if (check.isValid()) {
        FUZZ_CHECK(!check.comparisonKey.isEmpty());
        FUZZ_CHECK(!check.forSending.isEmpty());
        // What was accepted stays accepted when checked again (the outbox re-checks before sending).
        FUZZ_CHECK(EmailAddress::check(check.address).isValid());
    } else {
        FUZZ_CHECK(!EmailAddress::problemText(check.problem).isEmpty());
    }
    (void)EmailAddress::comparisonKey(input);

    const QList<Recipient> recipients = RecipientListParser().parse(input);
    for (const Recipient &r : recipients) {
        // Re-checking a parsed address never crashes and gives the same verdict.
        FUZZ_CHECK(EmailAddress::check(r.email).isValid() == r.isValid());
    }
    return 0;
}
