// JsonImporter::check, the checking pass of a JSON full export on a stream:
// where a refusal points when the file's keys are odd. Inputs found by fuzzing
// are in tests/data/fuzz/json_snapshot (regression_*).
#include "JsonFieldReader.h"
#include "JsonImporter.h"
#include "TestPrinters.h"
#include "ValidationError.h"

#include <QFile>
#include <gtest/gtest.h>
#include <sstream>

using namespace peyvand;

namespace {

// The refusal of `json`, or none.
std::optional<ValidationError> refusal(const std::string &json)
{
    std::istringstream in(json);
    try {
        JsonImporter::check(in, 1000);
    } catch (const ValidationError &e) {
        return e;
    }
    return std::nullopt;
}

const std::string kHeader
    = R"({"format":"peyvand","version":1,"schema_version":7,"exported_at":"2025-01-15T09:30:00Z",)";

} // namespace

TEST(JsonImporterCheck, an_empty_top_level_key_is_named_by_its_quotes)
{
    QFile f(QStringLiteral(PEYVAND_TEST_DATA_DIR "/fuzz/json_snapshot/regression_empty_top_level_key"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const auto e = refusal(f.readAll().toStdString());
    ASSERT_TRUE(e);
    EXPECT_EQ(e->field(), QStringLiteral("[\"\"]"));
    EXPECT_EQ(e->code(), QStringLiteral("unknown_field"));
    EXPECT_FALSE(e->message().isEmpty());
    EXPECT_FALSE(e->persianMessage().isEmpty());
}

TEST(JsonImporterCheck, an_odd_key_in_a_record_is_quoted_in_the_path)
{
    const auto e = refusal(kHeader + R"("users":[{"id":1,"username":"a","full_name":"A","role":"admin","active":true,)"
                           + R"("created_at":"2025-01-15T09:30:00Z","a \"b\"":1}]})");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->field(), QStringLiteral(R"(users[0]["a \"b\""])"));
    EXPECT_EQ(e->code(), QStringLiteral("unknown_field"));
}

TEST(JsonImporterCheck, a_repeated_empty_key_is_named_too)
{
    const auto e = refusal(kHeader + R"("users":[{"":1,"":2}]})");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->field(), QStringLiteral(R"(users[0][""])"));
    EXPECT_EQ(e->code(), QStringLiteral("repeated_field"));
}

TEST(JsonFieldReader, member_paths_cut_long_keys_between_characters)
{
    EXPECT_EQ(JsonFieldReader::member("users[0]", "national_id"), "users[0].national_id");
    EXPECT_EQ(JsonFieldReader::member({}, "counts"), "counts");
    EXPECT_EQ(JsonFieldReader::member({}, ""), "[\"\"]");
    // 59 ASCII bytes, then a two-byte letter across the 60-byte cut: the letter goes whole.
    const std::string key = std::string(59, 'k') + "ی";
    EXPECT_EQ(JsonFieldReader::member("x", key), "x." + std::string(59, 'k'));
    EXPECT_EQ(JsonFieldReader::excerpt("ییی", 3), "ی");
    EXPECT_EQ(JsonFieldReader::excerpt("abc", 10), "abc");
}
