using Bsre.Sdk.Pdf;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>Signs with the SDK's PAdES signer (Bsre.Sdk.Pdf) as BSrE's gateway does: PAdES-BASELINE-LT, incremental update, visible image/QR box.</summary>
internal sealed class PadesDocumentSigner : IDocumentSigner
{
    public async Task<byte[]> SignAsync(byte[] pdf, SigningInstruction instruction, CancellationToken cancellationToken)
    {
        using LocalSigner key = LocalSigner.FromPkcs12(instruction.Identity.Pkcs12, instruction.Identity.Password);
        var options = new PadesSignatureOptions
        {
            Level = instruction.Timestamps is null ? SignatureLevel.BaselineB : SignatureLevel.BaselineLT,
            TimestampClient = instruction.Timestamps,
            Reason = instruction.Reason,
            Location = instruction.Location,
            ContactInfo = instruction.ContactInfo,
            Appearance = instruction.Visible ? Appearance(instruction) : null,
        };
        using var output = new MemoryStream();
        await new PadesSigner(key).SignAsync(new MemoryStream(pdf, writable: false), output, options, cancellationToken).ConfigureAwait(false);
        return output.ToArray();
    }

    private static PdfSignatureAppearance Appearance(SigningInstruction instruction)
    {
        var appearance = new PdfSignatureAppearance
        {
            Page = instruction.Page ?? 1,
            X = instruction.X ?? 36,
            Y = instruction.Y ?? 36,
            AnchorText = instruction.Anchor,
            QrCodeUrl = instruction.QrLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out Uri? url) ? url : null,
        };
        if (instruction.Image is { } image)
        {
            appearance.Image = image; // a null byte[] would convert to an empty ReadOnlyMemory, not to null
        }

        appearance.Width = instruction.Width ?? appearance.Width;
        appearance.Height = instruction.Height ?? appearance.Height;
        return appearance;
    }
}
