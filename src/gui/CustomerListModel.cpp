#include "CustomerListModel.h"

#include "DatabaseError.h"
#include "Display.h"
#include "Workspace.h"

#include <algorithm>
#include <limits>

namespace peyvand {

CustomerListModel::CustomerListModel(Workspace &workspace, CustomerKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_query.kind = kind;
    m_query.sort = CustomerSort::Name;
    m_columns = { CustomerSort::Name,  CustomerSort::NationalId,
                  CustomerSort::Phone, kind == CustomerKind::Legal ? CustomerSort::Industry : CustomerSort::Email,
                  CustomerSort::City,  CustomerSort::Lifecycle,
                  CustomerSort::Owner, CustomerSort::CreatedAt };
    try {
        m_count = m_workspace.store().customers().count(m_query);
    } catch (const DatabaseError &e) {
        m_count = 0;
        fail(e);
    }
    m_query.matchCount = m_count;
}

CustomerSort CustomerListModel::sortOf(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column] : CustomerSort::Name;
}

qint64 CustomerListModel::customerId(int row) const
{
    const CustomerRow *r = this->row(row);
    return r ? r->id : 0;
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const QList<CustomerRow> &rows = it->rows;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows[i].id == customerId)
                return it.key() * m_pageSize + int(i);
    }
    return -1;
}

void CustomerListModel::setText(const QString &text)
{
    if (text != m_query.text)
        resetWith([&] { m_query.text = text; }, true);
}

void CustomerListModel::setOwner(std::optional<qint64> ownerId)
{
    if (ownerId != m_query.ownerId)
        resetWith([&] { m_query.ownerId = ownerId; }, true);
}

void CustomerListModel::setLifecycle(std::optional<Lifecycle> lifecycle)
{
    if (lifecycle != m_query.lifecycle)
        resetWith([&] { m_query.lifecycle = lifecycle; }, true);
}

void CustomerListModel::setTag(const QString &tag)
{
    if (tag.trimmed() != m_query.tag)
        resetWith([&] { m_query.tag = tag.trimmed(); }, true);
}

void CustomerListModel::setCity(const QString &city)
{
    if (city.trimmed() != m_query.city)
        resetWith([&] { m_query.city = city.trimmed(); }, true);
}

void CustomerListModel::reload()
{
    resetWith([] {}, true);
}

