#include "LostReasonDialog.h"

#include "Display.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

LostReasonDialog::LostReasonDialog(const QString &dealTitle, QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("lostReasonDialog"));
    setWindowTitle(tr("Mark deal lost"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Why was “%1” lost?").arg(dealTitle), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_combo->setObjectName(QStringLiteral("lostReasonCombo"));
    for (const auto &row : EnumInfo<LostReason>::rows)
        m_combo->addItem(Display::label(row.value), static_cast<int>(row.value));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_combo);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("lostOkButton"));
    ok->setText(tr("Mark lost"));
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("lostCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_combo->setFocus();
}

LostReason LostReasonDialog::reason() const
{
    return static_cast<LostReason>(m_combo->currentData().toInt());
}

void LostReasonDialog::setReason(LostReason reason)
{
    m_combo->setCurrentIndex(m_combo->findData(static_cast<int>(reason)));
}

} // namespace peyvand
