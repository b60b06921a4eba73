#include "invite/recipientproblemfilter.h"

#include "invite/recipientreviewmodel.h"

RecipientProblemFilter::RecipientProblemFilter(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void RecipientProblemFilter::setProblemsOnly(bool problemsOnly) {
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateFilter();
}

bool RecipientProblemFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_problemsOnly)
        return true;
    const QModelIndex cell = sourceModel()->index(sourceRow, 0, sourceParent);
    return cell.data(RecipientReviewModel::HasProblemRole).toBool();
}
