#pragma once

#include <QUrl>
#include <QWidget>

#include <memory>

class DepartmentSelector;
class DirectoryReader;
class EmployeeDetailsPane;
class EmployeeTableModel;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

// The Employees page: the whole directory in a virtual table with search as you type, state and
// department filters, the selected person's details, and a way into the invite dialog.
class EmployeesPage : public QWidget {
    Q_OBJECT
public:
    explicit EmployeesPage(QWidget *parent = nullptr);
    ~EmployeesPage() override;

    // Reads the directory file through the GUI thread's shared reader (DirectoryReader::shared(), opened
    // Trusted); call once the writer reported opened(). Returns false when the file cannot be read (the
    // page then shows its empty state).
    bool setDirectory(const QString &databasePath);
    // The same with a reader the caller opened (and may share with other pages).
    bool setDirectory(std::shared_ptr<DirectoryReader> reader);
    // After a sync finished: re-reads everything, keeping the search, filters and selected person.
    void reload();
    // The portal's address for links to people's profiles; empty on the sandbox portal.
    void setPortalUrl(const QUrl &url);

    const DirectoryReader *reader() const { return m_reader.get(); }
    EmployeeTableModel *model() const { return m_model; }

signals:
    void inviteRequested();

private:
    // The constructor's parts, in the order they appear on screen.
    QLayout *createSearchRow();
    QLayout *createFilterRow();
    QWidget *createListAndDetails();
    void connectControls();

    void showExactCount();
    void showPersonMenu(const QPoint &position);
    void applySearch();
    void applyStateFilter();
    void modelChanged();
    void showCurrentPerson();
    void reselect(qint64 userId);

    std::shared_ptr<DirectoryReader> m_reader;
    EmployeeTableModel *m_model = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    DepartmentSelector *m_department = nullptr;
    QPushButton *m_invite = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_tableOrEmpty = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    EmployeeDetailsPane *m_details = nullptr;
};
