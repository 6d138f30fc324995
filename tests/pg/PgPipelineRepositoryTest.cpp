// Pipelines on PostgreSQL: StoragePipelineRepository's case.
#include "PgRepoStore.h"

using namespace peyvand;
using peyvand::testing::PgRepoStore;

TEST(PgPipelineRepository, default_pipelines_are_seeded_for_both_kinds)
{
    PgRepoStore s;
    const auto b2b = s.pipelines->defaultFor(CustomerKind::Legal);
    const auto b2c = s.pipelines->defaultFor(CustomerKind::Individual);
    ASSERT_TRUE(b2b);
    ASSERT_TRUE(b2c);
    EXPECT_EQ(b2b->stages.size(), 7);
    EXPECT_EQ(b2c->stages.size(), 5);
    EXPECT_EQ(b2b->stages.front().probability, 10);
    EXPECT_EQ(b2b->firstWithOutcome(StageOutcome::Won)->name, QStringLiteral("قرارداد"));
    EXPECT_EQ(b2c->firstWithOutcome(StageOutcome::Lost)->name, QStringLiteral("منصرف شد"));
    for (qsizetype i = 0; i < b2b->stages.size(); ++i)
        EXPECT_EQ(b2b->stages[i].position, i + 1);
    const auto stage = s.pipelines->stage(b2c->stages[1].id);
    ASSERT_TRUE(stage);
    EXPECT_EQ(stage->pipelineId, b2c->id);
    EXPECT_EQ(stage->name, QStringLiteral("تماس گرفته شد"));
    EXPECT_EQ(s.pipelines->all().size(), 2);
    EXPECT_FALSE(s.pipelines->stage(99999));
    EXPECT_FALSE(s.pipelines->get(99999));

    Pipeline extra { 0,
                     CustomerKind::Legal,
                     QStringLiteral("مناقصه‌ها"),
                     { Stage { 0, 0, 1, QStringLiteral("اعلام"), 10, StageOutcome::Open },
                       Stage { 0, 0, 2, QStringLiteral("برنده"), 100, StageOutcome::Won } } };
    const qint64 id = s.pipelines->add(extra);
    const auto got = s.pipelines->get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->name, extra.name);
    EXPECT_EQ(got->kind, CustomerKind::Legal);
    ASSERT_EQ(got->stages.size(), 2);
    EXPECT_EQ(got->stages[0].name, QStringLiteral("اعلام"));
    EXPECT_EQ(got->stages[1].position, 2);
    EXPECT_EQ(got->stages[1].probability, 100);
    EXPECT_EQ(got->stages[1].outcome, StageOutcome::Won);
    // The default stays the first pipeline created for the kind.
    EXPECT_EQ(s.pipelines->defaultFor(CustomerKind::Legal)->id, b2b->id);
    const auto all = s.pipelines->all();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[2].id, id);
    EXPECT_EQ(all[2].stages.size(), 2);
}
