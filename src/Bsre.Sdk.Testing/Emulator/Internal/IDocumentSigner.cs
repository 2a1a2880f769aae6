namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>
/// The emulator's PDF-signing seam, implemented with the Bsre.Sdk.Pdf PAdES signer (<see cref="PadesDocumentSigner"/>).
/// </summary>
internal interface IDocumentSigner
{
    /// <summary>Signs <paramref name="pdf"/> as the instruction says and returns the signed PDF.</summary>
    Task<byte[]> SignAsync(byte[] pdf, SigningInstruction instruction, CancellationToken cancellationToken);
}
