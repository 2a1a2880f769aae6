using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>
/// Issues six-digit one-time codes per purpose and subject, valid for a lifetime and a number of uses. An exclusive code
/// replaces the subject's previous one (activation, signing TOTP); other codes stay valid side by side until used
/// (seal TOTPs: every replica of an application gets its own).
/// </summary>
internal sealed class TotpStore
{
    private readonly ConcurrentDictionary<string, Entry> _codes = new(StringComparer.Ordinal);
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public TotpStore(TimeSpan lifetime, TimeProvider time)
    {
        _lifetime = lifetime;
        _time = time;
    }

    public (string Code, DateTimeOffset Expires) Issue(string purpose, string subject, int uses = 1, bool exclusive = true, TimeSpan? lifetime = null)
    {
        string code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var entry = new Entry(code, _time.GetUtcNow() + (lifetime ?? _lifetime), uses);
        _codes[exclusive ? Key(purpose, subject) : Key(purpose, subject) + "|" + code] = entry;
        return (code, entry.Expires);
    }

    /// <summary>Checks a code and uses it up once.</summary>
    public bool TryUse(string purpose, string subject, string? code)
    {
        string key = Key(purpose, subject);
        if (code is not null && !_codes.ContainsKey(key))
        {
            key += "|" + code.Trim();
        }

        if (code is null || !_codes.TryGetValue(key, out Entry? entry) || entry.Expires < _time.GetUtcNow()
            || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(entry.Code), System.Text.Encoding.ASCII.GetBytes(code.Trim())))
        {
            return false;
        }

        if (Interlocked.Decrement(ref entry.Uses) <= 0)
        {
            _codes.TryRemove(key, out _);
        }

        return true;
    }

    public void Revoke(string purpose, string subject) => _codes.TryRemove(Key(purpose, subject), out _);

    private static string Key(string purpose, string subject) => $"{purpose}|{subject.ToUpperInvariant()}";

    private sealed class Entry(string code, DateTimeOffset expires, int uses)
    {
        public string Code { get; } = code;

        public DateTimeOffset Expires { get; } = expires;

#pragma warning disable SA1401, CA1051 // a field, for Interlocked
        public int Uses = uses;
#pragma warning restore SA1401, CA1051
    }
}
