/* Reference for SessionTests.seededRandomIsReproducible: xoshiro256** (Blackman & Vigna,
 * prng.di.unimi.it/xoshiro256starstar.c) seeded with four outputs of splitmix64 (splitmix64.c)
 * started at 0. Build: cc xoshiro_reference.c -o /tmp/x && /tmp/x */
#include <stdint.h>
#include <stdio.h>
static uint64_t x; /* splitmix64 state */
static uint64_t splitmix64(void) {
    uint64_t z = (x += 0x9e3779b97f4a7c15);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
    z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
    return z ^ (z >> 31);
}
static inline uint64_t rotl(const uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
static uint64_t s[4];
static uint64_t next(void) {
    const uint64_t result = rotl(s[1] * 5, 7) * 9;
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}
int main(void) {
    x = 0;
    for (int i = 0; i < 4; i++) s[i] = splitmix64();
    for (int i = 0; i < 3; i++) printf("0x%016llX\n", (unsigned long long)next());
    return 0;
}
