#include "CustomerPicker.h"

#include "Display.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

namespace peyvand {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;

} // namespace

CustomerPicker::CustomerPicker(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(QStringLiteral("customerPickerEdit"));
    m_edit->setPlaceholderText(tr("Type a name, phone or national code…"));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kNameRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    m_completer->popup()->setObjectName(QStringLiteral("customerPickerPopup"));

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &CustomerPicker::searchNow);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_customerId && text != m_pickedText) {
            m_customerId = 0;
            emit customerChanged(0);
        }
        m_timer->start();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_timer->isActive())
            searchNow();
    });
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { pick(index.data(kIdRole).toLongLong(), index.data(kNameRole).toString()); });
}

void CustomerPicker::setKind(std::optional<CustomerKind> kind)
{
    m_kind = kind;
}

void CustomerPicker::searchNow()
{
    m_timer->stop();
    m_matches->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    CustomerQuery query;
    query.text = text;
    query.kind = m_kind;
    query.limit = 15;
    for (const CustomerRow &row : m_workspace.customers().search(query)) {
        QStringList parts { row.name };
        if (!row.phone.isEmpty())
            parts << Display::phone(row.phone);
        if (!row.city.isEmpty())
            parts << row.city;
        auto *item = new QStandardItem(parts.join(QStringLiteral(" — ")));
        item->setData(row.id, kIdRole);
        item->setData(row.name, kNameRole);
        item->setToolTip(Display::label(row.kind));
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0 && m_edit->hasFocus())
        m_completer->complete();
}

QList<QPair<qint64, QString>> CustomerPicker::matches() const
{
    QList<QPair<qint64, QString>> out;
    for (int i = 0; i < m_matches->rowCount(); ++i)
        out << qMakePair(m_matches->item(i)->data(kIdRole).toLongLong(), m_matches->item(i)->text());
    return out;
}

void CustomerPicker::pickMatch(int n)
{
    if (n < 0 || n >= m_matches->rowCount())
        return;
    const QStandardItem *item = m_matches->item(n);
    pick(item->data(kIdRole).toLongLong(), item->data(kNameRole).toString());
}

void CustomerPicker::setCustomer(qint64 id)
{
    if (id == 0) {
        m_edit->clear();
        m_customerId = 0;
        emit customerChanged(0);
        return;
    }
    try {
        const Customer c = m_workspace.customers().get(id);
        pick(c.id, c.displayName());
    } catch (const std::exception &) {
        m_edit->clear();
        m_customerId = 0;
        emit customerChanged(0);
    }
}

void CustomerPicker::pick(qint64 id, const QString &text)
{
    m_timer->stop();
    m_completer->popup()->hide();
    m_pickedText = text;
    m_edit->setText(text);
    m_customerId = id;
    emit customerChanged(id);
}

} // namespace peyvand
