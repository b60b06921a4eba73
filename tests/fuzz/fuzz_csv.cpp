// Fuzzes CSV import (CsvRecipientReader::read): delimiter and header detection, RFC 4180 quoting,
// byte order marks, Excel's sep= line and invalid UTF-8.
#include "fuzzsupport.h"

#include "invite/csvrecipientreader.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    FuzzSupport::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = FuzzSupport::bytes(data, size);
    const CsvRecipientImport imported = CsvRecipientReader().read(input);
    int previousLine = 0;
    for (const CsvRecipientRow &row : imported.rows) {
        FUZZ_CHECK(row.line > previousLine); // rows come in file order, each from its own line
        previousLine = row.line;
        for (const QString &field : row.fields)
            (void)CsvRecipientReader::columnForHeader(field);
    }
    return 0;
}
