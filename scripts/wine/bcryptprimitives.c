/*
 * bcryptprimitives.dll for Wine 8 — used only by scripts/release.sh to run the windows binary's
 * `version` check on Debian 12, never shipped.
 *
 * Rust's standard library (1.78 and later) takes its randomness from ProcessPrng, which Windows
 * 10+ exports from bcryptprimitives.dll; Wine added that DLL in 9.0, and Debian 12 ships Wine
 * 8.0, whose loader then refuses to start any Rust program. This DLL exports ProcessPrng with
 * Windows' signature and fills the buffer from BCryptGenRandom with the system-preferred RNG —
 * the same source, through bcrypt.dll, which Wine 8 has. Placed beside the .exe in a throwaway
 * directory for the check, it lets the real, unmodified release binary run.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    /* BCryptGenRandom takes a ULONG length: fill larger buffers in chunks. */
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    /* Windows' ProcessPrng is documented to always return TRUE; a failure here surfaces as a
     * failed check rather than as silently predictable bytes. */
    return TRUE;
}
