#pragma once

#include <QSortFilterProxyModel>

// "Show problems only" over the review grid: the rows that will not be sent as they are.
class RecipientProblemFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RecipientProblemFilter(QObject *parent = nullptr);

    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};
