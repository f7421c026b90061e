// The entry point SwiftPM gives the PlaybookFuzz executable, handed to libFuzzer's driver.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
