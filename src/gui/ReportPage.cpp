#include "ReportPage.h"

#include "ReportCellText.h"
#include "ReportChartStyle.h"
#include "ReportTableModel.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand {

ReportPage::ReportPage(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget)
    , m_grid(new QGridLayout(m_content))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reportPage_") + name);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    QFont big = m_message->font();
    big.setPointSize(big.pointSize() + 2);
    m_message->setFont(big);
    m_message->setStyleSheet(QStringLiteral("color: #606870; padding: 16px;"));
    m_message->hide();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
}

void ReportPage::reset()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts.clear();
    m_tables.clear();
    for (int i = 0; i < m_grid->columnCount(); ++i)
        m_grid->setColumnStretch(i, 0);
    for (int i = 0; i < m_grid->rowCount(); ++i)
        m_grid->setRowStretch(i, 0);
}

void ReportPage::clear(const QString &message)
{
    reset();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString ReportPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportPage::show(const QList<QChart *> &charts, const QList<ReportTable> &tables, const QString &emptyText)
{
    reset();
    m_message->setText(emptyText);
    m_message->setVisible(!emptyText.isEmpty());
    const bool drawCharts = emptyText.isEmpty() && !charts.isEmpty();
    // One chart: the chart beside its first table, other tables below. One chart per pipeline: side by
    // side, the tables below them across the page.
    const int n = drawCharts ? int(charts.size()) : 0;
    // A table with many figures (win rate: eight columns) needs the whole
    // width: then the chart takes the top row and every table goes below.
    const bool wide = n == 1 && !tables.isEmpty() && tables.first().columns.size() > 5;
    for (int i = 0; i < charts.size(); ++i) {
        if (!drawCharts) {
            delete charts[i];
            continue;
        }
        QChartView *view = ReportChartStyle::view(charts[i]);
        view->setObjectName(QStringLiteral("reportChart_%1").arg(i));
        m_charts << view;
        view->setMinimumHeight(340);
        view->setMaximumHeight(420);
        if (n == 1 && wide)
            m_grid->addWidget(view, 0, 0, 1, 2);
        else if (n == 1)
            m_grid->addWidget(view, 0, 0);
        else
            m_grid->addWidget(view, 0, i);
    }
    for (int j = 0; j < tables.size(); ++j) {
        const ReportTable &table = tables[j];
        auto *box = new QGroupBox(ReportCellText::title(table), m_content);
        auto *view = new QTableView(box);
        view->setObjectName(QStringLiteral("reportTable_") + table.code);
        auto *model = new ReportTableModel(view);
        model->setTable(table);
        view->setModel(model);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        // The label column takes the spare width; figures keep their natural
        // width so no header ("Overdue follow-ups") is cut.
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        view->horizontalHeader()->setMinimumSectionSize(70);
        const int rows = int(std::min<qsizetype>(table.rows.size(), 12));
        view->setMinimumHeight(view->horizontalHeader()->sizeHint().height()
                               + std::max(rows, 2) * view->verticalHeader()->defaultSectionSize() + 6);
        // Not narrower than its headers and cells (up to a limit): the grid
        // gives the table beside a chart half the width, which can cut a header.
        int natural = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
        for (int c = 0; c < model->columnCount(); ++c)
            natural += std::max({ view->horizontalHeader()->sectionSizeHint(c),
                                  static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c), 70 });
        view->setMinimumWidth(std::min(natural, 560)); // wider tables scroll inside themselves
        (new QVBoxLayout(box))->addWidget(view);
        const QString code = table.code;
        connect(view, &QTableView::doubleClicked, this,
                [this, code](const QModelIndex &index) { emit rowActivated(code, index.row()); });
        m_tables << view;
        if (n == 1 && wide)
            m_grid->addWidget(box, 1 + j, 0, 1, 2);
        else if (n == 1 && j == 0)
            m_grid->addWidget(box, 0, 1); // beside the chart
        else if (n == 1)
            m_grid->addWidget(box, j, 0, 1, 2);
        else if (n > 1) // full width below the charts: amounts need the room
            m_grid->addWidget(box, 1 + j, 0, 1, n);
        else
            m_grid->addWidget(box, j, 0);
    }
    if (n == 1) {
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, 1);
    } else {
        for (int i = 0; i < std::max(1, n); ++i)
            m_grid->setColumnStretch(i, 1);
    }
    m_grid->setRowStretch(m_grid->rowCount(), 1);
}

QTableView *ReportPage::tableView(const QString &code) const
{
    for (QTableView *view : m_tables)
        if (view->objectName() == QStringLiteral("reportTable_") + code)
            return view;
    return nullptr;
}

ReportTableModel *ReportPage::model(const QString &code) const
{
    QTableView *view = tableView(code);
    return view ? qobject_cast<ReportTableModel *>(view->model()) : nullptr;
}

} // namespace peyvand
