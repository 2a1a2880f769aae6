namespace Bsre.Sdk.Emulator.Internal;

/// <summary>
/// The emulator's PDF-signing seam. The real implementation uses the Bsre.Sdk.Pdf PAdES signer (B-LT, visible
/// appearance); until that package is available, <see cref="UnavailableDocumentSigner"/> refuses, and sign and seal
/// endpoints answer 501 instead of faking a signature.
/// </summary>
internal interface IDocumentSigner
{
    /// <summary>Gets why signing is unavailable, or <see langword="null"/> when it works.</summary>
    string? UnavailableReason { get; }

    /// <summary>Signs <paramref name="pdf"/> as the instruction says and returns the signed PDF.</summary>
    Task<byte[]> SignAsync(byte[] pdf, SigningInstruction instruction, CancellationToken cancellationToken);
}
