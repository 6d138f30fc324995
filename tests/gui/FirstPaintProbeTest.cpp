// FirstPaintProbe: the start-up milestone "first rows painted", once.
#include "FirstPaintProbe.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;

TEST(FirstPaintProbe, fires_once_after_the_first_paint_with_rows_not_before)
{
    QStandardItemModel model(0, 2);
    QTableView view;
    view.setModel(&model);
    auto *probe = new FirstPaintProbe(&view, QStringLiteral("rows painted"));
    QSignalSpy painted(probe, &FirstPaintProbe::painted);
    view.resize(400, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.viewport()->repaint();
    QTest::qWait(20);
    EXPECT_EQ(painted.size(), 0); // painted, but nothing to show yet
    EXPECT_FALSE(probe->hasPainted());

    model.appendRow({ new QStandardItem(QStringLiteral("الف")), new QStandardItem(QStringLiteral("ب")) });
    view.viewport()->repaint();
    ASSERT_TRUE(painted.wait(2000));
    EXPECT_TRUE(probe->hasPainted());
    EXPECT_GT(painted.at(0).at(0).toDouble(), 0.0);

    view.viewport()->repaint();
    QTest::qWait(20);
    EXPECT_EQ(painted.size(), 1);
}
