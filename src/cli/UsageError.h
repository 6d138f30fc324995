#pragma once
// A command line that cannot be understood: exit code 2 with the usage.
#include <stdexcept>
#include <string>

namespace peyvand::cli {

class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace peyvand::cli
