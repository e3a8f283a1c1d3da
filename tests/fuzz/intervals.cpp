// Fuzzes the intervals format mapper: read_log with --input-format intervals (tests/fuzz/mapper.hpp).

#include "mapper.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return recover::fuzz::fuzz_mapper(recover::InputFormat::intervals, data, size);
}
