#pragma once

#include <QWidget>

#include <memory>

class DepartmentTreeModel;
class DirectoryReader;
class EmployeeTableModel;
class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeView;

// The Company Structure page: the department tree with heads and member counts; the people of the
// selected department beside it; "Invite to this department…" as a button and in the tree's menu.
class CompanyStructurePage : public QWidget {
    Q_OBJECT
public:
    explicit CompanyStructurePage(QWidget *parent = nullptr);
    ~CompanyStructurePage() override;

    // Opens a read connection (Trusted) to the directory file; call once the writer reported opened().
    bool setDirectory(const QString &databasePath);
    // After a sync finished: re-reads the tree and the people, keeping the selected department.
    void reload();

    qint64 currentDepartmentId() const;
    QString currentDepartmentName() const;
    bool selectDepartment(qint64 departmentId);

    const DirectoryReader *reader() const { return m_reader.get(); }
    DepartmentTreeModel *departmentModel() const { return m_departments; }
    EmployeeTableModel *peopleModel() const { return m_people; }
    QMenu *contextMenu() const { return m_menu; }

signals:
    void inviteRequested(qint64 departmentId, const QString &departmentName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void departmentSelected();
    void peopleChanged();
    void openContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void requestInvite();

    std::unique_ptr<DirectoryReader> m_reader;
    DepartmentTreeModel *m_departments = nullptr;
    EmployeeTableModel *m_people = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_title = nullptr;
    QCheckBox *m_includeSub = nullptr;
    QPushButton *m_invite = nullptr;
    QStackedWidget *m_peopleOrHint = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_count = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_inviteAction = nullptr;
};
