#include "CustomerListModel.h"

#include "CustomerListLoader.h"
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
    m_large = databaseIsLarge();
    if (m_large) {
        startLoad(true);
        return;
    }
    try {
        m_count = m_workspace.store().customers().count(m_query);
    } catch (const DatabaseError &e) {
        m_count = 0;
        fail(e);
    }
    m_query.matchCount = m_count;
}

bool CustomerListModel::databaseIsLarge() const
{
    try {
        return m_workspace.store().customers().countAtMost(CustomerQuery {}, m_syncLimit + 1) > m_syncLimit;
    } catch (const DatabaseError &e) {
        fail(e);
        return false;
    }
}

void CustomerListModel::setSyncLimit(qint64 customers)
{
    m_syncLimit = std::max<qint64>(0, customers);
    reload();
}

CustomerSort CustomerListModel::sortOf(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column] : CustomerSort::Name;
}

qint64 CustomerListModel::customerId(int row) const
{
    if (m_large)
        return row >= 0 && row < m_count && row < m_ids.size() ? m_ids[row] : 0;
    const CustomerRow *r = this->row(row);
    return r ? r->id : 0;
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    if (m_large) {
        const qsizetype at = m_ids.indexOf(customerId);
        return at >= 0 && at < m_count ? int(at) : -1;
    }
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
    const bool large = databaseIsLarge();
    if (large && m_large) {
        startLoad(false); // the rows on screen stay until the new ones arrive
        return;
    }
    if (large != m_large) {
        beginResetModel();
        if (m_loader)
            m_loader->cancel();
        m_large = large;
        m_pages.clear();
        m_ids.clear();
        m_count = 0;
        m_loading = m_counting = false;
        endResetModel();
    }
    if (m_large)
        startLoad(true);
    else
        resetWith([] {}, true);
}

void CustomerListModel::setPaging(int pageSize, int maxPages)
{
    if (m_large && !m_loading && !m_counting) {
        // The ids stay: only the cached rows go (read again by id when shown).
        m_pageSize = std::max(1, pageSize);
        m_maxPages = std::max(2, maxPages);
        m_pages.clear();
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
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
    if (m_large) {
        // The rows on screen stay (read by id, a change of page size only
        // empties the cache) until the new query's first page arrives.
        change();
        m_pages.clear();
        startLoad(true);
        return;
    }
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

void CustomerListModel::startLoad(bool firstPage)
{
    if (!m_loader) {
        m_loader = new CustomerListLoader(m_workspace.store().openLocation(), this);
        connect(m_loader, &CustomerListLoader::firstPageLoaded, this, &CustomerListModel::showFirstPage);
        connect(m_loader, &CustomerListLoader::idsLoaded, this, &CustomerListModel::showIds);
        connect(m_loader, &CustomerListLoader::failed, this, &CustomerListModel::loadFailed);
    }
    if (firstPage && firstPageIsAWalk()) {
        // The first page of an unfiltered list is the first entries of the
        // sort's index (about a millisecond): read here, without a thread
        // hand-over; only the ids go to the worker.
        QList<CustomerRow> rows;
        try {
            rows = fetch(std::nullopt, m_pageSize, false);
        } catch (const DatabaseError &e) {
            fail(e);
            rows.clear();
        }
        m_generation = m_loader->load(m_query, 0);
        m_replaceAll = false;
        showFirstPage(m_generation, rows);
        return;
    }
    m_generation = m_loader->load(m_query, firstPage ? m_pageSize : 0);
    m_loading = true;
    m_replaceAll = !firstPage;
}

// Whether a large list's first page is an index walk that stops after a page
// whatever the data: no text, tag, city, owner or lifecycle filter (a filter
// walked along another column's index may read many rows to fill a page).
bool CustomerListModel::firstPageIsAWalk() const
{
    return m_query.text.trimmed().isEmpty() && m_query.tag.isEmpty() && m_query.city.isEmpty() && !m_query.ownerId
        && !m_query.lifecycle;
}

// A new query's first rows: they replace the previous query's at once; the
// count follows with the ids.
void CustomerListModel::showFirstPage(quint64 generation, const QList<CustomerRow> &rows)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_pages.clear();
    m_ids.clear();
    for (const CustomerRow &r : rows)
        m_ids << r.id;
    m_pages.insert(0, Page { rows, ++m_clock });
    m_count = rows.size();
    m_loading = false;
    m_counting = true;
    endResetModel();
    emit loaded();
}

// Every id in order: the rows after the first page appear (or, after a
// reload, every row is read again).
void CustomerListModel::showIds(quint64 generation, const QList<qint64> &ids)
{
    if (generation != m_generation)
        return;
    const bool extends
        = !m_replaceAll && ids.size() >= m_ids.size() && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin());
    m_loading = false;
    m_counting = false;
    m_replaceAll = false;
    if (extends) {
        const qint64 shown = m_count;
        if (ids.size() > shown) {
            beginInsertRows({}, int(shown), int(std::min<qint64>(ids.size(), std::numeric_limits<int>::max()) - 1));
            m_ids = ids;
            m_count = ids.size();
            endInsertRows();
        } else {
            m_ids = ids;
        }
    } else {
        beginResetModel();
        m_pages.clear();
        m_ids = ids;
        m_count = ids.size();
        endResetModel();
    }
    emit countChanged(m_count);
    emit loaded();
}

void CustomerListModel::loadFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_counting = false;
    m_replaceAll = false;
    emit databaseFailed(message);
    emit loaded();
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
    if (m_large)
        return rowsAt(first, size);
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

// A large list's page: its ids are known, the rows are read by primary key,
// whatever the query's filters and sort.
QList<CustomerRow> CustomerListModel::rowsAt(qint64 first, int size) const
{
    const QList<qint64> ids = m_ids.mid(first, size);
    ++m_pageLoads;
    const QList<CustomerRow> found = m_workspace.store().customers().rows(ids);
    QList<CustomerRow> rows;
    rows.reserve(ids.size());
    qsizetype next = 0;
    for (const qint64 id : ids) {
        if (next < found.size() && found[next].id == id) {
            rows << found[next++];
        } else {
            CustomerRow gone; // deleted since the ids were read: blank until the next reload
            gone.id = id;
            rows << gone;
        }
    }
    return rows;
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
