namespace Bsre.Sdk.Validation;

/// <summary>One band of a <see cref="CryptographicPolicy"/>: keys of an algorithm from a size up are accepted until a date.</summary>
/// <remarks>A key is judged by the rule of its algorithm with the largest <see cref="MinimumBits"/> not above its size; a key smaller than every rule is never accepted.</remarks>
public sealed class KeySizeRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="keyAlgorithm">The key algorithm: <c>RSA</c>, <c>ECDSA</c>, <c>DSA</c>, <c>Ed25519</c> or <c>Ed448</c>.</param>
    /// <param name="minimumBits">The smallest key size, in bits (the RSA modulus, the EC field size, the DSA prime), the rule applies to.</param>
    /// <param name="acceptedUntil">The sunset: signatures proven to exist before it are accepted; <see langword="null"/> for no end.</param>
    public KeySizeRule(string keyAlgorithm, int minimumBits, DateTimeOffset? acceptedUntil)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyAlgorithm);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumBits);
        KeyAlgorithm = keyAlgorithm;
        MinimumBits = minimumBits;
        AcceptedUntil = acceptedUntil;
    }

    /// <summary>Gets the key algorithm: <c>RSA</c>, <c>ECDSA</c>, <c>DSA</c>, <c>Ed25519</c> or <c>Ed448</c>.</summary>
    public string KeyAlgorithm { get; }

    /// <summary>Gets the smallest key size, in bits, the rule applies to.</summary>
    public int MinimumBits { get; }

    /// <summary>Gets the sunset, or <see langword="null"/> for no end.</summary>
    public DateTimeOffset? AcceptedUntil { get; }
}
