#include "invite/csvimportdialog.h"

#include "invite/csvencoding.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_columnsLayout(new QHBoxLayout)
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    m_options.fileName = QFileInfo(path).fileName();
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (opened)
        m_data = file.readAll();

    m_summary->setObjectName(QStringLiteral("csvImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_encoding->setObjectName(QStringLiteral("csvImportEncoding"));
    m_encoding->setAccessibleName(tr("Encoding of the file"));
    for (const QByteArray &name : CsvEncoding::choices())
        m_encoding->addItem(CsvEncoding::label(name), name);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);

    m_table->setObjectName(QStringLiteral("csvImportTable"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("csvImportButtons"));
    m_accept = buttons->button(QDialogButtonBox::Ok);
    m_accept->setObjectName(QStringLiteral("csvImportAccept"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("csvImportCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(encodingLabel);
    encodingRow->addWidget(m_encoding);
    encodingRow->addStretch(1);
    auto *columnsLabel = new QLabel(tr("Columns hold:"), this);
    auto *columnsRow = new QHBoxLayout;
    columnsRow->addWidget(columnsLabel);
    columnsRow->addLayout(m_columnsLayout, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(encodingRow);
    layout->addLayout(columnsRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    if (!opened) {
        m_import.ok = false;
        m_import.notes << tr("The file could not be opened: %1").arg(file.errorString());
        showImport();
    } else {
        reread();
    }
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        m_options.encoding = m_encoding->currentData().toByteArray();
        reread();
    });
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 28)));
}

void CsvImportDialog::setEncoding(const QByteArray &encoding) {
    const int index = m_encoding->findData(encoding);
    if (index >= 0)
        m_encoding->setCurrentIndex(index);
}

void CsvImportDialog::reread() {
    m_import = CsvRecipientReader().read(m_data, m_options);
    {
        QSignalBlocker blocker(m_encoding);
        m_encoding->setCurrentIndex(m_encoding->findData(m_import.encoding));
    }
    if (m_columns.size() != m_import.columns.size())
        rebuildColumnChoices();
    for (int k = 0; k < m_columns.size(); ++k) {
        QSignalBlocker blocker(m_columns.at(k));
        m_columns.at(k)->setCurrentIndex(m_columns.at(k)->findData(m_import.columns.at(k)));
    }
    showImport();
}

void CsvImportDialog::rebuildColumnChoices() {
    qDeleteAll(m_columns);
    m_columns.clear();
    for (int k = 0; k < m_import.columns.size(); ++k) {
        auto *choice = new QComboBox(this);
        choice->setObjectName(QStringLiteral("csvImportColumn%1").arg(k + 1));
        const QString header = m_import.headerCells.value(k);
        choice->setAccessibleName(tr("What column %1 (%2) holds").arg(k + 1).arg(header));
        choice->setToolTip(header);
        for (int c = 0; c < CsvRecipientReader::ColumnKinds; ++c)
            choice->addItem(CsvRecipientReader::columnLabel(CsvRecipientReader::Column(c)), c);
        m_columnsLayout->addWidget(choice);
        connect(choice, &QComboBox::currentIndexChanged, this, [this] {
            m_options.columns.clear();
            for (const QComboBox *c : std::as_const(m_columns))
                m_options.columns << c->currentData().toInt();
            reread();
        });
        m_columns << choice;
    }
}

void CsvImportDialog::showImport() {
    const int usable = int(m_import.usableRecipients().size());
    QStringList lines;
    lines << tr("%n row(s) read, %1 with a usable address.", nullptr, int(m_import.rows.size())).arg(usable);
    if (m_import.ok)
        lines << tr("Read as %1.").arg(CsvEncoding::label(m_import.encoding));
    lines << m_import.notes;
    m_summary->setText(lines.join(u'\n'));
    m_summary->setAccessibleName(m_summary->text());

    m_table->clear();
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("E-mail"), tr("Name"), tr("Position"), tr("Department"), tr("Problems")});
    m_table->setRowCount(int(m_import.rows.size()));
    for (int row = 0; row < m_import.rows.size(); ++row) {
        const CsvRecipientRow &r = m_import.rows.at(row);
        const QStringList cells{QString::number(r.line), r.recipient.email,
                                r.recipient.fullName(),  r.recipient.position,
                                r.recipient.department,  r.problems.join(QStringLiteral("; "))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();

    m_accept->setText(tr("&Add %n recipient(s)", nullptr, usable));
    m_accept->setAccessibleName(m_accept->text().remove(u'&'));
    m_accept->setEnabled(usable > 0);
}
