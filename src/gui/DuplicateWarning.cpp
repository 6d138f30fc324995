#include "DuplicateWarning.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace peyvand {

DuplicateWarning::DuplicateWarning(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open the existing customer"), this))
{
    setObjectName(QStringLiteral("duplicateWarning"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#duplicateWarning { background: #fff4d6; border: 1px solid #e0b040; "
                                 "border-radius: 4px; } #duplicateWarning QLabel { color: #5c4400; }"));
    m_text->setObjectName(QStringLiteral("duplicateText"));
    m_text->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openExistingButton"));
    m_open->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_customerId != 0)
            emit openRequested(m_customerId);
    });
    hide();
}

void DuplicateWarning::showFor(qint64 customerId, const QString &text)
{
    m_customerId = customerId;
    m_text->setText(text);
    show();
}

void DuplicateWarning::clear()
{
    m_customerId = 0;
    m_text->clear();
    hide();
}

QString DuplicateWarning::text() const
{
    return m_text->text();
}

} // namespace peyvand
