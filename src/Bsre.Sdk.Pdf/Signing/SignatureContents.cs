namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// The maker of a /Contents value from the ByteRange digest (a CMS, or a timestamp token), and the /Contents capacity
/// reserved for it before the digest exists. <see cref="CreateAsync"/> is called once per signature: a value that
/// does not fit is a <see cref="DocumentLimitException"/>, never a second key operation or TSA request.
/// </summary>
internal abstract class SignatureContents
{
    /// <summary>The largest /Contents this library writes, in bytes.</summary>
    public const int MaxCapacity = 1 << 20;

    /// <summary>Gets the /Contents capacity to reserve, in bytes.</summary>
    public abstract int Capacity { get; }

    /// <summary>Gets the public option that sets <see cref="Capacity"/>, named in the error when the value does not fit.</summary>
    public abstract string CapacityOption { get; }

    /// <summary>Makes the value over <paramref name="digest"/>.</summary>
    public abstract Task<byte[]> CreateAsync(byte[] digest, CancellationToken cancellationToken);
}
