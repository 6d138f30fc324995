#include "OrderLinesEditor.h"

#include "Display.h"
#include "Money.h"
#include "PersianText.h"
#include "ValidationError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <limits>

namespace peyvand {

namespace {

bool toman()
{
    return Display::moneyUnit() == UiSettings::MoneyUnit::Toman;
}

QString text(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? PersianText::tidy(item->text()) : QString();
}

// A quantity typed in any digits, with or without grouping; none when it is not a whole number.
std::optional<qint64> quantityOf(const QString &typed)
{
    QString latin = PersianText::toLatinDigits(typed);
    latin.remove(QLatin1Char(',')).remove(QChar(0x066C));
    bool ok = false;
    const qint64 value = latin.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

OrderLinesEditor::OrderLinesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add line"), this))
    , m_remove(new QPushButton(tr("Remove line"), this))
    , m_total(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("orderLinesEditor"));
    m_table->setObjectName(QStringLiteral("lineTable"));
    m_table->setHorizontalHeaderLabels({ tr("Product"), tr("Quantity"),
                                         toman() ? tr("Unit price (Toman)") : tr("Unit price (Rial)"),
                                         tr("Line total") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->setColumnWidth(ProductColumn, 260);
    m_table->setColumnWidth(QuantityColumn, 70);
    m_table->setColumnWidth(PriceColumn, 170);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_add->setObjectName(QStringLiteral("addLineButton"));
    m_add->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeLineButton"));
    m_remove->setAutoDefault(false);
    m_total->setObjectName(QStringLiteral("linesTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_error->setObjectName(QStringLiteral("linesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addLine();
        m_table->setCurrentCell(row, ProductColumn);
        m_table->editItem(m_table->item(row, ProductColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            refresh();
        }
    });
    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    refresh();
}

void OrderLinesEditor::setLines(const QList<OrderLine> &lines)
{
    m_updating = true;
    m_table->setRowCount(0);
    m_updating = false;
    for (const OrderLine &l : lines)
        addLine(l.product, Display::number(l.quantity), Display::number(toman() ? l.unitPrice / 10 : l.unitPrice));
    refresh();
}

int OrderLinesEditor::addLine(const QString &product, const QString &quantity, const QString &unitPrice)
{
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, ProductColumn, new QTableWidgetItem(product));
    const QString qty = quantity.isEmpty() ? Display::number(1) : quantity;
    for (auto [column, value] : { std::pair { QuantityColumn, qty }, std::pair { PriceColumn, unitPrice } }) {
        auto *item = new QTableWidgetItem(value);
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    }
    auto *total = new QTableWidgetItem;
    total->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    total->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_table->setItem(row, TotalColumn, total);
    m_updating = false;
    refresh();
    return row;
}

void OrderLinesEditor::setCell(int row, Column column, const QString &value)
{
    if (QTableWidgetItem *item = m_table->item(row, column))
        item->setText(value); // cellChanged refreshes
}

int OrderLinesEditor::rowCountShown() const
{
    return m_table->rowCount();
}

OrderLinesEditor::Parsed OrderLinesEditor::parse() const
{
    Parsed p;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString product = text(m_table, row, ProductColumn);
        const QString quantity = text(m_table, row, QuantityColumn);
        const QString price = text(m_table, row, PriceColumn);
        const std::optional<qint64> parsedQty = quantityOf(quantity);
        if (product.isEmpty() && price.isEmpty() && (quantity.isEmpty() || parsedQty == 1))
            continue; // a blank row
        const QString rowName = Display::number(row + 1);
        const bool ok = parsedQty.has_value();
        const qint64 qty = parsedQty.value_or(0);
        qint64 unit = 0;
        QString rowError;
        if (product.isEmpty())
            rowError = tr("Line %1: enter the product.").arg(rowName);
        else if (!ok || qty <= 0)
            rowError = tr("Line %1: the quantity must be a whole number above zero.").arg(rowName);
        else {
            try {
                unit = price.isEmpty() ? 0 : Money::parseRials(price);
                if (toman()) {
                    if (unit > std::numeric_limits<qint64>::max() / 10)
                        throw ValidationError(QStringLiteral("unit_price"), QStringLiteral("overflow"),
                                              QStringLiteral("too large"), QStringLiteral("مبلغ بیش از حد بزرگ است"));
                    unit *= 10;
                }
                if (price.isEmpty())
                    rowError = tr("Line %1: enter the unit price.").arg(rowName);
                else if (qty > 0 && unit > std::numeric_limits<qint64>::max() / qty)
                    rowError = tr("Line %1: the amount is too large.").arg(rowName);
            } catch (const ValidationError &) {
                rowError = tr("Line %1: enter the unit price as a whole number.").arg(rowName);
            }
        }
        if (!rowError.isEmpty()) {
            if (p.error.isEmpty())
                p.error = rowError;
            continue;
        }
        OrderLine line;
        line.product = product;
        line.quantity = qty;
        line.unitPrice = unit;
        p.lines << line;
        p.total += line.total();
    }
    if (p.error.isEmpty() && p.lines.isEmpty())
        p.error = tr("Add at least one line.");
    return p;
}

void OrderLinesEditor::refresh()
{
    m_updating = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QString shown;
        try {
            const QString price = text(m_table, row, PriceColumn);
            const qint64 qty = quantityOf(text(m_table, row, QuantityColumn)).value_or(0);
            if (qty > 0 && !price.isEmpty()) {
                const qint64 unit = Money::parseRials(price) * (toman() ? 10 : 1);
                if (unit <= std::numeric_limits<qint64>::max() / qty)
                    shown = Display::money(unit * qty);
            }
        } catch (const ValidationError &) {
        }
        if (QTableWidgetItem *item = m_table->item(row, TotalColumn))
            item->setText(shown);
    }
    m_updating = false;
    const Parsed p = parse();
    m_total->setText(tr("Total: %1").arg(Display::money(p.total)));
    // A new empty form does not scold; the save button stays off and says why.
    const bool untouched = m_table->rowCount() <= 1 && p.lines.isEmpty() && p.error == tr("Add at least one line.");
    m_error->setText(untouched ? QString() : p.error);
    m_error->setVisible(!m_error->text().isEmpty());
    m_remove->setEnabled(m_table->rowCount() > 0);
    emit changed();
}

std::optional<QList<OrderLine>> OrderLinesEditor::lines() const
{
    Parsed p = parse();
    if (!p.error.isEmpty())
        return std::nullopt;
    return p.lines;
}

QString OrderLinesEditor::error() const
{
    return parse().error;
}

qint64 OrderLinesEditor::total() const
{
    return parse().total;
}

} // namespace peyvand
