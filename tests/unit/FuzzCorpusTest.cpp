// Every input of the fuzz corpora (tests/data/fuzz/<target>/: the seeds and
// every input that once crashed a target) through the same body the libFuzzer
// program runs (tests/fuzz/FuzzEntries.h), in the normal build: an input that
// was fixed stays fixed even where no clang fuzzing runs.
#include "FuzzEntries.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>
#include <string>
#include <typeinfo>

using namespace peyvand;

namespace {

QDir corpusDir(const fuzz::Target &target)
{
    return QDir(QStringLiteral(PEYVAND_TEST_DATA_DIR "/fuzz/") + QString::fromLatin1(target.name));
}

class FuzzCorpus : public ::testing::TestWithParam<fuzz::Target>
{
};

TEST_P(FuzzCorpus, every_input_is_handled_without_a_finding)
{
    const QDir dir = corpusDir(GetParam());
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty()) << "no corpus in " << dir.path().toStdString();
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray input = f.readAll();
        try {
            GetParam().entry(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
        } catch (const fuzz::Failure &e) {
            ADD_FAILURE() << GetParam().name << "/" << name.toStdString() << ": " << e.what();
        } catch (const std::exception &e) {
            ADD_FAILURE() << GetParam().name << "/" << name.toStdString() << ": uncaught " << typeid(e).name() << ": "
                          << e.what();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzCorpus, ::testing::ValuesIn(fuzz::targets().begin(), fuzz::targets().end()),
                         [](const ::testing::TestParamInfo<fuzz::Target> &info) {
                             return std::string(info.param.name);
                         });

TEST(FuzzCorpusLayout, every_corpus_directory_belongs_to_a_target)
{
    const QDir root(QStringLiteral(PEYVAND_TEST_DATA_DIR "/fuzz"));
    for (const QString &dir : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool known = false;
        for (const fuzz::Target &t : fuzz::targets())
            known = known || dir == QLatin1String(t.name);
        EXPECT_TRUE(known) << "tests/data/fuzz/" << dir.toStdString() << " is no target's corpus";
    }
}

} // namespace
