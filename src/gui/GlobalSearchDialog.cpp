#include "GlobalSearchDialog.h"

#include "Display.h"
#include "PersianText.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace peyvand {

namespace {

constexpr int kCustomerIdRole = Qt::UserRole + 1;

} // namespace

GlobalSearchDialog::GlobalSearchDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_edit(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearchDialog"));
    setWindowTitle(tr("Search everything"));
    resize(560, 420);
    auto *layout = new QVBoxLayout(this);
    m_edit->setObjectName(QStringLiteral("globalSearchEdit"));
    m_edit->setPlaceholderText(tr("Customer, contact, phone, national code or order number…"));
    m_edit->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setUniformItemSizes(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_results, 1);
    m_edit->installEventFilter(this);

    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &GlobalSearchDialog::searchNow);
    connect(m_edit, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_timer->isActive())
            searchNow();
        openSelected();
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] { openSelected(); });
}

void GlobalSearchDialog::addSection(const QString &title)
{
    auto *item = new QListWidgetItem(title, m_results);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setFlags(Qt::NoItemFlags);
}

void GlobalSearchDialog::addResult(const QString &text, qint64 customerId)
{
    auto *item = new QListWidgetItem(QStringLiteral("    ") + text, m_results);
    item->setData(kCustomerIdRole, customerId);
}

void GlobalSearchDialog::searchNow()
{
    m_timer->stop();
    m_results->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;

    // An order number is all digits, in any digit form.
    const QString latin = PersianText::toLatinDigits(text).remove(QLatin1Char(' '));
    if (PersianText::isAllDigits(latin) && latin.size() <= 9) {
        try {
            const Order order = m_workspace.orders().getByNumber(latin);
            const auto customer = m_workspace.store().customers().get(order.customerId);
            addSection(tr("Orders"));
            addResult(tr("Order %1 — %2 — %3")
                          .arg(Display::digits(order.number), customer ? customer->displayName() : QString(),
                               Display::label(order.status)),
                      order.customerId);
        } catch (const ValidationError &) {
            // not an order number
        }
    }

    CustomerQuery query;
    query.text = text;
    query.limit = 8;
    const QList<CustomerRow> customers = m_workspace.customers().search(query);
    if (!customers.isEmpty()) {
        addSection(tr("Customers"));
        for (const CustomerRow &row : customers) {
            QStringList parts { row.name, Display::label(row.kind) };
            if (!row.phone.isEmpty())
                parts << Display::phone(row.phone);
            if (!row.city.isEmpty())
                parts << row.city;
            addResult(parts.join(QStringLiteral(" — ")), row.id);
        }
    }

    const QList<ContactPerson> contacts = m_workspace.store().contacts().search(text, 5);
    if (!contacts.isEmpty()) {
        addSection(tr("Contact persons"));
        for (const ContactPerson &c : contacts) {
            const auto company = m_workspace.store().customers().get(c.customerId);
            QStringList parts { c.displayName() };
            if (!c.jobTitle.isEmpty())
                parts << c.jobTitle;
            parts << (company ? company->displayName() : QString());
            addResult(parts.join(QStringLiteral(" — ")), c.customerId);
        }
    }
    if (m_results->count() == 0) {
        addSection(tr("Nothing found"));
        return;
    }
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->item(i)->flags() & Qt::ItemIsSelectable) {
            m_results->setCurrentRow(i);
            break;
        }
    }
}

bool GlobalSearchDialog::openSelected()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return false;
    emit openCustomer(item->data(kCustomerIdRole).toLongLong());
    accept();
    return true;
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search box move through the results.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            int row = m_results->currentRow();
            const int step = key == Qt::Key_Down ? 1 : -1;
            for (int i = row + step; i >= 0 && i < m_results->count(); i += step) {
                if (m_results->item(i)->flags() & Qt::ItemIsSelectable) {
                    m_results->setCurrentRow(i);
                    break;
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace peyvand
