#pragma once

#include "invite/csvrecipientreader.h"

#include <QDialog>

class QTableWidget;

// Shows the rows of an imported CSV file as they were understood (address, names, position,
// department, problems) before they join the recipients; OK adds them, Cancel drops them.
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    CsvImportDialog(const QString &fileName, const CsvRecipientImport &import, QWidget *parent = nullptr);

    // The recipients as lines for the recipients editor ("First Last <address>").
    QStringList recipientLines() const;

private:
    CsvRecipientImport m_import;
    QTableWidget *m_table;
};
