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

// The Company Structure page: the department tree with heads and member counts (direct and with the
// sub-departments); the people of the selected department beside it; "Invite to this department…" as a button
// and in the tree's menu.
class CompanyStructurePage : public QWidget {
    Q_OBJECT
public:
    explicit CompanyStructurePage(QWidget *parent = nullptr);
    ~CompanyStructurePage() override;

    // Reads the directory file through the GUI thread's shared reader (DirectoryReader::shared(), opened
    // Trusted); call once the writer reported opened(). The tree and the people are read when the page
    // is first shown (or a method below needs them), so a hidden page costs start-up nothing.
    bool setDirectory(const QString &databasePath);
    // The same with a reader the caller opened (and may share with other pages).
    bool setDirectory(std::shared_ptr<DirectoryReader> reader);
    // After a sync finished: re-reads the tree and the people, keeping the selected department.
    void reload();

    qint64 currentDepartmentId() const;
    QString currentDepartmentName() const;
    bool selectDepartment(qint64 departmentId);

    const DirectoryReader *reader() const { return m_reader.get(); }
    DepartmentTreeModel *departmentModel() const;
    EmployeeTableModel *peopleModel() const;
    QMenu *contextMenu() const { return m_menu; }

signals:
    void inviteRequested(qint64 departmentId, const QString &departmentName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createTreeSide();   // the departments, left
    QWidget *createPeopleSide(); // the chosen department's title, action and people, right
    void showExactCount();
    // "78 people with sub-departments · 21 directly in this department" for the listed people.
    QString countText(int listed) const;
    void ensureModels(); // builds the models for the reader set last, once
    void departmentSelected();
    void peopleChanged();
    void openContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void requestInvite();

    std::shared_ptr<DirectoryReader> m_reader;
    bool m_modelsPending = false; // a reader was set; its models are built on first need
    DepartmentTreeModel *m_departments = nullptr;
    EmployeeTableModel *m_people = nullptr;
    QTreeView *m_tree = nullptr;
    QWidget *m_treeViewport = nullptr; // compared by address only (see eventFilter)
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
