#pragma once
// A long operation (a backup, a restore) stopped because the user asked; what
// it had started is undone.
#include <stdexcept>

namespace peyvand {

class OperationCancelled : public std::runtime_error
{
public:
    OperationCancelled()
        : std::runtime_error("cancelled")
    {
    }
};

} // namespace peyvand
