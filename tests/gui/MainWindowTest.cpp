// The desktop shell on a real database file, under the offscreen platform.
#include "MainWindow.h"

#include "SqliteDataStore.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;

TEST(MainWindow, shows_customer_counts_in_persian_digits_right_to_left)
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
    QTemporaryDir dir;
    SqliteDataStore store(dir.filePath(QStringLiteral("gui.sqlite")));
    Customer c;
    c.kind = CustomerKind::Legal;
    c.legal.companyName = QStringLiteral("شرکت آزمون");
    c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
    store.transaction([&] { store.customers().add(c); });

    MainWindow window(store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
    auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("۱"))) << summary->text().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(dir.path()));
}
