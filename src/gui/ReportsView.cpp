#include "ReportsView.h"

#include "Display.h"
#include "Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace peyvand {

namespace {

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels(
        { QObject::tr("Stage"), QObject::tr("Deals"), QObject::tr("Amount"), QObject::tr("Weighted amount") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return table;
}

} // namespace

ReportsView::ReportsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_b2b(makeTable(QStringLiteral("b2bSummary"), this))
    , m_b2c(makeTable(QStringLiteral("b2cSummary"), this))
{
    setObjectName(QStringLiteral("reportsView"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Open pipeline, companies beside individuals"), this);
    QFont big = title->font();
    big.setPointSize(big.pointSize() + 3);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *row = new QHBoxLayout;
    auto *b2b = new QGroupBox(tr("Companies (B2B)"), this);
    (new QVBoxLayout(b2b))->addWidget(m_b2b);
    auto *b2c = new QGroupBox(tr("Individuals (B2C)"), this);
    (new QVBoxLayout(b2c))->addWidget(m_b2c);
    row->addWidget(b2b);
    row->addWidget(b2c);
    layout->addLayout(row, 1);
    connect(&m_workspace, &Workspace::dealChanged, this, &ReportsView::reload);
    connect(&m_workspace, &Workspace::dataReset, this, &ReportsView::reload);
    reload();
}

void ReportsView::reload()
{
    const auto b2b = m_workspace.store().pipelines().defaultFor(CustomerKind::Legal);
    const auto b2c = m_workspace.store().pipelines().defaultFor(CustomerKind::Individual);
    fill(m_b2b, b2b ? b2b->id : 0);
    fill(m_b2c, b2c ? b2c->id : 0);
}

void ReportsView::fill(QTableWidget *table, qint64 pipelineId)
{
    table->setRowCount(0);
    const auto pipeline = m_workspace.store().pipelines().get(pipelineId);
    if (!pipeline)
        return;
    QHash<qint64, StageTotals> totals;
    for (const StageTotals &t : m_workspace.store().deals().openTotals(pipelineId, 0))
        totals.insert(t.stageId, t);
    qint64 count = 0, amount = 0, weighted = 0;
    for (const Stage &stage : pipeline->stages) {
        if (stage.outcome != StageOutcome::Open)
            continue;
        const StageTotals t = totals.value(stage.id);
        const qint64 stageWeighted = weightedAmount(t.amount, stage.probability);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(stage.name));
        table->setItem(row, 1, new QTableWidgetItem(Display::number(t.count)));
        table->setItem(row, 2, new QTableWidgetItem(Display::money(t.amount)));
        table->setItem(row, 3, new QTableWidgetItem(Display::money(stageWeighted)));
        count += t.count;
        amount += t.amount;
        weighted += stageWeighted;
    }
    const int row = table->rowCount();
    table->insertRow(row);
    auto bold = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        return item;
    };
    table->setItem(row, 0, bold(tr("Total")));
    table->setItem(row, 1, bold(Display::number(count)));
    table->setItem(row, 2, bold(Display::money(amount)));
    table->setItem(row, 3, bold(Display::money(weighted)));
}

} // namespace peyvand
