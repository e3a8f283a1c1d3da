// Fuzzes the trainingpeaks format mapper: read_log with --input-format trainingpeaks (tests/fuzz/mapper.hpp).

#include "mapper.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return recover::fuzz::fuzz_mapper(recover::InputFormat::trainingpeaks, data, size);
}
