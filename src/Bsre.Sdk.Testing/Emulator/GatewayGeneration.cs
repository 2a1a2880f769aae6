namespace Bsre.Sdk.Testing.Emulator;

/// <summary>Which gateway the emulator behaves like (see <c>../shared/reference/bsre-2026.md</c>).</summary>
public enum GatewayGeneration
{
    /// <summary>
    /// A gateway upgraded in 2025: <c>tag_koordinat</c> of one character only, errors as
    /// <c>{"error": "Passphrase anda salah", "status_code": 2031}</c>, seal expiries as <c>yyyy-MM-dd HH:mm:ss +0000</c>.
    /// </summary>
    Gateway2026 = 0,

    /// <summary>
    /// An older intranet gateway: longer anchor tags accepted, errors as
    /// <c>{"error": "Proses signing gagal : Passphrase anda salah 2031", "status_code": 400}</c>, ISO 8601 expiries.
    /// </summary>
    Legacy,
}
