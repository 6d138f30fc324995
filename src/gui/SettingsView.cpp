#include "SettingsView.h"

#include "Display.h"
#include "RoleGate.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

SettingsView::SettingsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_language(new QComboBox(this))
    , m_money(new QComboBox(this))
    , m_user(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsView"));
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Settings"), this);
    QFont big = title->font();
    big.setPointSize(big.pointSize() + 4);
    big.setBold(true);
    title->setFont(big);
    outer->addWidget(title);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("فارسی"), QStringLiteral("fa"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(UiSettings::language() == UiSettings::Language::English ? 1 : 0);
    form->addRow(tr("Language:"), m_language);

    m_money->setObjectName(QStringLiteral("moneyCombo"));
    m_money->addItem(tr("Rial"), QStringLiteral("rial"));
    m_money->addItem(tr("Toman"), QStringLiteral("toman"));
    m_money->setCurrentIndex(Display::moneyUnit() == UiSettings::MoneyUnit::Toman ? 1 : 0);
    form->addRow(tr("Show money in:"), m_money);

    m_user->setObjectName(QStringLiteral("userCombo"));
    fillUsers();
    form->addRow(tr("Work as:"), m_user);

    auto *path = new QLabel(Display::isolate(workspace.store().location()), this);
    path->setObjectName(QStringLiteral("databasePathLabel"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Database file:"), path);

    auto *demo = new QPushButton(tr("Add demo data…"), this);
    demo->setObjectName(QStringLiteral("demoDataButton"));
    // Thousands of rows at once: a bulk import in all but name.
    RoleGate::gate(demo, workspace.user(), Permission::ImportData);
    form->addRow(QString(), demo);
    outer->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const auto language = m_language->currentData().toString() == QLatin1String("en")
            ? UiSettings::Language::English
            : UiSettings::Language::Persian;
        UiSettings::setLanguage(language);
        emit languageChanged(language);
    });
    connect(m_money, &QComboBox::currentIndexChanged, this, [this] {
        const auto unit = m_money->currentData().toString() == QLatin1String("toman") ? UiSettings::MoneyUnit::Toman
                                                                                      : UiSettings::MoneyUnit::Rial;
        UiSettings::setMoneyUnit(unit);
        Display::setMoneyUnit(unit);
        emit moneyUnitChanged();
    });
    connect(m_user, &QComboBox::activated, this, [this] {
        const qint64 id = m_user->currentData().toLongLong();
        UiSettings::setUserFor(m_workspace.store().location(), id);
        emit userChanged(id);
    });
    connect(demo, &QPushButton::clicked, this, &SettingsView::demoDataRequested);
    connect(&m_workspace, &Workspace::dataReset, this, &SettingsView::fillUsers);
}

void SettingsView::fillUsers()
{
    m_user->clear();
    for (const User &u : m_workspace.users())
        m_user->addItem(QStringLiteral("%1 (%2)").arg(u.fullName, Display::label(u.role)), u.id);
    m_user->setCurrentIndex(m_user->findData(m_workspace.user().id));
}

} // namespace peyvand
