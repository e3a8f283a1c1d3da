// Fuzzes the strava format mapper: read_log with --input-format strava (tests/fuzz/mapper.hpp).

#include "mapper.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return recover::fuzz::fuzz_mapper(recover::InputFormat::strava, data, size);
}
