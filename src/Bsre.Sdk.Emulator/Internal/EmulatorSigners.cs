namespace Bsre.Sdk.Emulator.Internal;

/// <summary>Chooses the emulator's <see cref="IDocumentSigner"/>: the PAdES signer once Bsre.Sdk.Pdf provides one.</summary>
internal static class EmulatorSigners
{
#if BSRE_PDF_SIGNER
    public static IDocumentSigner Create() => new PadesDocumentSigner();
#else
    public static IDocumentSigner Create() => new UnavailableDocumentSigner();
#endif
}
