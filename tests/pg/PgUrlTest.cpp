// PgUrl: what a connection URL may and may not be, before anything connects.
#include "PgUrl.h"

#include "ValidationError.h"

#include <gtest/gtest.h>

using namespace peyvand;

namespace {

QString refusalCode(const QString &url)
{
    try {
        PgUrl::parse(url);
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("url"));
        EXPECT_FALSE(e.message().isEmpty());
        EXPECT_FALSE(e.persianMessage().isEmpty());
        return e.code();
    }
    return QStringLiteral("accepted");
}

} // namespace

TEST(PgUrl, parses_every_part)
{
    const PgUrl url = PgUrl::parse(QStringLiteral("postgresql://rep1:s%40cret@db.example.com:6543/peyvand"));
    EXPECT_EQ(url.user(), QStringLiteral("rep1"));
    EXPECT_TRUE(url.hasPassword());
    EXPECT_EQ(url.password(), QStringLiteral("s@cret"));
    EXPECT_EQ(url.host(), QStringLiteral("db.example.com"));
    EXPECT_EQ(url.port(), 6543);
    EXPECT_EQ(url.database(), QStringLiteral("peyvand"));
    EXPECT_EQ(url.redacted(), QStringLiteral("postgresql://rep1@db.example.com:6543/peyvand"));
}

TEST(PgUrl, accepts_postgres_scheme_default_port_and_no_password)
{
    const PgUrl url = PgUrl::parse(QStringLiteral("postgres://admin@10.0.0.5/crm"));
    EXPECT_EQ(url.user(), QStringLiteral("admin"));
    EXPECT_FALSE(url.hasPassword());
    EXPECT_EQ(url.port(), 5432);
    EXPECT_EQ(url.database(), QStringLiteral("crm"));
}

TEST(PgUrl, accepts_bracketed_ipv6_host)
{
    const PgUrl url = PgUrl::parse(QStringLiteral("postgresql://u@[::1]:5433/d"));
    EXPECT_EQ(url.host(), QStringLiteral("::1"));
    EXPECT_EQ(url.port(), 5433);
    EXPECT_EQ(url.redacted(), QStringLiteral("postgresql://u@[::1]:5433/d"));
}

TEST(PgUrl, round_trips_through_to_string)
{
    const PgUrl url = PgUrl::parse(QStringLiteral("postgresql://u:p%2Fw%3Ad@h:1/d"));
    EXPECT_EQ(url.password(), QStringLiteral("p/w:d"));
    const PgUrl again = PgUrl::parse(url.toString());
    EXPECT_EQ(again.password(), url.password());
    EXPECT_EQ(again.user(), url.user());
    EXPECT_EQ(again.port(), 1);
}

TEST(PgUrl, accepts_a_server_address_without_user_for_each_person_to_sign_in)
{
    const PgUrl url = PgUrl::parse(QStringLiteral("postgresql://crm.example.ir:5433/peyvand"));
    EXPECT_TRUE(url.user().isEmpty());
    EXPECT_FALSE(url.hasPassword());
    EXPECT_EQ(url.port(), 5433);
    EXPECT_EQ(url.redacted(), QStringLiteral("postgresql://crm.example.ir:5433/peyvand"));
    EXPECT_EQ(PgUrl::parse(url.toString()).host(), QStringLiteral("crm.example.ir"));
    const PgUrl rep = url.withCredentials(QStringLiteral("rep1"), QStringLiteral("p@ss:word"));
    EXPECT_EQ(PgUrl::parse(rep.toString()).password(), QStringLiteral("p@ss:word"));
    EXPECT_EQ(rep.redacted(), QStringLiteral("postgresql://rep1@crm.example.ir:5433/peyvand"));
}

TEST(PgUrl, rejects_what_is_not_a_postgresql_url)
{
    EXPECT_EQ(refusalCode(QStringLiteral("/home/me/peyvand.sqlite")), QStringLiteral("invalid_url_scheme"));
    EXPECT_EQ(refusalCode(QStringLiteral("mysql://u@h/d")), QStringLiteral("invalid_url_scheme"));
    EXPECT_EQ(refusalCode(QStringLiteral("")), QStringLiteral("invalid_url_scheme"));
    EXPECT_EQ(refusalCode(QStringLiteral("postgresql://:pw@h/d")), QStringLiteral("invalid_url_user"));
    EXPECT_EQ(refusalCode(QStringLiteral("postgresql://u@h:5432")), QStringLiteral("invalid_url_database"));
    EXPECT_EQ(refusalCode(QStringLiteral("postgresql://u@h:5432/")), QStringLiteral("invalid_url_database"));
    EXPECT_EQ(refusalCode(QStringLiteral("postgresql://u@:5432/d")), QStringLiteral("invalid_url_host"));
    EXPECT_EQ(refusalCode(QStringLiteral("postgresql://u@h:0/d")), QStringLiteral("invalid_url_port"));
    EXPECT_EQ(refusalCode(QStringLiteral("postgresql://u@h:70000/d")), QStringLiteral("invalid_url_port"));
    EXPECT_EQ(refusalCode(QStringLiteral("postgresql://u@h:54x/d")), QStringLiteral("invalid_url_port"));
    EXPECT_EQ(refusalCode(QStringLiteral("postgresql://u@h/d?sslmode=disable")), QStringLiteral("invalid_url_options"));
    EXPECT_EQ(refusalCode(QStringLiteral("postgresql://u@h/d/e")), QStringLiteral("invalid_url_database"));
}
