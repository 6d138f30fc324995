#include "ReportFilterBar.h"

#include "Display.h"
#include "JalaliDateEdit.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peyvand {

ReportFilterBar::ReportFilterBar(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scope(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new JalaliDateEdit(this))
    , m_to(new JalaliDateEdit(this))
    , m_stuckDays(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reportFilterBar"));
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_scope->addItem(tr("B2B and B2C side by side"), int(ReportScope::All));
    m_scope->addItem(tr("Companies (B2B)"), int(ReportScope::B2B));
    m_scope->addItem(tr("Individuals (B2C)"), int(ReportScope::B2C));

    m_owner->setObjectName(QStringLiteral("reportOwner"));
    m_owner->setMinimumContentsLength(14);
    reloadUsers();

    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("This month"), int(PeriodPreset::ThisMonth));
    m_period->addItem(tr("This quarter"), int(PeriodPreset::ThisQuarter));
    m_period->addItem(tr("This year"), int(PeriodPreset::ThisYear));
    m_period->addItem(tr("Previous month"), int(PeriodPreset::PreviousMonth));
    m_period->addItem(tr("Previous quarter"), int(PeriodPreset::PreviousQuarter));
    m_period->addItem(tr("Previous year"), int(PeriodPreset::PreviousYear));
    m_period->addItem(tr("Custom dates"), kCustom);

    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_from->setRequired(true);
    m_to->setRequired(true);
    const QDate today = businessDay(m_workspace.clock().now());
    const ReportPeriod month = ReportPeriod::preset(PeriodPreset::ThisMonth, today);
    m_from->setDate(month.from);
    m_to->setDate(month.to);

    m_stuckDays->setObjectName(QStringLiteral("reportStuckDays"));
    m_stuckDays->setRange(1, 365);
    m_stuckDays->setValue(7);
    m_stuckDays->setSuffix(tr(" days"));

    m_message->setObjectName(QStringLiteral("reportFilterMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Pipeline:"), this));
    row->addWidget(m_scope);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Owner:"), this));
    row->addWidget(m_owner);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Period:"), this));
    row->addWidget(m_period);
    row->addWidget(m_from);
    auto *until = new QLabel(tr("to"), this);
    until->setObjectName(QStringLiteral("reportUntilLabel"));
    row->addWidget(until);
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Orders stuck after:"), this));
    row->addWidget(m_stuckDays);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    const auto changed = [this] {
        updateCustom();
        emit filterChanged();
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, changed);
    connect(m_owner, &QComboBox::currentIndexChanged, this, changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &JalaliDateEdit::dateChanged, this, changed);
    connect(m_to, &JalaliDateEdit::dateChanged, this, changed);
    connect(m_stuckDays, &QSpinBox::valueChanged, this, changed);
    updateCustom();
}

void ReportFilterBar::reloadUsers()
{
    const qint64 current = m_owner->currentData().toLongLong();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), qint64(0));
    for (const User &user : m_workspace.users())
        m_owner->addItem(user.fullName.isEmpty() ? user.username : user.fullName, user.id);
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
}

void ReportFilterBar::updateCustom()
{
    const bool custom = m_period->currentData().toInt() == kCustom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    findChild<QLabel *>(QStringLiteral("reportUntilLabel"))->setVisible(custom);
    const QString text = problem();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

std::optional<ReportFilter> ReportFilterBar::filter() const
{
    ReportFilter filter;
    filter.scope = ReportScope(m_scope->currentData().toInt());
    filter.ownerId = m_owner->currentData().toLongLong();
    filter.stuckDays = m_stuckDays->value();
    const int preset = m_period->currentData().toInt();
    try {
        if (preset == kCustom) {
            if (!m_from->errorText().isEmpty() || !m_to->errorText().isEmpty())
                return std::nullopt;
            filter.period = ReportPeriod::custom(m_from->date(), m_to->date());
        } else {
            filter.period = ReportPeriod::preset(PeriodPreset(preset), businessDay(m_workspace.clock().now()));
        }
    } catch (const ValidationError &) {
        return std::nullopt;
    }
    return filter;
}

QString ReportFilterBar::problem() const
{
    if (m_period->currentData().toInt() != kCustom)
        return {};
    if (!m_from->errorText().isEmpty())
        return tr("Start of the period: %1").arg(m_from->errorText());
    if (!m_to->errorText().isEmpty())
        return tr("End of the period: %1").arg(m_to->errorText());
    if (m_to->date() < m_from->date())
        return tr("The period ends (%1) before it starts (%2). Choose an end date on or after the start date.")
            .arg(Display::date(m_to->date()), Display::date(m_from->date()));
    try {
        ReportPeriod::custom(m_from->date(), m_to->date());
    } catch (const ValidationError &e) {
        return Display::error(e);
    }
    return {};
}

void ReportFilterBar::setScope(ReportScope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void ReportFilterBar::setOwner(qint64 ownerId)
{
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(ownerId)));
}

void ReportFilterBar::setPreset(int presetOrCustom)
{
    m_period->setCurrentIndex(m_period->findData(presetOrCustom));
}

void ReportFilterBar::setCustomPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setPreset(kCustom);
    updateCustom();
    emit filterChanged();
}

} // namespace peyvand
