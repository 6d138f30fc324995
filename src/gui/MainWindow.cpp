#include "MainWindow.h"

#include "CustomerQuery.h"
#include "DataStore.h"
#include "JalaliDate.h"
#include "PersianText.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QVBoxLayout>

namespace peyvand {

MainWindow::MainWindow(DataStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Peyvand — customer relations"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("Welcome to Peyvand"), central);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont big = title->font();
    big.setPointSize(big.pointSize() + 8);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    CustomerQuery legal;
    legal.kind = CustomerKind::Legal;
    CustomerQuery individual;
    individual.kind = CustomerKind::Individual;
    auto *summary = new QLabel(tr("Today is %1. Legal customers: %2, individual customers: %3.")
                                   .arg(JalaliDate::formatLong(QDate::currentDate()))
                                   .arg(QLocale().toString(m_store.customers().count(legal)))
                                   .arg(QLocale().toString(m_store.customers().count(individual))),
                               central);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setAlignment(Qt::AlignCenter);
    layout->addWidget(summary);
    layout->addStretch();
    setCentralWidget(central);
    // A file path reads left to right even inside a right-to-left sentence.
    const QString isolatedPath = QChar(0x2066) + m_store.location() + QChar(0x2069);
    statusBar()->showMessage(tr("Database: %1").arg(isolatedPath));
    resize(900, 600);
}

} // namespace peyvand
