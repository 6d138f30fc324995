#pragma once
// A set of positive ids (or other 64-bit keys) for checking references and
// duplicates in an import of millions of rows: a bitmap for keys below 2^28
// (ids are dense; 32 MB at most), a hash set above.
#include <QtGlobal>
#include <cstdint>
#include <unordered_set>
#include <vector>

namespace peyvand {

class IdSet
{
public:
    // False when the key was already there.
    bool insert(qint64 key)
    {
        if (key >= 0 && key < kBitmapLimit) {
            const auto word = std::size_t(key >> 6);
            if (word >= m_bits.size())
                m_bits.resize(std::max(word + 1, m_bits.size() * 2), 0);
            const std::uint64_t bit = std::uint64_t(1) << (key & 63);
            if (m_bits[word] & bit)
                return false;
            m_bits[word] |= bit;
            return true;
        }
        return m_others.insert(key).second;
    }
    bool contains(qint64 key) const
    {
        if (key >= 0 && key < kBitmapLimit) {
            const auto word = std::size_t(key >> 6);
            return word < m_bits.size() && (m_bits[word] & (std::uint64_t(1) << (key & 63)));
        }
        return m_others.count(key) > 0;
    }

private:
    static constexpr qint64 kBitmapLimit = qint64(1) << 28;
    std::vector<std::uint64_t> m_bits;
    std::unordered_set<qint64> m_others;
};

} // namespace peyvand
