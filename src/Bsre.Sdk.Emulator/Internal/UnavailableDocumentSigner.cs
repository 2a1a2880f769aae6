namespace Bsre.Sdk.Emulator.Internal;

/// <summary>The signer used while no PAdES signer is available: it never produces (or fakes) a signature.</summary>
internal sealed class UnavailableDocumentSigner : IDocumentSigner
{
    public string? UnavailableReason =>
        "the emulator cannot sign PDFs in this build: the Bsre.Sdk.Pdf PAdES signer is not available yet (HTTP 501)";

    public Task<byte[]> SignAsync(byte[] pdf, SigningInstruction instruction, CancellationToken cancellationToken) =>
        throw new NotSupportedException(UnavailableReason);
}
