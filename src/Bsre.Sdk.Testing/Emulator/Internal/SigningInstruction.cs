using Bsre.Sdk.Testing;
using Bsre.Sdk.Timestamping;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>What a sign or seal request asks for, in the API-independent form the <see cref="IDocumentSigner"/> takes.</summary>
internal sealed class SigningInstruction
{
    public required TestIdentity Identity { get; init; }

    /// <summary>Gets the TSA client for B-T and higher, or <see langword="null"/> for B-B.</summary>
    public TimestampClient? Timestamps { get; init; }

    public bool Visible { get; init; }

    public byte[]? Image { get; init; }

    public string? QrLink { get; init; }

    public int? Page { get; init; }

    public double? X { get; init; }

    public double? Y { get; init; }

    public double? Width { get; init; }

    public double? Height { get; init; }

    public string? Anchor { get; init; }

    public string? Reason { get; init; }

    public string? Location { get; init; }

    public string? ContactInfo { get; init; }
}
