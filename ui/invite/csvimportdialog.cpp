#include "invite/csvimportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(const QString &fileName, const CsvRecipientImport &import, QWidget *parent)
    : QDialog(parent)
    , m_import(import)
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));

    int usable = 0;
    for (const CsvRecipientRow &row : import.rows)
        usable += row.recipient.isValid() ? 1 : 0;

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("csvImportSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    QStringList lines;
    lines << tr("%n row(s) read, %1 with a usable address.", nullptr, int(import.rows.size())).arg(usable);
    lines << import.notes;
    summary->setText(lines.join(u'\n'));

    m_table->setObjectName(QStringLiteral("csvImportTable"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("E-mail"), tr("Name"), tr("Position"), tr("Department"), tr("Problems")});
    m_table->setRowCount(int(import.rows.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < import.rows.size(); ++row) {
        const CsvRecipientRow &r = import.rows.at(row);
        const QStringList cells{QString::number(r.line), r.recipient.email,
                                r.recipient.fullName(),  r.recipient.position,
                                r.recipient.department,  r.problems.join(QStringLiteral("; "))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("csvImportButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Add %n recipient(s)", nullptr, usable));
    ok->setObjectName(QStringLiteral("csvImportAccept"));
    ok->setAccessibleName(ok->text().remove(u'&'));
    ok->setEnabled(import.ok && !import.rows.isEmpty());
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("csvImportCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 25)));
}

QStringList CsvImportDialog::recipientLines() const {
    QStringList lines;
    for (const CsvRecipientRow &row : m_import.rows) {
        const Recipient &r = row.recipient;
        if (r.email.isEmpty())
            continue;
        const QString name = r.fullName();
        if (name.isEmpty()) {
            lines << r.email;
        } else {
            QString quoted = name;
            quoted.replace(u'"', QStringLiteral("'"));
            lines << QStringLiteral("\"%1\" <%2>").arg(quoted, r.email);
        }
    }
    return lines;
}
