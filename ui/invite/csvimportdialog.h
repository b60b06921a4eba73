#pragma once

#include "invite/csvrecipientreader.h"

#include <QDialog>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

// Shows the rows of an imported CSV file as they were understood (address, names, position,
// department, problems) before they join the recipients. The user can choose another encoding than
// the detected one and say what each column holds; the rows are read again each time. OK adds the
// rows with a usable address, and only from a file that decoded cleanly; Cancel drops them.
class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    CsvImportDialog(const QString &path, QWidget *parent = nullptr);

    const CsvRecipientImport &import() const { return m_import; }
    // The recipients that OK adds.
    QList<Recipient> recipients() const { return m_import.usableRecipients(); }
    void setEncoding(const QByteArray &encoding);

private:
    void reread();
    void showImport();
    void rebuildColumnChoices();

    QByteArray m_data;
    CsvRecipientReader::Options m_options;
    CsvRecipientImport m_import;
    QLabel *m_summary;
    QComboBox *m_encoding;
    QHBoxLayout *m_columnsLayout;
    QList<QComboBox *> m_columns;
    QTableWidget *m_table;
    QPushButton *m_accept;
};
