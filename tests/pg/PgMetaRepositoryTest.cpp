// PgMetaRepository: the per-database settings as SqliteMetaRepository keeps them.
#include "PgMetaRepository.h"

#include "PgRepoFixture.h"

using namespace peyvand;
using namespace peyvand::testing;

namespace {
using PgMetaRepositoryTest = PgRepoFixture;
} // namespace

TEST_F(PgMetaRepositoryTest, values_are_set_replaced_and_removed_per_key)
{
    PgMetaRepository meta(connection);
    EXPECT_FALSE(meta.value(QStringLiteral("backup.keep")));
    meta.setValue(QStringLiteral("backup.keep"), QStringLiteral("7"));
    meta.setValue(QStringLiteral("company.name"), QStringLiteral("پیوند"));
    EXPECT_EQ(meta.value(QStringLiteral("backup.keep")), QStringLiteral("7"));
    meta.setValue(QStringLiteral("backup.keep"), QStringLiteral("14")); // replaces
    EXPECT_EQ(meta.value(QStringLiteral("backup.keep")), QStringLiteral("14"));
    meta.setValue(QStringLiteral("empty"), QString());
    EXPECT_EQ(meta.value(QStringLiteral("empty")), QString()); // present, empty

    PgConnection other(db.url());
    EXPECT_EQ(PgMetaRepository(other).value(QStringLiteral("company.name")), QStringLiteral("پیوند"));

    meta.remove(QStringLiteral("backup.keep"));
    meta.remove(QStringLiteral("never.set")); // nothing when absent
    EXPECT_FALSE(meta.value(QStringLiteral("backup.keep")));
    EXPECT_TRUE(meta.value(QStringLiteral("company.name")));
}