void CustomerListModel::setPaging(int pageSize, int maxPages)
{
    resetWith(
        [&] {
            m_pageSize = std::max(1, pageSize);
            m_maxPages = std::max(2, maxPages); // a page and its neighbour
        },
        false);
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    const CustomerSort sort = sortOf(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    // The count does not depend on the order.
    resetWith(
        [&] {
            m_query.sort = sort;
            m_query.descending = descending;
        },
        false);
}

void CustomerListModel::resetWith(const std::function<void()> &change, bool recount)
{
    beginResetModel();
    change();
    m_pages.clear();
    const qint64 before = m_count;
    if (recount) {
        try {
            m_query.matchCount = -1;
            m_count = m_workspace.store().customers().count(m_query);
        } catch (const DatabaseError &e) {
            m_count = 0;
            fail(e);
        }
    }
    // The repository picks how to page a text search by how many rows match.
    m_query.matchCount = m_count;
    endResetModel();
    if (m_count != before)
        emit countChanged(m_count);
}

void CustomerListModel::fail(const std::exception &error) const
{
    emit const_cast<CustomerListModel *>(this)->databaseFailed(QString::fromStdString(error.what()));
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const CustomerRow *CustomerListModel::row(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const Page &p = page(row / m_pageSize);
    const int offset = row % m_pageSize;
    return offset < p.rows.size() ? &p.rows[offset] : nullptr;
}

const CustomerListModel::Page &CustomerListModel::page(int number) const
{
    auto it = m_pages.find(number);
    if (it == m_pages.end()) {
        QList<CustomerRow> rows;
        try {
            rows = loadPage(number);
        } catch (const DatabaseError &e) {
            fail(e); // cached empty: no retry storm while the view paints
        }
        while (m_pages.size() >= m_maxPages) {
            auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                           [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
            m_pages.erase(oldest);
        }
        it = m_pages.insert(number, Page { rows, 0 });
    }
    it->lastUse = ++m_clock;
    return *it;
}

// Loads page `number` by key from whatever neighbour is at hand: the previous
// page's last key, the next page's first key (reading backwards), the end of
// the list (backwards), or, for a far jump, a key looked up by walking the sort
// index from the nearer end (at most half the list).
QList<CustomerRow> CustomerListModel::loadPage(int number) const
{
    const qint64 first = qint64(number) * m_pageSize;
    const int size = int(std::min<qint64>(m_pageSize, m_count - first));
    if (size <= 0)
        return {};
    const auto key = [](const CustomerRow &r) { return CustomerCursor { r.sortValue, r.id }; };

    if (number == 0)
        return fetch(std::nullopt, size, false);
    if (auto prev = m_pages.constFind(number - 1); prev != m_pages.cend() && prev->rows.size() == m_pageSize)
        return fetch(key(prev->rows.back()), size, false);
    if (auto next = m_pages.constFind(number + 1); next != m_pages.cend() && !next->rows.isEmpty())
        return fetch(key(next->rows.front()), size, true);
    if (first + size >= m_count)
        return fetch(std::nullopt, size, true);
    if (first > m_count / 2) {
        // The key of the row just below the page, counted from the end, then
        // the page read backwards from it.
        CustomerQuery fromEnd = m_query;
        fromEnd.descending = !fromEnd.descending;
        const std::optional<CustomerCursor> below
            = m_workspace.store().customers().cursorAt(fromEnd, m_count - 1 - (first + size));
        if (!below)
            return {};
        return fetch(below, size, true);
    }
    const std::optional<CustomerCursor> before = m_workspace.store().customers().cursorAt(m_query, first - 1);
    if (!before)
        return {};
    return fetch(before, size, false);
}

QList<CustomerRow> CustomerListModel::fetch(const std::optional<CustomerCursor> &after, int limit, bool reverse) const
{
    CustomerQuery q = m_query;
    q.after = after;
    q.limit = limit;
    if (reverse)
        q.descending = !q.descending;
    ++m_pageLoads;
    QList<CustomerRow> rows = m_workspace.store().customers().list(q);
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QString CustomerListModel::display(const CustomerRow &r, CustomerSort column) const
{
    switch (column) {
    case CustomerSort::Name:
        return r.name;
    case CustomerSort::NationalId:
        return Display::digits(r.nationalId);
    case CustomerSort::Phone:
        return Display::phone(r.phone);
    case CustomerSort::Industry:
        return r.industry;
    case CustomerSort::Email:
        return Display::isolate(r.email);
    case CustomerSort::City:
        return r.city;
    case CustomerSort::Lifecycle:
        return Display::label(r.lifecycle);
    case CustomerSort::Owner:
        return r.ownerId ? m_workspace.userName(r.ownerId) : QString();
    case CustomerSort::CreatedAt:
        return Display::date(r.createdAt.toLocalTime().date());
    case CustomerSort::Id:
        return Display::digits(QString::number(r.id));
    }
    return {};
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.column() >= m_columns.size())
        return {};
    const CustomerSort column = m_columns[index.column()];
    switch (role) {
    case Qt::DisplayRole: {
        const CustomerRow *r = row(index.row());
        return r ? display(*r, column) : QString();
    }
    case Qt::ToolTipRole: {
        const CustomerRow *r = row(index.row());
        if (!r)
            return {};
        return column == CustomerSort::CreatedAt ? Display::dateTime(r->createdAt) : display(*r, column);
    }
    case CustomerIdRole: {
        const CustomerRow *r = row(index.row());
        return r ? QVariant(r->id) : QVariant();
    }
    case Qt::TextAlignmentRole:
        switch (column) {
        case CustomerSort::NationalId:
        case CustomerSort::Phone:
        case CustomerSort::Lifecycle:
        case CustomerSort::CreatedAt:
            return int(Qt::AlignCenter);
        default:
            return int(Qt::AlignLeading | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    const bool legal = kind() == CustomerKind::Legal;
    switch (m_columns[section]) {
    case CustomerSort::Name:
        return legal ? tr("Company name") : tr("Name");
    case CustomerSort::NationalId:
        return legal ? tr("National ID") : tr("National code");
    case CustomerSort::Phone:
        return legal ? tr("Phone") : tr("Mobile");
    case CustomerSort::Industry:
        return tr("Industry");
    case CustomerSort::Email:
        return tr("E-mail");
    case CustomerSort::City:
        return tr("City");
    case CustomerSort::Lifecycle:
        return tr("Lifecycle");
    case CustomerSort::Owner:
        return tr("Owner");
    case CustomerSort::CreatedAt:
        return tr("Created");
    case CustomerSort::Id:
        return tr("Number");
    }
    return {};
}

} // namespace peyvand
